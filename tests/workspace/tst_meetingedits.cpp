// Meetings in the workspace: attendance recorded, changed and cleared with undo, one record per
// member and meeting, deleting a person or a meeting taking what hangs on it (a sub-group with
// meetings refused), the threshold setting, and the year's attendance gathered with the threshold.
#include "storage/repository.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestMeetingEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void attendanceSetChangedClearedAndUndone();
    void oneRecordPerMemberAndMeeting();
    void deletesTakeWhatHangsOnThem();
    void thresholdSetting();
    void yearGathered();
    void seatsAtAMeeting();

private:
    qint64 addPerson(const QString &name, qint64 agencyId);
    qint64 addSeat(qint64 personId, qint64 agencyId, qint64 body = 0, QDate from = {}, QDate to = {});
    qint64 addMeeting(const QDate &date, qint64 body = 0);
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_council = 0;
    qint64 m_police = 0;
    qint64 m_qa = 0;
};

void TestMeetingEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("meetings.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    for (const QString &name : {QStringLiteral("Fenholt Council"), QStringLiteral("Westmere Police")}) {
        Agency a;
        a.name = name;
        QVERIFY(m_ws->add(a));
    }
    m_council = m_ws->items<Agency>().at(0).id;
    m_police = m_ws->items<Agency>().at(1).id;
    SubGroup s;
    s.name = QStringLiteral("Quality Assurance");
    QVERIFY(m_ws->add(s));
    m_qa = m_ws->items<SubGroup>().at(0).id;
}

qint64 TestMeetingEdits::addPerson(const QString &name, qint64 agencyId)
{
    Person p;
    p.name = name;
    p.agencyId = agencyId;
    if (!m_ws->add(p))
        return 0;
    return m_ws->items<Person>().at(m_ws->items<Person>().size() - 1).id;
}

qint64 TestMeetingEdits::addSeat(qint64 personId, qint64 agencyId, qint64 body, QDate from, QDate to)
{
    Membership m;
    m.personId = personId;
    m.agencyId = agencyId;
    m.subGroupId = body;
    m.from = from;
    m.to = to;
    QString error;
    if (!m_ws->add(m, &error))
        qWarning() << error;
    return m_ws->items<Membership>().at(m_ws->items<Membership>().size() - 1).id;
}

qint64 TestMeetingEdits::addMeeting(const QDate &date, qint64 body)
{
    Meeting m;
    m.date = date;
    m.subGroupId = body;
    if (!m_ws->add(m))
        return 0;
    return m_ws->items<Meeting>().at(m_ws->items<Meeting>().size() - 1).id;
}

void TestMeetingEdits::attendanceSetChangedClearedAndUndone()
{
    const qint64 seat = addSeat(addPerson(QStringLiteral("Priya Shah"), m_council), m_council);
    const qint64 meeting = addMeeting(QDate(2026, 5, 12));
    MeetingEdits edits(*m_ws);
    QVERIFY(edits.setAttendance(meeting, seat, AttendanceStatus::Present));
    QCOMPARE(edits.attendance(meeting, seat)->status, AttendanceStatus::Present);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Record attendance of Priya Shah"));
    QVERIFY(edits.setAttendance(meeting, seat, AttendanceStatus::Deputy));
    QCOMPARE(edits.attendance(meeting, seat)->status, AttendanceStatus::Deputy);
    QCOMPARE(onDisk<Attendance>(), size_t(1));
    m_ws->undoStack()->undo();
    QCOMPARE(edits.attendance(meeting, seat)->status, AttendanceStatus::Present);
    QVERIFY(edits.setAttendance(meeting, seat, std::nullopt));
    QVERIFY(!edits.attendance(meeting, seat));
    QCOMPARE(onDisk<Attendance>(), size_t(0));
    m_ws->undoStack()->undo();
    QCOMPARE(edits.attendance(meeting, seat)->status, AttendanceStatus::Present);
    QCOMPARE(onDisk<Attendance>(), size_t(1));
}

void TestMeetingEdits::oneRecordPerMemberAndMeeting()
{
    const qint64 seat = addSeat(addPerson(QStringLiteral("Priya Shah"), m_council), m_council);
    const qint64 meeting = addMeeting(QDate(2026, 5, 12));
    QVERIFY(MeetingEdits(*m_ws).setAttendance(meeting, seat, AttendanceStatus::Present));
    Attendance again;
    again.meetingId = meeting;
    again.membershipId = seat;
    again.status = AttendanceStatus::Absent;
    QString error;
    QVERIFY(!m_ws->add(again, &error));
    QVERIFY2(error.contains(QStringLiteral("already recorded")), qPrintable(error));
    QCOMPARE(onDisk<Attendance>(), size_t(1));
}

void TestMeetingEdits::deletesTakeWhatHangsOnThem()
{
    const qint64 priya = addPerson(QStringLiteral("Priya Shah"), m_council);
    const qint64 boardSeat = addSeat(priya, m_council);
    const qint64 qaSeat = addSeat(priya, m_council, m_qa);
    const qint64 board = addMeeting(QDate(2026, 5, 12));
    const qint64 qa = addMeeting(QDate(2026, 6, 3), m_qa);
    MeetingEdits edits(*m_ws);
    QVERIFY(edits.setAttendance(board, boardSeat, AttendanceStatus::Present));
    QVERIFY(edits.setAttendance(qa, qaSeat, AttendanceStatus::Present));

    // A sub-group with meetings on record is not deleted, and says why.
    QString error;
    QVERIFY(!m_ws->remove<SubGroup>(m_qa, &error));
    QVERIFY2(error.contains(QStringLiteral("1 meetings on record")), qPrintable(error));
    QCOMPARE(onDisk<Meeting>(), size_t(2));

    // Once its meeting is gone (with its attendance), deleting it takes its seats; undo gives all back.
    QVERIFY(m_ws->remove<Meeting>(qa));
    QCOMPARE(onDisk<Attendance>(), size_t(1));
    QVERIFY2(m_ws->remove<SubGroup>(m_qa, &error), qPrintable(error));
    QCOMPARE(onDisk<Membership>(), size_t(1));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<Attendance>(), size_t(2));
    QCOMPARE(m_ws->items<Meeting>().size(), 2);
    QCOMPARE(m_ws->items<Membership>().size(), 2);

    // Deleting the agency keeps the seat without it.
    QVERIFY(m_ws->remove<Agency>(m_council));
    QCOMPARE(m_ws->items<Membership>().find(boardSeat)->agencyId, qint64(0));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Membership>().find(boardSeat)->agencyId, m_council);

    // Deleting the person takes both seats and their attendance; the meetings stay.
    QVERIFY(m_ws->remove<Person>(priya));
    QCOMPARE(onDisk<Membership>(), size_t(0));
    QCOMPARE(onDisk<Attendance>(), size_t(0));
    QCOMPARE(onDisk<Meeting>(), size_t(2));
}

void TestMeetingEdits::thresholdSetting()
{
    MeetingEdits edits(*m_ws);
    QCOMPARE(m_ws->items<MeetingSettings>().value().thresholdPercent, 75);
    QVERIFY(edits.setThreshold(80));
    QCOMPARE(m_ws->items<MeetingSettings>().value().thresholdPercent, 80);
    QString error;
    QVERIFY(!edits.setThreshold(0, &error));
    QVERIFY(!error.isEmpty());
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<MeetingSettings>().value().thresholdPercent, 75);
}

void TestMeetingEdits::yearGathered()
{
    // The council has two members; the police's member joined in August.
    const qint64 a = addSeat(addPerson(QStringLiteral("Priya Shah"), m_council), m_council);
    const qint64 b = addSeat(addPerson(QStringLiteral("Tom Reed"), m_council), m_council);
    const qint64 c = addSeat(addPerson(QStringLiteral("Ann Cole"), m_police), m_police, 0, QDate(2026, 8, 1));
    const qint64 m1 = addMeeting(QDate(2026, 5, 12));
    const qint64 m2 = addMeeting(QDate(2026, 8, 11));
    const qint64 m3 = addMeeting(QDate(2026, 11, 10));
    addMeeting(QDate(2027, 2, 9));
    MeetingEdits edits(*m_ws);
    QVERIFY(edits.setAttendance(m1, a, AttendanceStatus::Present));
    QVERIFY(edits.setAttendance(m2, b, AttendanceStatus::Deputy));
    QVERIFY(edits.setAttendance(m3, a, AttendanceStatus::Apologies));
    QVERIFY(edits.setAttendance(m2, c, AttendanceStatus::Present));

    // Judged on 22 November: three meetings held.
    AttendanceYear year = gatherAttendance(*m_ws, 2026, QDate(2026, 11, 22));
    QCOMPARE(year.last, QDate(2026, 11, 22));
    QCOMPARE(year.agencies.size(), size_t(2));
    QCOMPARE(year.agencies[0].agency, QStringLiteral("Fenholt Council"));
    QCOMPARE(year.agencies[0].rate, (AttendanceRate{3, 2}));
    QVERIFY(year.agencies[0].below); // 66.7% < 75%
    QCOMPARE(year.agencies[1].rate, (AttendanceRate{2, 1}));
    QVERIFY(year.agencies[1].below);
    QCOMPARE(year.belowCount(), 2);
    QCOMPARE(year.members.size(), size_t(3));
    QCOMPARE(year.members[0].member, QStringLiteral("Ann Cole"));
    QCOMPARE(year.members[0].rate, (AttendanceRate{2, 1}));

    QVERIFY(edits.setThreshold(50));
    year = gatherAttendance(*m_ws, 2026, QDate(2026, 11, 22));
    QCOMPARE(year.belowCount(), 0);
}

void TestMeetingEdits::seatsAtAMeeting()
{
    addSeat(addPerson(QStringLiteral("Tom Reed"), m_council), m_council);
    const qint64 ann = addSeat(addPerson(QStringLiteral("Ann Cole"), m_police), m_police);
    addSeat(addPerson(QStringLiteral("Left Early"), m_police), m_police, 0, {}, QDate(2026, 4, 30));
    addSeat(addPerson(QStringLiteral("Qa Only"), m_police), m_police, m_qa);
    Meeting m;
    m.date = QDate(2026, 5, 12);
    const std::vector<qint64> seats = seatsAt(*m_ws, m);
    QCOMPARE(seats.size(), size_t(2));
    QCOMPARE(seats.front(), ann); // by name
}

QTEST_GUILESS_MAIN(TestMeetingEdits)
#include "tst_meetingedits.moc"
