// Undoable edits particular to meetings: attendance, the threshold, the attendance import.
#include "workspace/meetings/meetingedits.h"

#include "interchange/tablefile.h"

#include <QPair>

namespace assure {

const Attendance *MeetingEdits::attendance(qint64 meetingId, qint64 membershipId) const
{
    for (const Attendance &a : m_ws.items<Attendance>())
        if (a.meetingId == meetingId && a.membershipId == membershipId)
            return &a;
    return nullptr;
}

bool MeetingEdits::setAttendance(qint64 meetingId, qint64 membershipId, std::optional<AttendanceStatus> status,
                                 QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (!m_ws.items<Meeting>().find(meetingId) || !m_ws.items<Membership>().find(membershipId)) {
        if (error)
            *error = tr("The meeting or the member is no longer on the board.");
        return false;
    }
    const Attendance *stored = attendance(meetingId, membershipId);
    if (!stored && !status)
        return true;
    if (stored && status && stored->status == *status)
        return true;
    if (!status)
        return m_ws.remove<Attendance>(stored->id, error);
    Attendance after = stored ? *stored : Attendance{};
    after.meetingId = meetingId;
    after.membershipId = membershipId;
    after.status = *status;
    return stored ? m_ws.update(after, error) : m_ws.add(after, error);
}

bool MeetingEdits::setThreshold(int percent, QString *error)
{
    MeetingSettings s = m_ws.items<MeetingSettings>().value();
    if (s.thresholdPercent == percent)
        return true;
    s.thresholdPercent = percent;
    return m_ws.update(s, error);
}

AttendanceImportContext MeetingEdits::importContext() const
{
    AttendanceImportContext context;
    context.boardNames << tr("board").toLower() << QStringLiteral("board") << QStringLiteral("the board");
    if (!m_ws.board().name.trimmed().isEmpty())
        context.boardNames << m_ws.board().name.trimmed().toLower();
    for (const SubGroup &s : m_ws.items<SubGroup>())
        context.subGroupIds.insert(s.name.trimmed().toLower(), s.id);
    for (const Agency &a : m_ws.items<Agency>())
        context.agencyIds.insert(a.name.trimmed().toLower(), a.id);
    for (const Person &p : m_ws.items<Person>())
        context.personIds[p.name.trimmed().toLower()].append(p.id);
    context.memberships = m_ws.items<Membership>().items();
    context.meetings = m_ws.items<Meeting>().items();
    context.attendance = m_ws.items<Attendance>().items();
    return context;
}

AttendanceImportPlan MeetingEdits::planImportFile(const QString &path) const
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        AttendanceImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planAttendanceImport(*table, importContext());
}

int MeetingEdits::applyImport(const AttendanceImportPlan &plan, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    // A meeting the file names that is not stored is made here, so that it and its attendance go
    // in one change set: ids after the highest, as SQLite would give them.
    qint64 nextMeeting = 1;
    for (const Meeting &m : m_ws.items<Meeting>())
        nextMeeting = std::max(nextMeeting, m.id + 1);
    QHash<QPair<qint64, QDate>, qint64> made;
    ChangeSet changes;
    int written = 0;
    for (const AttendanceImportRow &row : plan.rows) {
        if (row.status != ImportStatus::New && row.status != ImportStatus::Update)
            continue;
        qint64 meetingId = row.meetingId;
        if (meetingId == 0) {
            const QPair<qint64, QDate> key{row.subGroupId, row.date};
            meetingId = made.value(key);
            if (meetingId == 0) {
                Meeting m;
                m.id = nextMeeting++;
                m.date = row.date;
                m.subGroupId = row.subGroupId;
                changes.insert(m);
                made.insert(key, m.id);
                meetingId = m.id;
            }
        }
        Attendance after;
        after.meetingId = meetingId;
        after.membershipId = row.membershipId;
        after.status = row.attendance;
        if (const Attendance *stored = row.storedId ? m_ws.items<Attendance>().find(row.storedId) : nullptr) {
            after.id = stored->id;
            changes.update(*stored, after);
        } else {
            changes.insert(after);
        }
        ++written;
    }
    if (written == 0)
        return 0;
    if (!m_ws.execute(tr("Import %n attendance records from %1", nullptr, written).arg(source), std::move(changes),
                      error))
        return -1;
    return written;
}

} // namespace assure
