// Undoable edits particular to meetings: a member's attendance set or cleared, the board's
// threshold, and an attendance import (with the meetings it makes) as one step. Memberships and
// meetings themselves go through Workspace::add/update/remove.
#pragma once

#include "interchange/meetings/attendanceimport.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <optional>

namespace assure {

class MeetingEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::MeetingEdits)

public:
    explicit MeetingEdits(Workspace &workspace) : m_ws(workspace) {}

    // The member's attendance at the meeting: recorded, changed, or cleared (no status).
    bool setAttendance(qint64 meetingId, qint64 membershipId, std::optional<AttendanceStatus> status,
                       QString *error = nullptr);
    // The stored record, or null.
    const Attendance *attendance(qint64 meetingId, qint64 membershipId) const;

    bool setThreshold(int percent, QString *error = nullptr);

    // What the board holds that an attendance import's rows are matched against.
    AttendanceImportContext importContext() const;
    // Reads a CSV or XLSX file and plans its import; a file that cannot be read gives a plan with its error.
    AttendanceImportPlan planImportFile(const QString &path) const;
    // Makes the meetings the plan needs and writes its New and Update rows, one undo step.
    // The number of rows written, or -1 with the reason.
    int applyImport(const AttendanceImportPlan &plan, const QString &source, QString *error = nullptr);

private:
    Workspace &m_ws;
};

} // namespace assure
