// The complaints log's kinds: the words for a link's and a day off's edits, a pair or day once,
// the registration.
#include "workspace/voices/complaintkinds.h"

#include "core/valueformat.h"
#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

QString referenceOf(const Workspace &ws, qint64 complaintId)
{
    const Complaint *c = ws.items<Complaint>().find(complaintId);
    return c ? c->reference : QString();
}

} // namespace

WorkingDays boardWorkingDays(const Workspace &ws)
{
    QList<QDate> days;
    for (const ComplaintHoliday &h : ws.items<ComplaintHoliday>())
        days << h.day;
    return WorkingDays(days);
}

QString KindTraits<ComplaintAction>::addText(const Workspace &ws, const ComplaintAction &l)
{
    return ComplaintKinds::tr("Link an action to %1").arg(referenceOf(ws, l.complaintId));
}

QString KindTraits<ComplaintAction>::editText(const Workspace &ws, const ComplaintAction &l)
{
    return ComplaintKinds::tr("Change an action of %1").arg(referenceOf(ws, l.complaintId));
}

QString KindTraits<ComplaintAction>::deleteText(const Workspace &ws, const ComplaintAction &l)
{
    return ComplaintKinds::tr("Unlink an action from %1").arg(referenceOf(ws, l.complaintId));
}

QString KindTraits<ComplaintAction>::clash(const Workspace &ws, const ComplaintAction &l)
{
    for (const ComplaintAction &other : ws.items<ComplaintAction>())
        if (other.id != l.id && other.complaintId == l.complaintId && other.actionId == l.actionId)
            return ComplaintKinds::tr("That action is already linked to %1.").arg(referenceOf(ws, l.complaintId));
    return {};
}

QString KindTraits<ComplaintHoliday>::addText(const Workspace &, const ComplaintHoliday &h)
{
    return ComplaintKinds::tr("Add day off %1").arg(ValueFormat().date(h.day));
}

QString KindTraits<ComplaintHoliday>::editText(const Workspace &, const ComplaintHoliday &h)
{
    return ComplaintKinds::tr("Edit day off %1").arg(ValueFormat().date(h.day));
}

QString KindTraits<ComplaintHoliday>::deleteText(const Workspace &, const ComplaintHoliday &h)
{
    return ComplaintKinds::tr("Delete day off %1").arg(ValueFormat().date(h.day));
}

QString KindTraits<ComplaintHoliday>::clash(const Workspace &ws, const ComplaintHoliday &h)
{
    for (const ComplaintHoliday &other : ws.items<ComplaintHoliday>())
        if (other.id != h.id && other.day == h.day)
            return ComplaintKinds::tr("%1 is already a day off.").arg(ValueFormat().date(h.day));
    return {};
}

void KindTraits<ComplaintSettings>::touched(const RowChange<ComplaintSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<ComplaintSettings>(), 0);
}

void ComplaintKinds::registerAll()
{
    registerKind<Complaint>();
    registerKind<ComplaintAction>();
    registerKind<ComplaintHoliday>();
    registerKind<ComplaintSettings>();
}

} // namespace assure
