// What an audit's report and the board pack's audit section say, gathered from a workspace: one
// audit with its sample, grades, moderation, findings, recommendations and the actions answering
// them; and where the year's audit programme stands.
#pragma once

#include "core/audits/agreement.h"
#include "core/audits/audit.h"
#include "core/audits/programme.h"
#include "core/period.h"
#include "reports/reportdata.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace assure {

class Workspace;

struct GradeCount
{
    QString label; // "Requires improvement"
    int cases = 0;
};

struct RecommendationLine
{
    Recommendation recommendation;
    int number = 0; // 1, 2...: as the report numbers them
    QString owner;  // the owner agency's name; empty: none
};

struct AuditReportData
{
    Audit audit;
    QString lead;         // the lead person's name
    QStringList agencies; // the agencies it involves, by name
    int cases = 0;
    QList<GradeCount> grades; // the scale's grades, best first, each with the cases that hold it as final grade
    int ungraded = 0;
    Agreement agreement;               // between the auditor's and the second auditor's grades
    std::vector<Finding> goodPractice; // good practice and strengths, good practice first
    std::vector<Finding> shortfalls;   // areas for improvement
    std::vector<RecommendationLine> recommendations;
    std::vector<ActionLine> actions; // answering the audit, its findings or its recommendations; overdue first
};

// The audit whose reference (any case) or id is text; null when there is none.
const Audit *auditNamed(const Workspace &ws, const QString &text);

// Everything the audit's report shows, actions standing as of asOf.
AuditReportData gatherAudit(const Workspace &ws, const Audit &audit, const QDate &asOf);

// Where the audit programme of one financial year stands on a day, and the audits reported in a period.
struct ProgrammeYearData
{
    int startYear = 0;
    QDate asOf;
    int entries = 0;                        // programme entries with at least one occurrence in the year
    std::map<OccurrenceStatus, int> counts; // every status, including those with none (0)
    std::vector<AuditReportData> reported;  // audits reported to the board in the period, by reported date

    // Whether there is anything to report: the board keeps a programme or reported an audit.
    bool isEmpty() const { return entries == 0 && reported.empty(); }
};

// How many of a programme year's occurrences stand at each status on a day (every status, 0 when
// none), and how many entries fall due in the year at all.
struct ProgrammeCounts
{
    int entries = 0;
    std::map<OccurrenceStatus, int> counts;
};
ProgrammeCounts programmeCounts(const Workspace &ws, int startYear, const QDate &asOf);

// The programme year is the financial year the period falls in.
ProgrammeYearData gatherProgramme(const Workspace &ws, const Period &period, const QDate &asOf);

} // namespace assure
