// The attendance rules (issue 18, part 2): a member's and an agency's rate over a span of days (a
// financial year up to the day it is judged on) and the board's threshold. Pure functions.
#pragma once

#include "core/meetings/meeting.h"

#include <optional>
#include <vector>

namespace assure {

// Meetings held and how many of them were attended.
struct AttendanceRate
{
    int meetings = 0;
    int attended = 0;

    // attended / meetings, from 0 to 1; empty when no meeting was held.
    std::optional<double> share() const;
    // Below the threshold (whole percent): compared in whole numbers, so that 3 of 4 meetings is
    // exactly 75% and not below 75%. No meeting held is not below.
    bool isBelow(int thresholdPercent) const
    {
        return meetings > 0 && qint64(attended) * 100 < qint64(thresholdPercent) * meetings;
    }
    bool operator==(const AttendanceRate &o) const { return meetings == o.meetings && attended == o.attended; }
    bool operator!=(const AttendanceRate &o) const { return !(*this == o); }
};

struct MemberAttendance
{
    qint64 membershipId = 0;
    AttendanceRate rate;
};

struct AgencyAttendance
{
    qint64 agencyId = 0;
    AttendanceRate rate;
};

// What the rules read, and the span they count: meetings dated from first to last, both included.
struct AttendanceInput
{
    const std::vector<Membership> &memberships;
    const std::vector<Meeting> &meetings;
    const std::vector<Attendance> &attendance;
    QDate first;
    QDate last;
};

// Each membership's rate, in the order given: the meetings of its body held in the span while
// it was a member (its from and to days included), and of those the ones it attended in person
// (present). A deputy stands in for the agency, not for the member, and counts in the agency's
// rate only; a member with nothing recorded for a meeting did not attend it.
std::vector<MemberAttendance> memberAttendance(const AttendanceInput &in);

// Each agency's rate, by agency id, for the agencies with a member of a body that met in the
// span: a meeting counts once for an agency that had a member of that body on its day (however
// many members it had), and as attended when any of them was present or sent a deputy.
std::vector<AgencyAttendance> agencyAttendance(const AttendanceInput &in);

} // namespace assure
