// A change over many actions as one undo step, and the mail to a lead about their open actions.
#include "workspace/actions/actionbulk.h"

#include "core/actions/actionrules.h"
#include "core/valueformat.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

BulkActionPlan ActionBulkEdits::plan(const QList<qint64> &actionIds, const BulkActionChange &change) const
{
    BulkActionPlan out;
    const bool leadGone =
        change.leadPersonId && *change.leadPersonId != 0 && !m_ws.items<Person>().find(*change.leadPersonId);
    for (qint64 id : actionIds) {
        const Action *before = m_ws.items<Action>().find(id);
        if (!before) {
            out.refusals.append({id, QString(), tr("That action is no longer in the board file.")});
            continue;
        }
        if (leadGone) {
            out.refusals.append({id, before->ref, tr("That person is no longer on the board.")});
            continue;
        }
        Action after = *before;
        if (change.status && *change.status != before->status) {
            after.status = *change.status;
            after.cancelReason = after.status == ActionStatus::Cancelled ? change.cancelReason.trimmed() : QString();
            if (const QString refusal = transitionRefusal(before->status, after); !refusal.isEmpty()) {
                out.refusals.append({id, before->ref, refusal});
                continue;
            }
        }
        if (change.due)
            after.due = *change.due;
        if (change.leadPersonId)
            after.leadPersonId = *change.leadPersonId;
        if (const QStringList problems = after.problems(); !problems.isEmpty()) {
            out.refusals.append({id, before->ref, problems.join(QLatin1Char(' '))});
            continue;
        }
        if (after == *before)
            ++out.unchanged;
        else
            out.changes.append({*before, after});
    }
    return out;
}

bool ActionBulkEdits::apply(const BulkActionPlan &plan, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (plan.changes.isEmpty())
        return true;
    ChangeSet changes;
    for (const auto &[before, after] : plan.changes)
        changes.update(before, after);
    const QString text = plan.changes.size() == 1 ? tr("Change action %1").arg(plan.changes.front().first.ref)
                                                  : tr("Change %n actions", nullptr, int(plan.changes.size()));
    return m_ws.execute(text, std::move(changes), error);
}

QUrl leadMailto(const Workspace &workspace, qint64 personId, const QDate &asOf)
{
    const Person *lead = workspace.items<Person>().find(personId);
    if (!lead || lead->email.trimmed().isEmpty())
        return {};
    QList<const Action *> open;
    for (const Action &a : workspace.items<Action>())
        if (a.leadPersonId == personId && isOpen(a.status))
            open.append(&a);
    // Overdue first, then by due date (none last), then by reference.
    std::sort(open.begin(), open.end(), [&asOf](const Action *x, const Action *y) {
        const bool xo = isOverdue(*x, asOf), yo = isOverdue(*y, asOf);
        if (xo != yo)
            return xo;
        if (x->due.isValid() != y->due.isValid())
            return x->due.isValid();
        if (x->due != y->due)
            return x->due < y->due;
        return x->ref < y->ref;
    });
    const ValueFormat format;
    QStringList lines{ActionBulkEdits::tr("Dear %1,").arg(lead->name), QString(),
                      ActionBulkEdits::tr("These are the actions you lead for %1 that are still open (as of %2):")
                          .arg(workspace.board().name, format.date(asOf)),
                      QString()};
    for (const Action *a : open) {
        const QString due = a->due.isValid() ? ActionBulkEdits::tr("due %1").arg(format.date(a->due))
                                             : ActionBulkEdits::tr("no due date");
        lines << (isOverdue(*a, asOf) ? ActionBulkEdits::tr("- %1 %2 (%3, OVERDUE)").arg(a->ref, a->title, due)
                                      : ActionBulkEdits::tr("- %1 %2 (%3)").arg(a->ref, a->title, due));
    }
    if (open.isEmpty())
        lines << ActionBulkEdits::tr("You have no open actions.");
    lines << QString() << ActionBulkEdits::tr("Please send an update on each of them.");
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(lead->email.trimmed());
    // Each part percent-encoded whole: spaces as %20 rather than +, and line ends as CR LF, as RFC 6068 asks.
    const QString subject =
        ActionBulkEdits::tr("Your open actions for %1: %n", nullptr, int(open.size())).arg(workspace.board().name);
    url.setQuery(QStringLiteral("subject=%1&body=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(subject)),
                          QString::fromLatin1(QUrl::toPercentEncoding(lines.join(QStringLiteral("\r\n"))))),
                 QUrl::StrictMode);
    return url;
}

} // namespace assure
