// How memberships, meetings, attendance and the board's meeting settings map to their tables.
#pragma once

#include "core/meetings/meeting.h"
#include "storage/tablemapping.h"

#include <QDate>

namespace assure {

namespace meetingcolumns {
// A day as the file holds it: 'YYYY-MM-DD', '' when not given.
inline QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}
} // namespace meetingcolumns

template <> struct TableMapping<Membership> : RowIdKey
{
    static QString table() { return QStringLiteral("membership"); }
    static QStringList columns()
    {
        return {QStringLiteral("person_id"), QStringLiteral("agency_id"), QStringLiteral("sub_group_id"),
                QStringLiteral("role"),      QStringLiteral("voice"),     QStringLiteral("from_date"),
                QStringLiteral("to_date")};
    }
    static auto values(const Membership &m)
    {
        using meetingcolumns::day;
        return columnValues(m.personId, NullableId{m.agencyId}, NullableId{m.subGroupId}, m.role,
                            memberVoiceKey(m.voice), day(m.from), day(m.to));
    }
    static Membership read(const Row &r)
    {
        using meetingcolumns::day;
        Membership m;
        m.id = r.integer(0);
        m.personId = r.integer(1);
        m.agencyId = r.integer(2);
        m.subGroupId = r.integer(3);
        m.role = r.text(4);
        m.voice = memberVoiceFromKey(r.text(5)).value_or(MemberVoice::Voting);
        m.from = day(r.text(6));
        m.to = day(r.text(7));
        return m;
    }
};

template <> struct TableMapping<Meeting> : RowIdKey
{
    static QString table() { return QStringLiteral("meeting"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"), QStringLiteral("sub_group_id"), QStringLiteral("title"),
                QStringLiteral("notes")};
    }
    static auto values(const Meeting &m)
    {
        return columnValues(meetingcolumns::day(m.date), NullableId{m.subGroupId}, m.title, m.notes);
    }
    static Meeting read(const Row &r)
    {
        Meeting m;
        m.id = r.integer(0);
        m.date = meetingcolumns::day(r.text(1));
        m.subGroupId = r.integer(2);
        m.title = r.text(3);
        m.notes = r.text(4);
        return m;
    }
};

template <> struct TableMapping<Attendance> : RowIdKey
{
    static QString table() { return QStringLiteral("attendance"); }
    static QStringList columns()
    {
        return {QStringLiteral("meeting_id"), QStringLiteral("membership_id"), QStringLiteral("status")};
    }
    static auto values(const Attendance &a)
    {
        return columnValues(a.meetingId, a.membershipId, attendanceStatusKey(a.status));
    }
    static Attendance read(const Row &r)
    {
        Attendance a;
        a.id = r.integer(0);
        a.meetingId = r.integer(1);
        a.membershipId = r.integer(2);
        a.status = attendanceStatusFromKey(r.text(3)).value_or(AttendanceStatus::Absent);
        return a;
    }
};

// The settings are the single row with id 1.
template <> struct TableMapping<MeetingSettings>
{
    static constexpr bool kRowId = false;
    static QString table() { return QStringLiteral("meeting_settings"); }
    static QStringList keys() { return {QStringLiteral("id")}; }
    static auto keyValues(const MeetingSettings &) { return columnValues(qint64(1)); }
    static QStringList columns() { return {QStringLiteral("threshold_percent")}; }
    static auto values(const MeetingSettings &s) { return columnValues(s.thresholdPercent); }
    static MeetingSettings read(const Row &r)
    {
        MeetingSettings s;
        s.thresholdPercent = int(r.integer(1));
        return s;
    }
};

} // namespace assure
