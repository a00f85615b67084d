// How far a recommendation has got, rolled up from its actions.
#include "core/audits/recommendationprogress.h"

#include "core/actions/actionrules.h"
#include "core/enumnames.h"

#include <QCoreApplication>
#include <QLocale>

namespace assure {

namespace {

constexpr auto kProgressNames = enumNames<RecommendationProgress>(
    "assure::RecommendationProgress",
    {
        {RecommendationProgress::NoActions, u"no_actions",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "no actions yet")},
        {RecommendationProgress::NotStarted, u"not_started",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "not started")},
        {RecommendationProgress::InProgress, u"in_progress",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "in progress")},
        {RecommendationProgress::Overdue, u"overdue", QT_TRANSLATE_NOOP("assure::RecommendationProgress", "overdue")},
        {RecommendationProgress::Completed, u"completed",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "completed")},
        {RecommendationProgress::ImpactEvidenced, u"impact_evidenced",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "impact evidenced")},
        {RecommendationProgress::Cancelled, u"cancelled",
         QT_TRANSLATE_NOOP("assure::RecommendationProgress", "cancelled")},
    });

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::RecommendationProgress", text);
}

} // namespace

QString recommendationProgressKey(RecommendationProgress progress)
{
    return kProgressNames.key(progress);
}

std::optional<RecommendationProgress> recommendationProgressFromKey(const QString &key)
{
    return kProgressNames.fromKey(key);
}

QString recommendationProgressLabel(RecommendationProgress progress)
{
    return kProgressNames.label(progress);
}

QString RecommendationRollUp::parts() const
{
    if (actions == 0)
        return translated(QT_TRANSLATE_NOOP("assure::RecommendationProgress", "No actions yet"));
    // The order a chair reads them in: what is done first, what needs chasing after.
    // The words do not change with the number ("1 completed", "2 completed"); "action" does, and
    // untranslated English has no plural forms of its own, so it is written out both ways.
    const std::pair<int, RecommendationProgress> counts[] = {
        {impactEvidenced, RecommendationProgress::ImpactEvidenced}, {completed, RecommendationProgress::Completed},
        {inProgress, RecommendationProgress::InProgress},           {overdue, RecommendationProgress::Overdue},
        {notStarted, RecommendationProgress::NotStarted},           {cancelled, RecommendationProgress::Cancelled},
    };
    QStringList shown;
    for (const auto &[n, part] : counts)
        if (n > 0)
            shown << translated(QT_TRANSLATE_NOOP("assure::RecommendationProgress", "%1 %2"))
                         .arg(QLocale().toString(n), recommendationProgressLabel(part));
    const QString total = actions == 1 ? translated(QT_TRANSLATE_NOOP("assure::RecommendationProgress", "1 action"))
                                       : translated(QT_TRANSLATE_NOOP("assure::RecommendationProgress", "%1 actions"))
                                             .arg(QLocale().toString(actions));
    return translated(QT_TRANSLATE_NOOP("assure::RecommendationProgress", "%1: %2"))
        .arg(total, shown.join(QStringLiteral(", ")));
}

RecommendationRollUp rollUpRecommendation(const QList<Action> &actions, const QDate &asOf)
{
    RecommendationRollUp r;
    r.actions = int(actions.size());
    bool started = false;
    for (const Action &a : actions) {
        switch (a.status) {
        case ActionStatus::Cancelled: ++r.cancelled; continue;
        case ActionStatus::ImpactEvidenced: ++r.impactEvidenced; break;
        case ActionStatus::Completed: ++r.completed; break;
        case ActionStatus::InProgress:
        case ActionStatus::NotStarted:
            if (isOverdue(a, asOf))
                ++r.overdue;
            else if (a.status == ActionStatus::InProgress)
                ++r.inProgress;
            else
                ++r.notStarted;
            break;
        }
        started = started || a.status != ActionStatus::NotStarted;
    }
    const int live = r.actions - r.cancelled;
    if (r.actions == 0)
        r.progress = RecommendationProgress::NoActions;
    else if (live == 0)
        r.progress = RecommendationProgress::Cancelled;
    else if (r.impactEvidenced == live)
        r.progress = RecommendationProgress::ImpactEvidenced;
    else if (r.impactEvidenced + r.completed == live)
        r.progress = RecommendationProgress::Completed;
    else if (r.overdue > 0)
        r.progress = RecommendationProgress::Overdue;
    else if (started)
        r.progress = RecommendationProgress::InProgress;
    else
        r.progress = RecommendationProgress::NotStarted;
    return r;
}

} // namespace assure
