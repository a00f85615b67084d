// The board pack's Attendance section: on the demo, every agency with a rate is listed and exactly
// those below the board's threshold are marked, on a page of its own; a board that keeps no
// meetings has no such section; a changed threshold changes the marks.
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingedits.h"

#include <QApplication>
#include <QTest>

using namespace assure;
using namespace assure::test;

class TestAttendanceSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agenciesListedAndBelowMarked();
    void thresholdChangesTheMarks();
    void noMeetingsNoSection();

private:
    // The text of the pack's attendance page; empty when it has none.
    QString attendancePage(Workspace &ws, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_period;
};

void TestAttendanceSection::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
    m_period = *Period::parse(QStringLiteral("2026/27 Q2"));
}

QString TestAttendanceSection::attendancePage(Workspace &ws, const QString &name)
{
    const QString pdf = m_dir.filePath(name);
    QString error;
    if (!exportReport(ws, reportRequest(ReportKind::BoardPack, m_period, ReportFormat::Pdf), pdf, &error)) {
        qWarning() << "not written:" << error;
        return {};
    }
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    for (int p = 2; p <= pages; ++p) {
        const QString text = pdfText(pdf, p);
        if (text.contains(QStringLiteral("the board and its sub-groups held")))
            return text;
    }
    return {};
}

void TestAttendanceSection::agenciesListedAndBelowMarked()
{
    const AttendanceYear year = gatherAttendance(*m_ws, 2026, reportDay());
    QVERIFY(year.belowCount() >= 1);
    const QString page = attendancePage(*m_ws, QStringLiteral("pack.pdf"));
    QVERIFY(!page.isEmpty());
    QVERIFY(page.contains(QStringLiteral("Attendance\n")));
    const QString simple = page.simplified();
    QVERIFY2(simple.contains(QStringLiteral("held %1 meetings. %2 of the %3 agencies")
                                 .arg(year.meetingsHeld)
                                 .arg(year.belowCount())
                                 .arg(year.agencies.size())),
             qPrintable(simple.left(400)));
    for (const AgencyAttendanceRow &a : year.agencies)
        QVERIFY2(simple.contains(a.agency), qPrintable(a.agency));
    QCOMPARE(int(page.count(QStringLiteral("Below 75%"))), year.belowCount());
}

void TestAttendanceSection::thresholdChangesTheMarks()
{
    QVERIFY(MeetingEdits(*m_ws).setThreshold(95));
    const AttendanceYear year = gatherAttendance(*m_ws, 2026, reportDay());
    const QString page = attendancePage(*m_ws, QStringLiteral("pack95.pdf"));
    m_ws->undoStack()->undo();
    QVERIFY(year.belowCount() > gatherAttendance(*m_ws, 2026, reportDay()).belowCount());
    QCOMPARE(int(page.count(QStringLiteral("Below 95%"))), year.belowCount());
    QVERIFY(!page.contains(QStringLiteral("Below 75%")));
}

void TestAttendanceSection::noMeetingsNoSection()
{
    Board b;
    b.name = QStringLiteral("A board that keeps no meetings");
    OpenResult r;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("empty.assure")), b, &r);
    QVERIFY2(ws, qPrintable(r.message));
    QVERIFY(attendancePage(*ws, QStringLiteral("empty.pdf")).isEmpty());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("empty.pdf"))));
}

QTEST_MAIN(TestAttendanceSection)
#include "tst_attendancesection.moc"
