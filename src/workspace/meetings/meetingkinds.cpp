// The meetings' kinds: their words for the Edit menu, attendance's uniqueness, the registration.
#include "workspace/meetings/meetingkinds.h"

#include "core/valueformat.h"
#include "workspace/kindops.h"

namespace assure {

QString MeetingKinds::memberName(const Workspace &ws, qint64 membershipId)
{
    const Membership *m = ws.items<Membership>().find(membershipId);
    const Person *p = m ? ws.items<Person>().find(m->personId) : nullptr;
    return p ? p->name : tr("(someone no longer on the board)");
}

QString MeetingKinds::meetingName(const Workspace &ws, const Meeting &m)
{
    const SubGroup *body = m.subGroupId ? ws.items<SubGroup>().find(m.subGroupId) : nullptr;
    const QString bodyName = body ? body->name : tr("Board");
    return tr("%1, %2").arg(bodyName, ValueFormat().date(m.date));
}

QString KindTraits<Membership>::addText(const Workspace &ws, const Membership &m)
{
    const Person *p = ws.items<Person>().find(m.personId);
    return MeetingKinds::tr("Add member %1").arg(p ? p->name : QString());
}

QString KindTraits<Membership>::editText(const Workspace &ws, const Membership &m)
{
    return MeetingKinds::tr("Edit member %1").arg(MeetingKinds::memberName(ws, m.id));
}

QString KindTraits<Membership>::deleteText(const Workspace &ws, const Membership &m)
{
    return MeetingKinds::tr("Delete member %1").arg(MeetingKinds::memberName(ws, m.id));
}

QString KindTraits<Meeting>::addText(const Workspace &ws, const Meeting &m)
{
    return MeetingKinds::tr("Add meeting %1").arg(MeetingKinds::meetingName(ws, m));
}

QString KindTraits<Meeting>::editText(const Workspace &ws, const Meeting &m)
{
    return MeetingKinds::tr("Edit meeting %1").arg(MeetingKinds::meetingName(ws, m));
}

QString KindTraits<Meeting>::deleteText(const Workspace &ws, const Meeting &m)
{
    return MeetingKinds::tr("Delete meeting %1").arg(MeetingKinds::meetingName(ws, m));
}

QString KindTraits<Meeting>::deleteQuestion(const Meeting &m)
{
    return MeetingKinds::tr("the meeting of %1").arg(ValueFormat().date(m.date));
}

QString KindTraits<Attendance>::addText(const Workspace &ws, const Attendance &a)
{
    return MeetingKinds::tr("Record attendance of %1").arg(MeetingKinds::memberName(ws, a.membershipId));
}

QString KindTraits<Attendance>::editText(const Workspace &ws, const Attendance &a)
{
    return addText(ws, a);
}

QString KindTraits<Attendance>::deleteText(const Workspace &ws, const Attendance &a)
{
    return MeetingKinds::tr("Clear attendance of %1").arg(MeetingKinds::memberName(ws, a.membershipId));
}

QString KindTraits<Attendance>::clash(const Workspace &ws, const Attendance &a)
{
    for (const Attendance &other : ws.items<Attendance>())
        if (other.id != a.id && other.meetingId == a.meetingId && other.membershipId == a.membershipId)
            return MeetingKinds::tr("%1's attendance at this meeting is already recorded.")
                .arg(MeetingKinds::memberName(ws, a.membershipId));
    return {};
}

void KindTraits<MeetingSettings>::touched(const RowChange<MeetingSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<MeetingSettings>(), 0);
}

void MeetingKinds::registerAll()
{
    registerKind<Membership>();
    registerKind<Meeting>();
    registerKind<Attendance>();
    registerKind<MeetingSettings>();
}

} // namespace assure
