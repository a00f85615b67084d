// A financial year's attendance gathered from the workspace, with names and the board's threshold.
#include "workspace/meetings/attendanceyear.h"

#include "core/period.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/workspace.h"

#include <QCollator>

#include <algorithm>

namespace assure {

int AttendanceYear::belowCount() const
{
    return int(std::count_if(agencies.begin(), agencies.end(), [](const auto &a) { return a.below; }));
}

QString bodyName(const Workspace &ws, qint64 subGroupId)
{
    const SubGroup *s = subGroupId ? ws.items<SubGroup>().find(subGroupId) : nullptr;
    return s ? s->name : MeetingKinds::tr("Board");
}

AttendanceYear gatherAttendance(const Workspace &ws, int startYear, const QDate &asOf)
{
    AttendanceYear out;
    out.startYear = startYear;
    const Period year = Period::year(startYear, ws.board().fyStartMonth);
    out.first = year.start();
    out.last = asOf.isValid() ? std::min(year.end(), asOf) : year.end();
    out.thresholdPercent = ws.items<MeetingSettings>().value().thresholdPercent;

    const AttendanceInput in{ws.items<Membership>().items(), ws.items<Meeting>().items(),
                             ws.items<Attendance>().items(), out.first, out.last};
    out.meetingsHeld = int(std::count_if(in.meetings.begin(), in.meetings.end(),
                                         [&](const Meeting &m) { return m.date >= out.first && m.date <= out.last; }));
    QCollator collator;
    collator.setNumericMode(true);
    const auto nameOf = [](const auto *item) { return item ? item->name : QString(); };

    for (const AgencyAttendance &a : agencyAttendance(in))
        out.agencies.push_back(
            {a.agencyId, nameOf(ws.items<Agency>().find(a.agencyId)), a.rate, a.rate.isBelow(out.thresholdPercent)});
    std::sort(out.agencies.begin(), out.agencies.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.agency, b.agency) < 0; });

    const std::vector<MemberAttendance> rates = memberAttendance(in);
    std::vector<std::pair<qint64, MemberAttendanceRow>> members; // by body, for the sort
    for (size_t i = 0; i < rates.size(); ++i) {
        const Membership &m = in.memberships[i];
        if ((m.from.isValid() && m.from > out.last) || (m.to.isValid() && m.to < out.first))
            continue; // not a member during the year
        MemberAttendanceRow row;
        row.membershipId = m.id;
        row.member = nameOf(ws.items<Person>().find(m.personId));
        row.agency = nameOf(ws.items<Agency>().find(m.agencyId));
        row.body = bodyName(ws, m.subGroupId);
        row.rate = rates[i].rate;
        row.below = row.rate.isBelow(out.thresholdPercent);
        members.emplace_back(m.subGroupId, std::move(row));
    }
    std::sort(members.begin(), members.end(), [&](const auto &a, const auto &b) {
        if ((a.first == 0) != (b.first == 0))
            return a.first == 0;
        if (const int c = collator.compare(a.second.body, b.second.body); c != 0)
            return c < 0;
        return collator.compare(a.second.member, b.second.member) < 0;
    });
    out.members.reserve(members.size());
    for (auto &m : members)
        out.members.push_back(std::move(m.second));
    return out;
}

std::vector<qint64> seatsAt(const Workspace &ws, const Meeting &meeting)
{
    std::vector<std::pair<QString, qint64>> seats;
    for (const Membership &m : ws.items<Membership>())
        if (m.subGroupId == meeting.subGroupId && m.coversDay(meeting.date))
            seats.emplace_back(MeetingKinds::memberName(ws, m.id), m.id);
    QCollator collator;
    std::sort(seats.begin(), seats.end(), [&](const auto &a, const auto &b) {
        const int c = collator.compare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    std::vector<qint64> out;
    out.reserve(seats.size());
    for (const auto &s : seats)
        out.push_back(s.second);
    return out;
}

} // namespace assure
