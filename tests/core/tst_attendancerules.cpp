// The attendance rules (issue 18, part 2): a member's rate counts the meetings of their body held
// while they were a member; an agency's counts a meeting as attended when its member or a deputy
// was there, once however many members it has; the threshold at its edge.
#include "core/meetings/attendancerules.h"

#include <QTest>

using namespace assure;

namespace {

const QDate kFirst(2026, 4, 1); // financial year 2026/27
const QDate kLast(2027, 3, 31);
constexpr qint64 kQa = 7; // a sub-group's id

Membership member(qint64 id, qint64 agencyId, qint64 body = 0, QDate from = {}, QDate to = {})
{
    Membership m;
    m.id = id;
    m.personId = id * 10;
    m.agencyId = agencyId;
    m.subGroupId = body;
    m.from = from;
    m.to = to;
    return m;
}

Meeting meeting(qint64 id, const QDate &date, qint64 body = 0)
{
    Meeting m;
    m.id = id;
    m.date = date;
    m.subGroupId = body;
    return m;
}

Attendance att(qint64 meetingId, qint64 membershipId, AttendanceStatus status)
{
    Attendance a;
    a.id = meetingId * 1000 + membershipId;
    a.meetingId = meetingId;
    a.membershipId = membershipId;
    a.status = status;
    return a;
}

// Four board meetings a year, one a quarter.
std::vector<Meeting> quarterly()
{
    return {meeting(1, QDate(2026, 5, 12)), meeting(2, QDate(2026, 8, 11)), meeting(3, QDate(2026, 11, 10)),
            meeting(4, QDate(2027, 2, 9))};
}

AttendanceRate rateOf(const std::vector<MemberAttendance> &rows, qint64 id)
{
    for (const MemberAttendance &r : rows)
        if (r.membershipId == id)
            return r.rate;
    return {-1, -1};
}

AttendanceRate rateOf(const std::vector<AgencyAttendance> &rows, qint64 id)
{
    for (const AgencyAttendance &r : rows)
        if (r.agencyId == id)
            return r.rate;
    return {-1, -1};
}

} // namespace

class TestAttendanceRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deputyCountsForTheAgencyNotTheMember()
    {
        const std::vector<Membership> members = {member(1, 100)};
        const std::vector<Meeting> meetings = quarterly();
        const std::vector<Attendance> a = {att(1, 1, AttendanceStatus::Present), att(2, 1, AttendanceStatus::Deputy),
                                           att(3, 1, AttendanceStatus::Apologies), att(4, 1, AttendanceStatus::Absent)};
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        QCOMPARE(rateOf(memberAttendance(in), 1), (AttendanceRate{4, 1}));
        QCOMPARE(rateOf(agencyAttendance(in), 100), (AttendanceRate{4, 2}));
    }

    void nothingRecordedIsNotAttended()
    {
        const std::vector<Membership> members = {member(1, 100)};
        const std::vector<Meeting> meetings = quarterly();
        const std::vector<Attendance> a = {att(1, 1, AttendanceStatus::Present)};
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        QCOMPARE(rateOf(memberAttendance(in), 1), (AttendanceRate{4, 1}));
    }

    void joinedMidYearCountsOnlyMeetingsSince()
    {
        // Joined on the day of the second meeting (counted), left the day before the fourth.
        const std::vector<Membership> members = {member(1, 100, 0, QDate(2026, 8, 11), QDate(2027, 2, 8))};
        const std::vector<Meeting> meetings = quarterly();
        const std::vector<Attendance> a = {att(2, 1, AttendanceStatus::Present), att(3, 1, AttendanceStatus::Present)};
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        QCOMPARE(rateOf(memberAttendance(in), 1), (AttendanceRate{2, 2}));
        QCOMPARE(rateOf(agencyAttendance(in), 100), (AttendanceRate{2, 2}));
        QVERIFY(!rateOf(memberAttendance(in), 1).isBelow(75));
    }

    void leftOnTheDayOfAMeetingStillCountsIt()
    {
        const std::vector<Membership> members = {member(1, 100, 0, {}, QDate(2026, 11, 10))};
        const std::vector<Meeting> meetings = quarterly();
        const std::vector<Attendance> a;
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        QCOMPARE(rateOf(memberAttendance(in), 1), (AttendanceRate{3, 0}));
    }

    void aBodysMeetingsCountOnlyForItsMembers()
    {
        // Member 1 sits on the board, member 2 (same agency) on the QA sub-group only.
        const std::vector<Membership> members = {member(1, 100), member(2, 100, kQa)};
        std::vector<Meeting> meetings = quarterly();
        meetings.push_back(meeting(5, QDate(2026, 6, 3), kQa));
        meetings.push_back(meeting(6, QDate(2026, 9, 2), kQa));
        const std::vector<Attendance> a = {att(1, 1, AttendanceStatus::Present), att(5, 2, AttendanceStatus::Present)};
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        const auto rows = memberAttendance(in);
        QCOMPARE(rateOf(rows, 1), (AttendanceRate{4, 1}));
        QCOMPARE(rateOf(rows, 2), (AttendanceRate{2, 1}));
        // The agency was due at all six meetings and was at two.
        QCOMPARE(rateOf(agencyAttendance(in), 100), (AttendanceRate{6, 2}));
    }

    void anAgencyWithTwoMembersCountsAMeetingOnce()
    {
        const std::vector<Membership> members = {member(1, 100), member(2, 100), member(3, 200)};
        const std::vector<Meeting> meetings = quarterly();
        // Meeting 1: both there; 2: one of them; 3: the other sent a deputy; 4: neither.
        const std::vector<Attendance> a = {
            att(1, 1, AttendanceStatus::Present),   att(1, 2, AttendanceStatus::Present),
            att(2, 1, AttendanceStatus::Present),   att(2, 2, AttendanceStatus::Apologies),
            att(3, 1, AttendanceStatus::Apologies), att(3, 2, AttendanceStatus::Deputy),
            att(4, 1, AttendanceStatus::Absent),    att(4, 2, AttendanceStatus::Apologies),
            att(1, 3, AttendanceStatus::Present)};
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        const auto agencies = agencyAttendance(in);
        QCOMPARE(agencies.size(), size_t(2));
        QCOMPARE(rateOf(agencies, 100), (AttendanceRate{4, 3}));
        QCOMPARE(rateOf(agencies, 200), (AttendanceRate{4, 1}));
        QVERIFY(!rateOf(agencies, 100).isBelow(75));
        QVERIFY(rateOf(agencies, 200).isBelow(75));
    }

    void onlyTheSpanCounts()
    {
        const std::vector<Membership> members = {member(1, 100)};
        std::vector<Meeting> meetings = quarterly();
        meetings.push_back(meeting(9, QDate(2026, 3, 31))); // last year's
        meetings.push_back(meeting(10, QDate(2027, 4, 1))); // next year's
        const std::vector<Attendance> a = {att(9, 1, AttendanceStatus::Present), att(10, 1, AttendanceStatus::Present)};
        // Judged on 10 November: the meetings of 12 May, 11 August and 10 November are held.
        const AttendanceInput in{members, meetings, a, kFirst, QDate(2026, 11, 10)};
        QCOMPARE(rateOf(memberAttendance(in), 1), (AttendanceRate{3, 0}));
    }

    void noMeetingHeldHasNoRate()
    {
        const std::vector<Membership> members = {member(1, 100, kQa)};
        const std::vector<Meeting> meetings = quarterly();
        const std::vector<Attendance> a;
        const AttendanceInput in{members, meetings, a, kFirst, kLast};
        const AttendanceRate rate = rateOf(memberAttendance(in), 1);
        QCOMPARE(rate, (AttendanceRate{0, 0}));
        QVERIFY(!rate.share());
        QVERIFY(!rate.isBelow(75));
        QVERIFY(agencyAttendance(in).empty()); // its body never met: nothing to judge the agency on
    }

    void thresholdAtItsEdge_data()
    {
        QTest::addColumn<int>("attended");
        QTest::addColumn<int>("meetings");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("below");
        QTest::newRow("3 of 4 at 75% is not below") << 3 << 4 << 75 << false;
        QTest::newRow("2 of 4 at 75% is below") << 2 << 4 << 75 << true;
        QTest::newRow("74 of 100 at 75%") << 74 << 100 << 75 << true;
        QTest::newRow("75 of 100 at 75%") << 75 << 100 << 75 << false;
        QTest::newRow("2 of 3 (66.7%) at 67%") << 2 << 3 << 67 << true;
        QTest::newRow("2 of 3 (66.7%) at 66%") << 2 << 3 << 66 << false;
        QTest::newRow("all at 100%") << 5 << 5 << 100 << false;
        QTest::newRow("0 of 1 at 1%") << 0 << 1 << 1 << true;
    }
    void thresholdAtItsEdge()
    {
        QFETCH(int, attended);
        QFETCH(int, meetings);
        QFETCH(int, threshold);
        QFETCH(bool, below);
        QCOMPARE((AttendanceRate{meetings, attended}).isBelow(threshold), below);
    }

    void shareIsAFraction() { QCOMPARE(*(AttendanceRate{4, 3}).share(), 0.75); }

    void settingsLimits()
    {
        QVERIFY(MeetingSettings{}.problems().isEmpty());
        QCOMPARE(MeetingSettings{}.thresholdPercent, 75);
        QCOMPARE(MeetingSettings{0}.problems().size(), 1);
        QCOMPARE(MeetingSettings{101}.problems().size(), 1);
        QVERIFY(MeetingSettings{100}.problems().isEmpty());
    }

    void membershipProblems()
    {
        Membership m = member(1, 100, 0, QDate(2026, 5, 1), QDate(2026, 4, 30));
        QCOMPARE(m.problems().size(), 1);
        m.to = m.from;
        QVERIFY(m.problems().isEmpty());
        m.personId = 0;
        QCOMPARE(m.problems().size(), 1);
    }

    void statusKeysRoundTrip()
    {
        for (const AttendanceStatus s : allAttendanceStatuses())
            QCOMPARE(attendanceStatusFromKey(attendanceStatusKey(s)), s);
        QCOMPARE(attendanceStatusKey(AttendanceStatus::Deputy), QStringLiteral("deputy"));
        QVERIFY(!attendanceStatusFromKey(QStringLiteral("late")));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRules)
#include "tst_attendancerules.moc"
