// The audit sections: a single audit's report, and the board pack's audit programme progress and findings.
#pragma once

#include "reports/auditdata.h"
#include "reports/reportdocument.h"

namespace assure {

// The audit's report after its cover: about the audit, scope and method, the sample and its seed,
// the grades, moderation, findings (what works as prominent as what does not), recommendations with
// their owners, and the actions answering them.
void addAuditReport(ReportDocument &doc, const AuditReportData &data);

// The board pack's section (level 2): the programme year's occurrences done, due, overdue, skipped
// and planned; the audits reported in the period; their findings, good practice first.
void addAuditProgramme(ReportDocument &doc, const ProgrammeYearData &data, const QString &periodLabel,
                       const QString &summary = {});

} // namespace assure
