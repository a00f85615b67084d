// A financial year's attendance gathered from the workspace with names, the one gathering the
// Meetings page, assure-cli board, the board pack and the benchmark share.
#pragma once

#include "core/meetings/attendancerules.h"

#include <QDate>
#include <QString>

#include <vector>

namespace assure {

class Workspace;

struct AgencyAttendanceRow
{
    qint64 agencyId = 0;
    QString agency;
    AttendanceRate rate;
    bool below = false; // below the board's threshold
};

struct MemberAttendanceRow
{
    qint64 membershipId = 0;
    QString member;
    QString agency; // empty when they sit for none
    QString body;   // "Board" or the sub-group's name
    AttendanceRate rate;
    bool below = false;
};

struct AttendanceYear
{
    int startYear = 0;
    QDate first; // the year's first day
    QDate last;  // its last day, or the day it is judged on when that is earlier
    int thresholdPercent = 75;
    int meetingsHeld = 0;                      // of the board and its sub-groups, from first to last
    std::vector<AgencyAttendanceRow> agencies; // by name
    std::vector<MemberAttendanceRow> members;  // by body (the board first), then name

    int belowCount() const;
};

// The financial year starting in startYear (the board's first month), counted up to asOf: every
// agency with a member of a body that met, and every seat held during the year.
AttendanceYear gatherAttendance(const Workspace &ws, int startYear, const QDate &asOf);

// The seats expected at a meeting: members of its body on its day, by name.
std::vector<qint64> seatsAt(const Workspace &ws, const Meeting &meeting);

// The body's name for people: "Board" for the board itself, else the sub-group's.
QString bodyName(const Workspace &ws, qint64 subGroupId);

} // namespace assure
