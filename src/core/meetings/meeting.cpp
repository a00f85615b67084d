// Membership, meetings and attendance: their names and what stops them being saved.
#include "core/meetings/meeting.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kVoiceNames = enumNames<MemberVoice>(
    "assure::Meeting", {
                           {MemberVoice::Voting, u"voting", QT_TRANSLATE_NOOP("assure::Meeting", "Voting")},
                           {MemberVoice::Advisory, u"advisory", QT_TRANSLATE_NOOP("assure::Meeting", "Advisory")},
                       });

constexpr auto kStatusNames = enumNames<AttendanceStatus>(
    "assure::Meeting",
    {
        {AttendanceStatus::Present, u"present", QT_TRANSLATE_NOOP("assure::Meeting", "Present")},
        {AttendanceStatus::Apologies, u"apologies", QT_TRANSLATE_NOOP("assure::Meeting", "Apologies")},
        {AttendanceStatus::Deputy, u"deputy", QT_TRANSLATE_NOOP("assure::Meeting", "Deputy sent")},
        {AttendanceStatus::Absent, u"absent", QT_TRANSLATE_NOOP("assure::Meeting", "Absent")},
    });

// Q_DECLARE_TR_FUNCTIONS, so that lupdate files these strings under the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Meeting)
};

} // namespace

QString memberVoiceKey(MemberVoice voice)
{
    return kVoiceNames.key(voice);
}

std::optional<MemberVoice> memberVoiceFromKey(const QString &key)
{
    return kVoiceNames.fromKey(key);
}

QString memberVoiceLabel(MemberVoice voice)
{
    return kVoiceNames.label(voice);
}

QList<MemberVoice> allMemberVoices()
{
    return kVoiceNames.values();
}

QString attendanceStatusKey(AttendanceStatus status)
{
    return kStatusNames.key(status);
}

std::optional<AttendanceStatus> attendanceStatusFromKey(const QString &key)
{
    return kStatusNames.fromKey(key);
}

QString attendanceStatusLabel(AttendanceStatus status)
{
    return kStatusNames.label(status);
}

QList<AttendanceStatus> allAttendanceStatuses()
{
    return kStatusNames.values();
}

bool Membership::coversDay(const QDate &d) const
{
    return (!from.isValid() || from <= d) && (!to.isValid() || d <= to);
}

QStringList Membership::problems() const
{
    QStringList out;
    if (personId == 0)
        out << Tr::tr("The membership needs a person.");
    if (from.isValid() && to.isValid() && to < from)
        out << Tr::tr("A membership cannot end before it starts.");
    return out;
}

bool Membership::operator==(const Membership &o) const
{
    return id == o.id && personId == o.personId && agencyId == o.agencyId && subGroupId == o.subGroupId &&
           role == o.role && voice == o.voice && from == o.from && to == o.to;
}

QStringList Meeting::problems() const
{
    QStringList out;
    if (!date.isValid())
        out << Tr::tr("The meeting needs a date.");
    return out;
}

QStringList Attendance::problems() const
{
    QStringList out;
    if (meetingId == 0 || membershipId == 0)
        out << Tr::tr("Attendance needs a meeting and a member.");
    return out;
}

QStringList MeetingSettings::problems() const
{
    QStringList out;
    if (thresholdPercent < 1 || thresholdPercent > 100)
        out << Tr::tr("The attendance threshold must be from 1% to 100%.");
    return out;
}

} // namespace assure
