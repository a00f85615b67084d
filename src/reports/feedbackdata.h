// What the board pack's "What we heard" section says, gathered from a workspace: the feedback log's
// figures for the pack's financial year and its entries, those the board acted on first.
#pragma once

#include "core/period.h"
#include "core/voices/feedbackfigures.h"

#include <QList>

namespace assure {

class Workspace;

struct FeedbackReportRow
{
    Feedback entry;
    QStringList actions; // "A-2026-014 Title (In progress)", in the order linked
};

struct FeedbackReportData
{
    QString yearLabel;
    FeedbackFigures figures;
    QList<FeedbackReportRow> youSaid; // the year's entries with actions, newest first, then the rest

    bool isEmpty() const { return figures.entries == 0; }
};

FeedbackReportData gatherFeedback(const Workspace &ws, const Period &period);

} // namespace assure
