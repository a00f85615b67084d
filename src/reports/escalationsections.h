// The board pack's section "Escalations": the year's escalations raised and resolved, the median
// days to resolve, by reason and by level, those still open oldest first, and what was learnt.
#pragma once

#include "reports/escalationdata.h"
#include "reports/reportdocument.h"

namespace assure {

// At most this many open escalations are listed, the oldest; the rest are counted.
constexpr int kOpenEscalationsShown = 15;
// At most this many lessons are listed, in the order they were logged; the rest are counted.
constexpr int kLearningShown = 12;

void addEscalations(ReportDocument &doc, const EscalationReportData &data, const QString &summary = QString());

} // namespace assure
