// Plans an import of meeting attendance from a spreadsheet (issue 18, part 7).
#include "interchange/meetings/attendanceimport.h"

#include "core/quotedtext.h"
#include "core/valueformat.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QPair>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::AttendanceImport)
};

enum Column { Date, MeetingBody, Member, AgencyName, Status };

std::optional<AttendanceStatus> statusFromWords(const QString &cell)
{
    for (const AttendanceStatus s : allAttendanceStatuses())
        if (cell.compare(attendanceStatusKey(s), Qt::CaseInsensitive) == 0 ||
            cell.compare(attendanceStatusLabel(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

} // namespace

QList<ImportColumn> attendanceImportColumns()
{
    return {
        {QStringLiteral("date"), {QStringLiteral("meeting date")}, true},
        {QStringLiteral("meeting"), {QStringLiteral("body")}, true},
        {QStringLiteral("member"), {QStringLiteral("name")}, true},
        {QStringLiteral("agency"), {QStringLiteral("organisation")}, true},
        {QStringLiteral("status"), {QStringLiteral("attendance")}, true},
    };
}

QStringList AttendanceImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

AttendanceImportPlan planAttendanceImport(const SourceTable &table, const AttendanceImportContext &context)
{
    AttendanceImportPlan plan;
    const ColumnLayout layout = locateColumns(table, attendanceImportColumns());
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;

    // What is stored: meetings by (body, day), records by (meeting, membership), seats by person.
    QHash<QPair<qint64, QDate>, qint64> meetingIds;
    for (const Meeting &m : context.meetings)
        if (!meetingIds.contains({m.subGroupId, m.date}))
            meetingIds.insert({m.subGroupId, m.date}, m.id);
    QHash<QPair<qint64, qint64>, const Attendance *> stored;
    for (const Attendance &a : context.attendance)
        stored.insert({a.meetingId, a.membershipId}, &a);
    QHash<qint64, QList<const Membership *>> seats;
    for (const Membership &m : context.memberships)
        seats[m.personId].append(&m);

    // Rows already planned, by (body, day, membership), so that a second row for one seat is refused.
    QHash<QPair<QPair<qint64, QDate>, qint64>, int> seen;

    for (const SourceRow &source : table.rows()) {
        const auto cell = [&](int c) { return importedText(source.cell(layout.columns.at(c))); };
        AttendanceImportRow row;
        row.rowNumber = source.number;
        QStringList reasons;

        const QString dateText = cell(Date);
        const ParsedDate date = parseDate(dateText);
        if (dateText.isEmpty())
            reasons << Tr::tr("date is blank");
        else if (!date.isValid())
            reasons << Tr::tr("date %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)").arg(QuotedText::quote(dateText));
        row.date = date.date;

        const QString body = cell(MeetingBody);
        bool bodyKnown = true;
        if (body.isEmpty() || context.boardNames.contains(body.toLower())) {
            row.subGroupId = 0;
        } else if (const auto it = context.subGroupIds.constFind(body.toLower()); it != context.subGroupIds.cend()) {
            row.subGroupId = *it;
        } else {
            bodyKnown = false;
            reasons << Tr::tr("meeting %1 is not the board or one of its sub-groups").arg(QuotedText::quote(body));
        }
        const QString bodyName = body.isEmpty() ? Tr::tr("the board") : body;

        const QString agencyText = cell(AgencyName);
        qint64 agencyId = 0;
        bool agencyKnown = true;
        if (!agencyText.isEmpty()) {
            agencyId = context.agencyIds.value(agencyText.toLower());
            if (agencyId == 0) {
                agencyKnown = false;
                reasons << Tr::tr("agency %1 is not an agency of this board").arg(QuotedText::quote(agencyText));
            }
        }

        const QString name = cell(Member);
        const QList<qint64> people = context.personIds.value(name.toLower());
        if (name.isEmpty()) {
            reasons << Tr::tr("member is blank");
        } else if (people.isEmpty()) {
            reasons << Tr::tr("member %1 is not a person on this board").arg(QuotedText::quote(name));
        } else if (row.date.isValid() && bodyKnown && agencyKnown) {
            // Their seat on that body on that day, for that agency (two people may share a name).
            QList<const Membership *> found;
            for (const qint64 personId : people)
                for (const Membership *m : seats.value(personId))
                    if (m->subGroupId == row.subGroupId && m->coversDay(row.date) && m->agencyId == agencyId)
                        found.append(m);
            const QString day = ValueFormat().date(row.date);
            if (found.isEmpty() && agencyText.isEmpty())
                reasons << Tr::tr("member %1 was not a member of %2 on %3 sitting for no agency")
                               .arg(QuotedText::quote(name), bodyName, day);
            else if (found.isEmpty())
                reasons << Tr::tr("member %1 was not a member of %2 for %3 on %4")
                               .arg(QuotedText::quote(name), bodyName, agencyText, day);
            else if (found.size() > 1)
                reasons << Tr::tr("member %1 names %2 members of %3 on %4; it cannot say which")
                               .arg(QuotedText::quote(name))
                               .arg(found.size())
                               .arg(bodyName, day);
            else
                row.membershipId = found.constFirst()->id;
        }

        const QString statusText = cell(Status);
        row.written = QStringList{dateText, body, name, agencyText, statusText};
        if (const auto status = statusFromWords(statusText))
            row.attendance = *status;
        else
            reasons << Tr::tr("status %1 is not a status (present, apologies, deputy, absent)")
                           .arg(QuotedText::quote(statusText));

        if (reasons.isEmpty()) {
            const QPair<qint64, QDate> meetingKey{row.subGroupId, row.date};
            const auto key = qMakePair(meetingKey, row.membershipId);
            if (const int first = seen.value(key); first != 0) {
                reasons << Tr::tr("row %1 already gives this member's attendance at this meeting").arg(first);
            } else {
                seen.insert(key, row.rowNumber);
                row.meetingId = meetingIds.value(meetingKey);
                const Attendance *was = row.meetingId ? stored.value({row.meetingId, row.membershipId}) : nullptr;
                row.storedId = was ? was->id : 0;
                row.status = !was                            ? ImportStatus::New
                             : was->status == row.attendance ? ImportStatus::Unchanged
                                                             : ImportStatus::Update;
            }
        }
        if (!reasons.isEmpty()) {
            row.status = ImportStatus::Rejected;
            row.reason = joinReasons(reasons);
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
