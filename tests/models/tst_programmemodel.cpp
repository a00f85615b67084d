// The audit programme's table and calendar over one financial year: both pass Qt's model tester
// through edits and undo; every occurrence is due in the months its frequency says; the statuses
// read on a day (planned, due, overdue, done, skipped); a move shows the new month and says moved;
// the calendar's months start at the board's first month of the year; table and calendar agree;
// the chips' colours read with their words and stay apart in greyscale.
#include "core/statuspalette.h"
#include "models/audits/programmecalendarmodel.h"
#include "models/audits/programmemodel.h"
#include "workspace/audits/auditedits.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestProgrammeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void quarterlyEntryFallsDueEachQuarter();
    void statusesReadOnADay();
    void moveSkipAndUndoShowInBoth();
    void demoTableAndCalendarAgree();
    void monthsStartWithTheBoardsYear();
    void chipsReadInGreyscale();

private:
    QStringList calendarRow(const ProgrammeCalendarModel &calendar, qint64 entryId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_entry = 0;
    const QDate m_today{2026, 11, 22};
};

void TestProgrammeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("programme.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    ProgrammeEntry e;
    e.subject = QStringLiteral("Multi-agency case audit");
    e.category = ProgrammeCategory::MonitoringAudit;
    e.frequency = ProgrammeFrequency::Quarterly;
    e.lead = QStringLiteral("County Community Safety Unit");
    QVERIFY(m_ws->add(e));
    m_entry = m_ws->items<ProgrammeEntry>().at(0).id;
}

QStringList TestProgrammeModel::calendarRow(const ProgrammeCalendarModel &calendar, qint64 entryId) const
{
    for (int r = 0; r < calendar.rowCount(); ++r) {
        if (calendar.index(r, 0).data(ProgrammeModel::EntryIdRole).toLongLong() != entryId)
            continue;
        QStringList cells;
        for (int c = ProgrammeCalendarModel::FirstMonth; c < ProgrammeCalendarModel::ColumnCount; ++c)
            cells << calendar.index(r, c).data().toString();
        return cells;
    }
    return {};
}

void TestProgrammeModel::quarterlyEntryFallsDueEachQuarter()
{
    ProgrammeModel table(m_ws.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setAsOf(m_today);
    table.setYear(2026);
    QCOMPARE(table.rowCount(), 4);
    QStringList months;
    for (int r = 0; r < table.rowCount(); ++r)
        months << table.index(r, ProgrammeModel::DueMonth).data().toString();
    QCOMPARE(months, (QStringList{QStringLiteral("Jun 2026"), QStringLiteral("Sep 2026"), QStringLiteral("Dec 2026"),
                                  QStringLiteral("Mar 2027")}));
    QCOMPARE(table.index(0, ProgrammeModel::Subject).data().toString(), QStringLiteral("Multi-agency case audit"));
    QCOMPARE(table.index(0, ProgrammeModel::CategoryColumn).data().toString(),
             programmeCategoryLabel(ProgrammeCategory::MonitoringAudit));
    QCOMPARE(table.index(0, ProgrammeModel::FrequencyColumn).data().toString(),
             programmeFrequencyLabel(ProgrammeFrequency::Quarterly));
    QCOMPARE(table.index(0, ProgrammeModel::LeadColumn).data().toString(),
             QStringLiteral("County Community Safety Unit"));

    ProgrammeCalendarModel calendar(m_ws.get());
    QAbstractItemModelTester calendarTester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    calendar.setAsOf(m_today);
    QCOMPARE(calendar.rowCount(), 1);
    QCOMPARE(calendar.columnCount(), 13);
    const QString overdue = occurrenceStatusLabel(OccurrenceStatus::Overdue);
    const QString planned = occurrenceStatusLabel(OccurrenceStatus::Planned);
    QCOMPARE(calendarRow(calendar, m_entry),
             (QStringList{QString(), QString(), overdue, QString(), QString(), overdue, QString(), QString(), planned,
                          QString(), QString(), planned}));
}

void TestProgrammeModel::statusesReadOnADay()
{
    ProgrammeEntry monthly;
    monthly.subject = QStringLiteral("Neglect dip sample");
    monthly.frequency = ProgrammeFrequency::Monthly;
    QVERIFY(m_ws->add(monthly));
    const qint64 id = m_ws->items<ProgrammeEntry>().at(1).id;
    QString error;
    QVERIFY2(AuditEdits(*m_ws).markDone(id, QDate(2026, 9, 1), 0, QDate(2026, 9, 20), &error), qPrintable(error));
    QVERIFY2(AuditEdits(*m_ws).skip(id, QDate(2026, 8, 1), QStringLiteral("Team moved office"), &error),
             qPrintable(error));

    ProgrammeModel table(m_ws.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setAsOf(m_today);
    const auto statusOf = [&](const QDate &due) {
        const int row = table.rowOf(id, due);
        return row < 0 ? QString() : table.index(row, ProgrammeModel::StatusColumn).data().toString();
    };
    QCOMPARE(statusOf(QDate(2026, 8, 1)), occurrenceStatusLabel(OccurrenceStatus::Skipped));
    QCOMPARE(statusOf(QDate(2026, 9, 1)), occurrenceStatusLabel(OccurrenceStatus::Done));
    QCOMPARE(statusOf(QDate(2026, 10, 1)), occurrenceStatusLabel(OccurrenceStatus::Overdue));
    QCOMPARE(statusOf(QDate(2026, 11, 1)), occurrenceStatusLabel(OccurrenceStatus::Due));
    QCOMPARE(statusOf(QDate(2026, 12, 1)), occurrenceStatusLabel(OccurrenceStatus::Planned));
    const int skipped = table.rowOf(id, QDate(2026, 8, 1));
    QCOMPARE(table.index(skipped, ProgrammeModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Skipped: Team moved office"));
    // The year's counts: 12 monthly and 4 quarterly occurrences.
    const std::array<int, 5> counts = table.programme().counts();
    QCOMPARE(counts[size_t(OccurrenceStatus::Done)], 1);
    QCOMPARE(counts[size_t(OccurrenceStatus::Skipped)], 1);
    QCOMPARE(counts[size_t(OccurrenceStatus::Due)], 1);
    QCOMPARE(counts[size_t(OccurrenceStatus::Overdue)], 5 + 2); // Apr to Jul and Oct; the Jun and Sep quarters
    QCOMPARE(counts[size_t(OccurrenceStatus::Planned)], 4 + 2);
    // The next year has nothing done yet; its occurrences are all planned.
    table.setYear(2027);
    QCOMPARE(table.rowCount(), 16);
    QCOMPARE(table.programme().counts()[size_t(OccurrenceStatus::Planned)], 16);
}

void TestProgrammeModel::moveSkipAndUndoShowInBoth()
{
    ProgrammeModel table(m_ws.get());
    ProgrammeCalendarModel calendar(m_ws.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester calendarTester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setAsOf(m_today);
    calendar.setAsOf(m_today);
    const QStringList before = calendarRow(calendar, m_entry);
    QString error;
    QVERIFY2(AuditEdits(*m_ws).move(m_entry, QDate(2026, 12, 1), QDate(2027, 1, 1), &error), qPrintable(error));
    const int row = table.rowOf(m_entry, QDate(2026, 12, 1));
    QCOMPARE(table.index(row, ProgrammeModel::DueMonth).data().toString(),
             QStringLiteral("Jan 2027 (moved from Dec 2026)"));
    QStringList moved = calendarRow(calendar, m_entry);
    QCOMPARE(moved.at(8), QStringLiteral("→ Jan"));
    QCOMPARE(moved.at(9), occurrenceStatusLabel(OccurrenceStatus::Planned));
    QCOMPARE(calendar.cellOf(m_entry, QDate(2026, 12, 1)).column(), ProgrammeCalendarModel::FirstMonth + 9);
    // The month it left has no chip; the month it went to has one.
    QVERIFY(
        !calendar.index(0, ProgrammeCalendarModel::FirstMonth + 8).data(ProgrammeModel::StatusColourRole).isValid());
    QVERIFY(calendar.index(0, ProgrammeCalendarModel::FirstMonth + 9).data(ProgrammeModel::StatusColourRole).isValid());

    // Moved onto the month of the next one: the chip shows the first, the tooltip tells of both.
    QVERIFY2(AuditEdits(*m_ws).move(m_entry, QDate(2026, 12, 1), QDate(2027, 3, 1), &error), qPrintable(error));
    const QModelIndex march = calendar.index(0, ProgrammeCalendarModel::FirstMonth + 11);
    QCOMPARE(march.data().toString(), occurrenceStatusLabel(OccurrenceStatus::Planned));
    QVERIFY2(march.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("and 1 more this month")),
             qPrintable(march.data(Qt::ToolTipRole).toString()));
    m_ws->undoStack()->undo();
    QVERIFY2(AuditEdits(*m_ws).skip(m_entry, QDate(2026, 9, 1), QStringLiteral("Covered by the JTAI"), &error),
             qPrintable(error));
    QCOMPARE(calendarRow(calendar, m_entry).at(5), occurrenceStatusLabel(OccurrenceStatus::Skipped));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(calendarRow(calendar, m_entry), before);
    QCOMPARE(table.index(table.rowOf(m_entry, QDate(2026, 12, 1)), ProgrammeModel::DueMonth).data().toString(),
             QStringLiteral("Dec 2026"));
}

void TestProgrammeModel::demoTableAndCalendarAgree()
{
    m_ws.reset();
    const QString path = m_dir->filePath(QStringLiteral("demo.assure"));
    DemoOptions options;
    options.asOf = m_today;
    QString error;
    QVERIFY2(writeDemoBoard(path, options, &error), qPrintable(error));
    OpenResult r;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    ProgrammeModel table(m_ws.get());
    ProgrammeCalendarModel calendar(m_ws.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester calendarTester(&calendar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setAsOf(m_today);
    calendar.setAsOf(m_today);
    QVERIFY(table.rowCount() > 20);
    QCOMPARE(calendar.rowCount(), m_ws->items<ProgrammeEntry>().size());
    std::array<int, 5> seen{};
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex status = table.index(row, ProgrammeModel::StatusColumn);
        const qint64 entry = status.data(ProgrammeModel::EntryIdRole).toLongLong();
        const QDate due = status.data(ProgrammeModel::DueRole).toDate();
        const QModelIndex cell = calendar.cellOf(entry, due);
        QVERIFY2(cell.isValid(), qPrintable(due.toString(Qt::ISODate)));
        QCOMPARE(cell.data(ProgrammeModel::StatusRole), status.data(ProgrammeModel::StatusRole));
        QCOMPARE(cell.data(ProgrammeModel::AuditIdRole), status.data(ProgrammeModel::AuditIdRole));
        ++seen[size_t(status.data(ProgrammeModel::StatusRole).toInt())];
    }
    // The demo's year has some of every kind, as a chair's year does.
    for (int n : seen)
        QVERIFY(n > 0);
}

void TestProgrammeModel::monthsStartWithTheBoardsYear()
{
    ProgrammeCalendarModel calendar(m_ws.get());
    calendar.setYear(2026);
    QCOMPARE(calendar.headerData(ProgrammeCalendarModel::FirstMonth, Qt::Horizontal).toString(), QStringLiteral("Apr"));
    QCOMPARE(calendar.headerData(ProgrammeCalendarModel::ColumnCount - 1, Qt::Horizontal).toString(),
             QStringLiteral("Mar"));
    QCOMPARE(calendar.headerData(ProgrammeCalendarModel::ColumnCount - 1, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Mar 2027"));
    // A board whose year starts in January has its calendar start there.
    Board b = m_ws->board();
    b.fyStartMonth = 1;
    QVERIFY(m_ws->update(b));
    ProgrammeCalendarModel january(m_ws.get());
    january.setYear(2027);
    QCOMPARE(january.headerData(ProgrammeCalendarModel::FirstMonth, Qt::Horizontal).toString(), QStringLiteral("Jan"));
    QCOMPARE(january.programme().monthAt(11), QDate(2027, 12, 1));
}

void TestProgrammeModel::chipsReadInGreyscale()
{
    QList<int> greys;
    for (OccurrenceStatus s : allOccurrenceStatuses()) {
        const quint32 fill = occurrenceStatusRgb(s);
        QVERIFY2(contrastRatio(fill, textOn(fill)) >= kMinimumTextContrast, qPrintable(occurrenceStatusLabel(s)));
        const int grey = qGray(QRgb(fill));
        for (int other : greys)
            QVERIFY2(std::abs(grey - other) >= 20, qPrintable(occurrenceStatusLabel(s)));
        greys << grey;
    }
}

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programmemodel.moc"
