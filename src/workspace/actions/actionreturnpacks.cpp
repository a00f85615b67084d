// The board's side of action progress returns: a pack per agency from what the board holds, and a returned pack checked
// against it.
#include "workspace/actions/actionreturnpacks.h"

#include "storage/history/boardidentity.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actiontransfer.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace assure {

QList<qint64> agenciesOwingActions(const Workspace &ws)
{
    QSet<qint64> owing;
    for (const Action &a : ws.items<Action>())
        if (isOpen(a.status) && a.ownerAgencyId != 0)
            owing.insert(a.ownerAgencyId);
    QList<const Agency *> agencies;
    for (const Agency &agency : ws.items<Agency>())
        if (owing.contains(agency.id))
            agencies << &agency;
    std::sort(agencies.begin(), agencies.end(),
              [](const Agency *a, const Agency *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    QList<qint64> out;
    for (const Agency *agency : agencies)
        out << agency->id;
    return out;
}

bool exportActionReturns(const Workspace &ws, qint64 agencyId, const QDate &deadline, const QString &path,
                         QString *error, int *count)
{
    const Agency *agency = ws.items<Agency>().find(agencyId);
    if (!agency) {
        if (error)
            *error = ActionEdits::tr("That agency is no longer in the board file.");
        return false;
    }
    ActionReturnsExport pack;
    pack.identity.boardId = boardIdentity(ws.file(), error);
    if (pack.identity.boardId.isEmpty())
        return false;
    pack.identity.boardName = ws.board().name;
    pack.identity.agencyName = agency->name;
    pack.identity.agencyId = agency->id;
    pack.identity.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pack.identity.exportedAt = QDateTime::currentDateTimeUtc();
    pack.identity.deadline = deadline;
    for (const Action &a : ws.items<Action>())
        if (a.ownerAgencyId == agencyId && isOpen(a.status))
            pack.actions << a;
    std::sort(pack.actions.begin(), pack.actions.end(), [](const Action &a, const Action &b) {
        // Undated actions last: there is least to say of them.
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.ref < b.ref;
    });
    for (const Action &a : std::as_const(pack.actions)) {
        if (const Person *lead = ws.items<Person>().find(a.leadPersonId))
            pack.leadNames.insert(a.leadPersonId, lead->name);
    }
    const QHash<qint64, int> percents = latestPercents(ws);
    for (const Action &a : std::as_const(pack.actions))
        if (const auto it = percents.constFind(a.id); it != percents.cend())
            pack.latestPercents.insert(a.id, *it);
    if (count)
        *count = static_cast<int>(pack.actions.size());
    return writeActionReturnsPack(pack, path, error);
}

ActionReturnsPlan planActionReturns(const Workspace &ws, const QString &path, const QString &agencyName)
{
    ActionReturnsContext context;
    QString why;
    context.boardId = boardIdentity(ws.file(), &why);
    if (context.boardId.isEmpty()) {
        ActionReturnsPlan plan;
        plan.refusal = why;
        return plan;
    }
    context.agencyName = agencyName;
    for (const Agency &agency : ws.items<Agency>())
        context.agencyIds.insert(agency.name.trimmed().toLower(), agency.id);
    context.actions = QList<Action>(ws.items<Action>().begin(), ws.items<Action>().end());
    return readActionReturns(path, context);
}

bool ActionEdits::applyReturns(const ActionReturnsPlan &plan, const QDate &day, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (!plan.canWrite()) {
        if (error)
            *error = plan.isUsable() ? tr("The pack has problems; nothing was written.") : plan.refusal;
        return false;
    }
    if (plan.returns.isEmpty())
        return true;
    const Agency *agency = m_ws.items<Agency>().find(plan.agencyId);
    ChangeSet changes;
    for (const ActionReturn &r : plan.returns) {
        const Action *action = actionFor(r.actionId, error);
        if (!action)
            return false;
        if (!r.text.isEmpty() || r.percent) {
            ProgressUpdate update;
            update.actionId = r.actionId;
            update.date = day;
            const Person *lead = m_ws.items<Person>().find(action->leadPersonId);
            update.author = lead ? lead->name : agency ? agency->name : QString();
            update.text = r.text;
            update.percent = r.percent;
            if (!Workspace::acceptable(update.problems(), error))
                return false;
            changes.insert(update);
        }
        Action after = *action;
        if (r.status) {
            after.status = *r.status;
            after.cancelReason = *r.status == ActionStatus::Cancelled ? r.text : QString();
        } else if (action->status == ActionStatus::NotStarted && r.percent.value_or(0) > 0) {
            after.status = ActionStatus::InProgress; // progress reported starts it, as addUpdate does
        }
        if (after != *action) {
            if (const QString refusal = transitionRefusal(action->status, after); !refusal.isEmpty()) {
                if (error)
                    *error = QStringLiteral("%1: %2").arg(action->ref, refusal);
                return false;
            }
            changes.update(*action, after);
        }
    }
    return m_ws.execute(
        tr("Import %n progress returns from %1", nullptr, static_cast<int>(plan.returns.size())).arg(source),
        std::move(changes), error);
}

} // namespace assure
