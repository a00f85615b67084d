// The board pack's self-assessment section: the latest round's progress per agency and its heatmap
// of agencies against standards, each cell a rating word on its colour.
#pragma once

#include "core/assessment/assessmentrules.h"
#include "reports/reportdocument.h"

#include <QString>

#include <vector>

namespace assure {

class Workspace;

struct AssessmentAgencyLine
{
    QString agency;
    ReturnStatus status = ReturnStatus::Invited;
    Completeness completeness;
    QList<AssessmentRating> standards; // the worst self-rating of each standard, in the framework's order
};

struct AssessmentSummaryData
{
    AssessmentRound round; // id 0: the board has no round
    QString framework;     // its name
    std::vector<AssessmentStandard> standards;
    std::vector<AssessmentAgencyLine> agencies; // by name
    int invited = 0;
    int returned = 0; // returned, challenged or accepted

    bool isEmpty() const { return round.id == 0; }
};

// The latest round: the one of the latest year, of those the one started last; null when there is none.
const AssessmentRound *latestRound(const Workspace &ws);
// Whether a return at that status has reached the board: returned, challenged or accepted.
bool isReturned(ReturnStatus status);
// A round's returns: how many agencies it invited, and how many have returned.
struct RoundProgress
{
    int invited = 0;
    int returned = 0;
};
RoundProgress roundProgress(const Workspace &ws, qint64 roundId);
// The latest round's progress and ratings; empty when the board has no round.
AssessmentSummaryData gatherLatestRound(const Workspace &ws);

// The section (level 2); call only when the data is not empty.
void addAssessmentSummary(ReportDocument &doc, const AssessmentSummaryData &data, const QString &summary = {});

} // namespace assure
