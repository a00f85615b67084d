// Plans an import of meeting attendance from a spreadsheet (issue 18, part 7): one row a member at a meeting.
#pragma once

#include "core/meetings/meeting.h"
#include "interchange/indicators/importcolumns.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/sourcetable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace assure {

// date, meeting (the board or a sub-group's name), member, agency, status.
QList<ImportColumn> attendanceImportColumns();

// What the board holds that rows are matched against.
struct AttendanceImportContext final
{
    QStringList boardNames;                  // what names the board itself, lower case ("board", its name)
    QHash<QString, qint64> subGroupIds;      // by name, lower case
    QHash<QString, qint64> agencyIds;        // by name, lower case
    QHash<QString, QList<qint64>> personIds; // by name, lower case: two people may share a name
    std::vector<Membership> memberships;
    std::vector<Meeting> meetings;
    std::vector<Attendance> attendance;
};

struct AttendanceImportRow final
{
    int rowNumber = 0;
    ImportStatus status = ImportStatus::Rejected;
    QDate date;
    qint64 subGroupId = 0; // the body: 0 is the board
    qint64 meetingId = 0;  // the stored meeting; 0 when the import makes it
    qint64 membershipId = 0;
    AttendanceStatus attendance = AttendanceStatus::Present;
    qint64 storedId = 0; // the attendance record it changes; 0 when new
    QString reason;      // why a row is rejected
    QStringList written; // the cells as written: date, meeting, member, agency, status
};

// Nothing in a plan has been written. The caller makes the meetings that are not stored yet (one
// per body and day) and writes every New and Update row in one transaction.
struct AttendanceImportPlan final
{
    QString error;        // the file cannot be imported at all (no date column...)
    QStringList warnings; // columns not read
    QList<AttendanceImportRow> rows;
    ImportCounts counts;

    bool isUsable() const { return error.isEmpty(); }
    // "row R: reason" for each rejected row, in row order.
    QStringList rejectedLines() const;
};

// Rules: columns by header in any order, ignoring case; all five are required (agency may be
// blank for a member who sits for none). A meeting is the board's or a sub-group's on a day; a
// stored one is matched by body and day, any other is made. The member is a person of the board
// (by name) who was a member of that body on that day, sitting for the agency given; status is
// present, apologies, deputy or absent (or the words for people). A second row for one member
// at one meeting is rejected.
AttendanceImportPlan planAttendanceImport(const SourceTable &table, const AttendanceImportContext &context);

} // namespace assure
