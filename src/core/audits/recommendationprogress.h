// How far a recommendation has got, rolled up from the actions that answer it (issue 14, part 3),
// with the parts it is made of, so that a board reads every recommendation alike.
#pragma once

#include "core/actions/action.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace assure {

enum class RecommendationProgress { NoActions, NotStarted, InProgress, Overdue, Completed, ImpactEvidenced, Cancelled };
// Keys: "no_actions", "not_started", "in_progress", "overdue", "completed", "impact_evidenced", "cancelled".
QString recommendationProgressKey(RecommendationProgress progress);
std::optional<RecommendationProgress> recommendationProgressFromKey(const QString &key);
// "no actions yet", "not started"... in lower case, as they read inside a sentence.
QString recommendationProgressLabel(RecommendationProgress progress);

// The roll-up of one recommendation's actions as of a day, and how many actions stand where: each
// action is counted once, as cancelled, impact evidenced, completed, overdue, in progress or not
// started (the first that fits).
struct RecommendationRollUp
{
    RecommendationProgress progress = RecommendationProgress::NoActions;
    int actions = 0;
    int impactEvidenced = 0;
    int completed = 0;
    int inProgress = 0; // started, not overdue
    int overdue = 0;
    int notStarted = 0; // not overdue
    int cancelled = 0;

    // "3 actions: 1 completed, 1 in progress, 1 overdue"; "No actions yet" without any.
    QString parts() const;
};

// The rule: no actions: no actions yet; all cancelled: cancelled; otherwise, of the actions not
// cancelled: all impact evidenced: impact evidenced; all completed or impact evidenced: completed;
// any overdue as of the day: overdue; any started (in progress, completed or impact evidenced): in
// progress; otherwise not started. Only the actions given are read: pass those that answer it.
RecommendationRollUp rollUpRecommendation(const QList<Action> &actions, const QDate &asOf);

} // namespace assure
