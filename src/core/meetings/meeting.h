// Membership of the board and its sub-groups, their meetings and who attended each (issue 18, part 2).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// Whether a member's vote counts in the board's decisions.
enum class MemberVoice { Voting, Advisory };

QString memberVoiceKey(MemberVoice voice);
std::optional<MemberVoice> memberVoiceFromKey(const QString &key);
QString memberVoiceLabel(MemberVoice voice);
QList<MemberVoice> allMemberVoices();

// A person's seat on one body (the board, or one sub-group) for an agency, over a span of days.
struct Membership
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 agencyId = 0;   // the agency they sit for; 0: none (an independent chair)
    qint64 subGroupId = 0; // the body: 0 is the board itself
    QString role;          // "Chair", "Member"...
    MemberVoice voice = MemberVoice::Voting;
    QDate from; // invalid: a member from before the board kept records
    QDate to;   // invalid: still a member

    // Whether they were a member on day d (from and to both included).
    bool coversDay(const QDate &d) const;

    // What stops it being saved: a person; an end not before the start.
    QStringList problems() const;
    bool operator==(const Membership &o) const;
    bool operator!=(const Membership &o) const { return !(*this == o); }
};

// A meeting of the board or of one of its sub-groups.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    qint64 subGroupId = 0; // 0: the board itself
    QString title;
    QString notes;

    // What stops it being saved: a date.
    QStringList problems() const;
    bool operator==(const Meeting &o) const
    {
        return id == o.id && date == o.date && subGroupId == o.subGroupId && title == o.title && notes == o.notes;
    }
    bool operator!=(const Meeting &o) const { return !(*this == o); }
};

// How a member answered a meeting: there, sent apologies, sent a deputy, or neither.
enum class AttendanceStatus { Present, Apologies, Deputy, Absent };

QString attendanceStatusKey(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceStatusFromKey(const QString &key);
QString attendanceStatusLabel(AttendanceStatus status);
QList<AttendanceStatus> allAttendanceStatuses();

// One member's attendance at one meeting; a member with none recorded did not attend.
struct Attendance
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 membershipId = 0;
    AttendanceStatus status = AttendanceStatus::Present;

    QStringList problems() const;
    bool operator==(const Attendance &o) const
    {
        return id == o.id && meetingId == o.meetingId && membershipId == o.membershipId && status == o.status;
    }
    bool operator!=(const Attendance &o) const { return !(*this == o); }
};

// The numbers a board chooses for attendance (one set per board: Meetings > Board settings).
struct MeetingSettings
{
    int thresholdPercent = 75; // a rate below this share of meetings is highlighted

    // What stops them being saved: a threshold from 1% to 100%.
    QStringList problems() const;
    bool operator==(const MeetingSettings &o) const { return thresholdPercent == o.thresholdPercent; }
    bool operator!=(const MeetingSettings &o) const { return !(*this == o); }
};

} // namespace assure
