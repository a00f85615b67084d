// Undoable edits particular to actions: references, status, progress and impact.
#include "workspace/actions/actionedits.h"

#include "core/yearreference.h"

namespace assure {

const Action *ActionEdits::actionFor(qint64 id, QString *error) const
{
    const Action *action = m_ws.items<Action>().find(id);
    if (!action && error)
        *error = tr("That action is no longer in the board file.");
    return action;
}

bool ActionEdits::change(const Action &before, const Action &after, const QString &text, QString *error)
{
    if (!Workspace::acceptable(after.problems(), error))
        return false;
    if (before == after)
        return true;
    ChangeSet changes;
    changes.update(before, after);
    return m_ws.execute(text, std::move(changes), error);
}

QString ActionEdits::nextReference(int year) const
{
    YearReference refs(QStringLiteral("A"), year);
    for (const Action &a : m_ws.items<Action>())
        refs.note(a.ref);
    return refs.next();
}

bool ActionEdits::add(const Action &action, const QDate &today, QString *error, qint64 *id)
{
    Action added = action;
    if (added.ref.trimmed().isEmpty())
        added.ref = nextReference(today.year());
    if (!m_ws.add(added, error))
        return false;
    if (id)
        *id = m_ws.items<Action>().items().back().id; // ids only grow, and the store is in id order
    return true;
}

bool ActionEdits::setStatus(qint64 actionId, ActionStatus status, const QString &cancelReason, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Action *before = actionFor(actionId, error);
    if (!before)
        return false;
    Action after = *before;
    after.status = status;
    after.cancelReason = status == ActionStatus::Cancelled ? cancelReason.trimmed() : QString();
    if (const QString refusal = transitionRefusal(before->status, after); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    return change(*before, after, tr("Set %1 to %2").arg(before->ref, actionStatusLabel(status)), error);
}

bool ActionEdits::addUpdate(const ProgressUpdate &update, QString *error, qint64 *id)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Action *action = actionFor(update.actionId, error);
    if (!action || !Workspace::acceptable(update.problems(), error))
        return false;
    ProgressUpdate added = update;
    added.id = 0;
    ChangeSet changes;
    changes.insert(added);
    if (action->status == ActionStatus::NotStarted && update.percent.value_or(0) > 0) {
        Action started = *action;
        started.status = ActionStatus::InProgress;
        changes.update(*action, started);
    }
    if (!m_ws.execute(tr("Add progress update to %1").arg(action->ref), std::move(changes), error))
        return false;
    if (id)
        *id = m_ws.items<ProgressUpdate>().items().back().id;
    return true;
}

bool ActionEdits::recordImpact(qint64 actionId, const QString &evidence, qint64 indicatorId, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Action *before = actionFor(actionId, error);
    if (!before)
        return false;
    if (before->status == ActionStatus::ImpactEvidenced) {
        if (error)
            *error = tr("The impact of %1 is accepted; reopen the action to change its evidence.").arg(before->ref);
        return false;
    }
    if (indicatorId != 0 && !m_ws.items<Indicator>().find(indicatorId)) {
        if (error)
            *error = tr("That indicator is no longer in the board file.");
        return false;
    }
    Action after = *before;
    after.impactEvidence = evidence.trimmed();
    after.impactIndicatorId = indicatorId;
    if (after.impactEvidence != before->impactEvidence) { // an acceptance was of the evidence before
        after.impactAcceptedBy.clear();
        after.impactAcceptedOn = QDate();
    }
    return change(*before, after, tr("Record impact of %1").arg(before->ref), error);
}

bool ActionEdits::acceptImpact(qint64 actionId, const QString &acceptedBy, const QDate &acceptedOn, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Action *before = actionFor(actionId, error);
    if (!before)
        return false;
    Action after = *before;
    after.impactAcceptedBy = acceptedBy.trimmed();
    after.impactAcceptedOn = acceptedOn;
    after.status = ActionStatus::ImpactEvidenced;
    if (const QString refusal = transitionRefusal(before->status, after); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    return change(*before, after, tr("Accept impact of %1").arg(before->ref), error);
}

} // namespace assure
