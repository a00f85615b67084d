// The attendance rules: members' and agencies' rates over a span of days.
#include "core/meetings/attendancerules.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <algorithm>
#include <map>

namespace assure {

namespace {

// The meetings held in the span, by body, and what was recorded for each (meeting, membership).
struct Held
{
    QHash<qint64, std::vector<const Meeting *>> byBody;
    QHash<QPair<qint64, qint64>, AttendanceStatus> status;

    explicit Held(const AttendanceInput &in)
    {
        QSet<qint64> counted;
        for (const Meeting &m : in.meetings) {
            if (m.date.isValid() && m.date >= in.first && m.date <= in.last) {
                byBody[m.subGroupId].push_back(&m);
                counted.insert(m.id);
            }
        }
        status.reserve(qsizetype(in.attendance.size()));
        for (const Attendance &a : in.attendance)
            if (counted.contains(a.meetingId))
                status.insert({a.meetingId, a.membershipId}, a.status);
    }

    // The meetings of the membership's body held while it was a member.
    template <class F> void eachMeeting(const Membership &member, F f) const
    {
        const auto it = byBody.constFind(member.subGroupId);
        if (it == byBody.constEnd())
            return;
        for (const Meeting *m : *it)
            if (member.coversDay(m->date))
                f(*m, status.value({m->id, member.id}, AttendanceStatus::Absent));
    }
};

} // namespace

std::optional<double> AttendanceRate::share() const
{
    if (meetings <= 0)
        return std::nullopt;
    return double(attended) / meetings;
}

std::vector<MemberAttendance> memberAttendance(const AttendanceInput &in)
{
    const Held held(in);
    std::vector<MemberAttendance> out;
    out.reserve(in.memberships.size());
    for (const Membership &member : in.memberships) {
        MemberAttendance row;
        row.membershipId = member.id;
        held.eachMeeting(member, [&](const Meeting &, AttendanceStatus status) {
            ++row.rate.meetings;
            if (status == AttendanceStatus::Present)
                ++row.rate.attended;
        });
        out.push_back(row);
    }
    return out;
}

std::vector<AgencyAttendance> agencyAttendance(const AttendanceInput &in)
{
    const Held held(in);
    // Per agency, each meeting it was due at, and whether anyone was there for it.
    std::map<qint64, QHash<qint64, bool>> due;
    for (const Membership &member : in.memberships) {
        if (member.agencyId == 0)
            continue;
        QHash<qint64, bool> &meetings = due[member.agencyId];
        held.eachMeeting(member, [&](const Meeting &m, AttendanceStatus status) {
            bool &there = meetings[m.id];
            there = there || status == AttendanceStatus::Present || status == AttendanceStatus::Deputy;
        });
    }
    std::vector<AgencyAttendance> out;
    out.reserve(due.size());
    for (const auto &[agencyId, meetings] : due) {
        if (meetings.isEmpty())
            continue;
        AgencyAttendance row;
        row.agencyId = agencyId;
        row.rate.meetings = int(meetings.size());
        row.rate.attended = int(std::count(meetings.cbegin(), meetings.cend(), true));
        out.push_back(row);
    }
    return out;
}

} // namespace assure
