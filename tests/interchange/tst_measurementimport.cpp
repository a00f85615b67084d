// Measurement import planning: every malformed kind on its own row, header aliases, periods, conflicts, XLSX, scale.
#include "interchange/cellparse.h"
#include "interchange/csvreader.h"
#include "interchange/importboard.h"
#include "interchange/indicators/measurementimport.h"
#include "interchange/xlsxfilewriter.h"
#include "interchange/xlsxreader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ASSURE_TEST_DATA "/interchange/") + QLatin1String(name);
}

SourceTable readCsv(const QByteArray &bytes)
{
    CsvReader reader;
    const std::optional<SourceTable> table = reader.read(bytes, QStringLiteral("test.csv"));
    if (!table)
        qFatal("unreadable test CSV: %s", qPrintable(reader.errorString()));
    return *table;
}

SourceTable readCsvFile(const QString &path)
{
    CsvReader reader;
    const std::optional<SourceTable> table = reader.readFile(path);
    if (!table)
        qFatal("unreadable fixture: %s", qPrintable(reader.errorString()));
    return *table;
}

const MeasurementImportRow *rowNumbered(const MeasurementImportPlan &plan, int number)
{
    for (const MeasurementImportRow &row : plan.rows)
        if (row.rowNumber == number)
            return &row;
    return nullptr;
}

// The malformed fixture as a workbook: numbers as number cells, dates as date cells, the rest
// as text, each on the row it had in the CSV file.
bool writeXlsxLike(const SourceTable &table, const QString &path)
{
    XlsxFileWriter writer;
    const int sheet = writer.addSheet(QStringLiteral("Measurements"), table.header());
    int next = table.headerRowNumber() + 1;
    for (const SourceRow &row : table.rows()) {
        for (; next < row.number; ++next)
            writer.addRow(sheet, {});
        QVariantList cells;
        for (const QString &cell : row.cells) {
            const ParsedNumber number = parseNumber(cell);
            const ParsedDate date = parseDate(cell);
            if (number.isValid() && !number.percent)
                cells.append(number.value);
            else if (date.isValid())
                cells.append(date.date);
            else
                cells.append(cell);
        }
        writer.addRow(sheet, cells);
        ++next;
    }
    return writer.write(path);
}

} // namespace

class TestMeasurementImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedFixture_data();
    void malformedFixture();
    void malformedFixtureSummary();
    void acceptedRowsHoldWhatTheFileSays();
    void replaceOption();
    void targetConflict();
    void replaceHintIsTheCallersWords();
    void headerAliases_data();
    void headerAliases();
    void missingColumn();
    void doubledColumn();
    void shadowedAliasIsAWarning();
    void headerOnly();
    void dates_data();
    void dates();
    void calendarYearBoard();
    void xlsxGivesTheSamePlan();
    void largeFile();
    void randomTablesNeverCrash();
};

void TestMeasurementImport::malformedFixture_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");

    const auto add = [](int row, const char *status, const QString &reason = QString()) {
        QTest::addRow("row %d", row) << row << QString::fromLatin1(status) << reason;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    add(2, "new");
    add(3, "unchanged");
    add(4, "new"); // quoted comma and line break: one row
    add(5, "rejected", s("unknown indicator code “CP99”"));
    add(6, "rejected",
        s("“Sept 26” is not a period: write a year (2026/27), a quarter (2026/27 Q2) or a month (Sep 2026)"));
    add(7, "rejected", s("value “n/a” is not a number"));
    add(8, "rejected", s("duplicate of row 4"));
    add(9, "rejected", s("2026/27 Q2 already holds 81.2; this row says 79.0 (use --replace to overwrite)"));
    add(10, "rejected", s("a quarterly indicator cannot take a monthly period “Sep 2026”"));
    add(11, "new"); // 30/09/2026 on a quarterly indicator: 2026/27 Q2
    add(13, "update", s("updates value"));
    add(14, "rejected", s("nothing to import: the value, target and commentary are blank"));
    add(15, "new");
    add(16, "new"); // a year's target on a quarterly indicator
    add(17, "rejected", s("give both the numerator and the denominator, or neither"));
    add(18, "rejected", s("the denominator cannot be zero"));
    add(19, "rejected", s("value “5%” has a % sign, but CP-03 is not a percentage indicator"));
    add(20, "rejected", s("data quality “checked” is not one of validated, provisional, estimated"));
    add(21, "new");
    add(22, "new");
    add(23, "new");
    add(24, "rejected", s("“31/09/2026” is not a date: September 2026 has 30 days"));
    add(25, "new");
    add(26, "rejected", s("a monthly indicator cannot take a quarterly period “2026/27 Q2”"));
    add(27, "rejected",
        s("a monthly indicator cannot take a yearly period “2026/27” (a year row may only set a target)"));
    add(28, "rejected", s("no indicator code"));
    add(29, "rejected", s("no period"));
    add(30, "rejected",
        s("unknown indicator code “CP99”; “Sept 26” is not a period: write a year (2026/27), a quarter "
          "(2026/27 Q2) or a month (Sep 2026); value “n/a” is not a number"));
    add(31, "rejected",
        s("value “12,34” is not a number: commas may only separate thousands, as in 1,234 (decimals take a "
          "point)"));
}

void TestMeasurementImport::malformedFixture()
{
    QFETCH(int, row);
    QFETCH(QString, status);
    QFETCH(QString, reason);

    const MeasurementImportPlan plan =
        planMeasurementImport(readCsvFile(fixture("measurements-malformed.csv")), testing::importBoard());
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    const MeasurementImportRow *found = rowNumbered(plan, row);
    QVERIFY(found);
    QCOMPARE(importStatusKey(found->status), status);
    if (status == QLatin1String("rejected") || !reason.isEmpty())
        QCOMPARE(found->reason, reason);
    if (status == QLatin1String("rejected")) {
        QVERIFY(!found->measurement);
        QVERIFY(!found->target);
    } else {
        QVERIFY(found->measurement || found->target);
    }
}

void TestMeasurementImport::malformedFixtureSummary()
{
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsvFile(fixture("measurements-malformed.csv")), testing::importBoard());
    QVERIFY(plan.warnings.isEmpty());
    QCOMPARE(plan.rows.size(), 29); // 31 rows less the header and a row of nothing but commas
    QCOMPARE(plan.counts.created, 9);
    QCOMPARE(plan.counts.updated, 1);
    QCOMPARE(plan.counts.replaced, 0);
    QCOMPARE(plan.counts.unchanged, 1);
    QCOMPARE(plan.counts.rejected, 18);
    QCOMPARE(plan.counts.changing(), 10);
    QCOMPARE(plan.counts.accepted(), 11);
    const QStringList lines = plan.rejectedLines();
    QCOMPARE(lines.size(), 18);
    QCOMPARE(lines.at(0), QStringLiteral("row 5: unknown indicator code “CP99”"));
    QCOMPARE(lines.at(2), QStringLiteral("row 7: value “n/a” is not a number"));
    QCOMPARE(lines.at(3), QStringLiteral("row 8: duplicate of row 4"));
    QCOMPARE(lines.at(4),
             QStringLiteral("row 9: 2026/27 Q2 already holds 81.2; this row says 79.0 (use --replace to overwrite)"));
}

void TestMeasurementImport::acceptedRowsHoldWhatTheFileSays()
{
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsvFile(fixture("measurements-malformed.csv")), testing::importBoard());

    const MeasurementImportRow *r2 = rowNumbered(plan, 2);
    QCOMPARE(r2->code, QStringLiteral("CP-01"));
    QCOMPARE(r2->periodLabel, QStringLiteral("2026/27 Q1"));
    QCOMPARE(r2->measurement->indicatorId, qint64(1));
    QCOMPARE(r2->measurement->periodKey, QStringLiteral("2026-Q1"));
    QCOMPARE(r2->measurement->value, std::optional<double>(87.5));
    QCOMPARE(r2->measurement->numerator, std::optional<double>(35));
    QCOMPARE(r2->measurement->denominator, std::optional<double>(40));
    QCOMPARE(r2->measurement->commentary, QStringLiteral("On track"));
    QCOMPARE(r2->measurement->quality, DataQuality::Validated);
    QCOMPARE(r2->target->value, 90.0); // the same as stored: the row is still new for its value

    const MeasurementImportRow *r4 = rowNumbered(plan, 4);
    QCOMPARE(r4->measurement->value, std::optional<double>(1234));
    QCOMPARE(r4->measurement->commentary,
             QStringLiteral("Rose, mainly in the north locality.\nAudit booked for June."));
    QCOMPARE(r4->measurement->quality, DataQuality::Provisional);
    QVERIFY(!r4->target);

    const MeasurementImportRow *r11 = rowNumbered(plan, 11);
    QCOMPARE(r11->periodLabel, QStringLiteral("2026/27 Q2"));
    QCOMPARE(r11->measurement->periodKey, QStringLiteral("2026-Q2"));

    // Filling a gap keeps the stored commentary.
    const MeasurementImportRow *r13 = rowNumbered(plan, 13);
    QCOMPARE(r13->measurement->value, std::optional<double>(15));
    QCOMPARE(r13->measurement->commentary, QStringLiteral("Awaiting the new system"));

    const MeasurementImportRow *r15 = rowNumbered(plan, 15);
    QCOMPARE(r15->measurement->periodKey, QStringLiteral("2026-Y"));
    QCOMPARE(r15->measurement->value, std::optional<double>(1200.5));
    QCOMPARE(r15->target->value, 1000.0);

    const MeasurementImportRow *r16 = rowNumbered(plan, 16);
    QVERIFY(!r16->measurement);
    QCOMPARE(r16->target->periodKey, QStringLiteral("2026-Y"));
    QCOMPARE(r16->target->value, 88.0);
    QCOMPARE(r16->periodLabel, QStringLiteral("2026/27"));

    const MeasurementImportRow *r21 = rowNumbered(plan, 21);
    QCOMPARE(r21->code, QStringLiteral("CP-02"));
    QCOMPARE(r21->periodLabel, QStringLiteral("Sep 2026"));
    QCOMPARE(r21->measurement->value, std::optional<double>(4));

    QCOMPARE(rowNumbered(plan, 22)->measurement->periodKey, QStringLiteral("2026-10"));
    QCOMPARE(rowNumbered(plan, 22)->periodLabel, QStringLiteral("Oct 2026"));

    const MeasurementImportRow *r23 = rowNumbered(plan, 23);
    QCOMPARE(r23->measurement->value, std::optional<double>(-3));
    QCOMPARE(r23->measurement->commentary, QStringLiteral("- fell after the audit"));

    const MeasurementImportRow *r25 = rowNumbered(plan, 25);
    QVERIFY(!r25->measurement->value);
    QCOMPARE(r25->measurement->commentary, QStringLiteral("No return from the provider"));

    QCOMPARE(rowNumbered(plan, 3)->measurement->value, std::optional<double>(12));
}

void TestMeasurementImport::replaceOption()
{
    ImportOptions options;
    options.replace = true;
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsvFile(fixture("measurements-malformed.csv")), testing::importBoard(), options);
    const MeasurementImportRow *r9 = rowNumbered(plan, 9);
    QCOMPARE(r9->status, ImportStatus::Replace);
    QCOMPARE(r9->reason, QStringLiteral("replaces 81.2 with 79.0"));
    QCOMPARE(r9->measurement->value, std::optional<double>(79));
    QCOMPARE(plan.counts.replaced, 1);
    QCOMPARE(plan.counts.rejected, 17);
    // Replacing changes nothing else: a duplicate stays a duplicate.
    QCOMPARE(rowNumbered(plan, 8)->reason, QStringLiteral("duplicate of row 4"));
}

void TestMeasurementImport::targetConflict()
{
    const SourceTable table = readCsv("Code,Period,Value,Target\n"
                                      "CP-01,2026/27 Q1,,85\n"
                                      "CP-01,2026/27 Q2,81.20000000000001,\n"
                                      "CP-01,2026/27 Q1,,\n");
    MeasurementImportPlan plan = planMeasurementImport(table, testing::importBoard());
    QCOMPARE(plan.rows.at(0).status, ImportStatus::Rejected);
    QCOMPARE(plan.rows.at(0).reason,
             QStringLiteral("2026/27 Q1 already has the target 90; this row says 85 (use --replace to overwrite)"));
    // The same to 15 digits is the same value.
    QCOMPARE(plan.rows.at(1).status, ImportStatus::Unchanged);
    QCOMPARE(plan.rows.at(1).measurement->value, std::optional<double>(81.2));
    QCOMPARE(plan.rows.at(2).reason,
             QStringLiteral("duplicate of row 2; nothing to import: the value, target and commentary are blank"));

    ImportOptions options;
    options.replace = true;
    plan = planMeasurementImport(table, testing::importBoard(), options);
    QCOMPARE(plan.rows.at(0).status, ImportStatus::Replace);
    QCOMPARE(plan.rows.at(0).reason, QStringLiteral("replaces the target 90 with 85"));
    QVERIFY(!plan.rows.at(0).measurement);
    QCOMPARE(plan.rows.at(0).target->value, 85.0);
}

void TestMeasurementImport::replaceHintIsTheCallersWords()
{
    const SourceTable table = readCsv("Code,Period,Value\nCP-01,2026/27 Q2,70\n");
    ImportOptions options;
    options.replaceHint = QStringLiteral("tick “Replace stored values”");
    QCOMPARE(planMeasurementImport(table, testing::importBoard(), options).rows.at(0).reason,
             QStringLiteral("2026/27 Q2 already holds 81.2; this row says 70 (tick “Replace stored values”)"));
    options.replaceHint.clear();
    QCOMPARE(planMeasurementImport(table, testing::importBoard(), options).rows.at(0).reason,
             QStringLiteral("2026/27 Q2 already holds 81.2; this row says 70"));
}

void TestMeasurementImport::headerAliases_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("canonical") << QByteArray("Indicator code,Period,Value,Target,Numerator,Denominator,Commentary,"
                                             "Data quality");
    QTest::newRow("short") << QByteArray("Code,Period,Value,Target,Num,Denom,Comment,Quality");
    QTest::newRow("PI code, month, actual") << QByteArray("PI code,Month,Actual,Target,Numerator,Denominator,Notes,"
                                                          "Status");
    QTest::newRow("any case and spacing") << QByteArray("  INDICATOR   code ,period,RESULT,target,numerator,"
                                                        "DENOMINATOR,comments,data QUALITY");
    QTest::newRow("indicator, quarter") << QByteArray("Indicator,Quarter,Value,Target value,Numerator,Denominator,"
                                                      "Narrative,Data status");
}

void TestMeasurementImport::headerAliases()
{
    QFETCH(QByteArray, header);
    const QByteArray body = "\nCP-01,2026/27 Q3,75,80,3,4,Better,Provisional\n";
    const MeasurementImportPlan plan = planMeasurementImport(readCsv(header + body), testing::importBoard());
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(plan.rows.size(), 1);
    const MeasurementImportRow &row = plan.rows.first();
    QCOMPARE(row.status, ImportStatus::New);
    QCOMPARE(row.measurement->value, std::optional<double>(75));
    QCOMPARE(row.target->value, 80.0);
    QCOMPARE(row.measurement->numerator, std::optional<double>(3));
    QCOMPARE(row.measurement->denominator, std::optional<double>(4));
    QCOMPARE(row.measurement->commentary, QStringLiteral("Better"));
    QCOMPARE(row.measurement->quality, DataQuality::Provisional);
}

void TestMeasurementImport::missingColumn()
{
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsv("Code,Val,Notes\nCP-01,1,x\n"), testing::importBoard());
    QVERIFY(!plan.isUsable());
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(plan.error, QStringLiteral("no “Period” column (also read from “Month”, “Quarter”, “Reporting period”, "
                                        "“Period label”); no “Value” column (also read from “Actual”, “Result”, "
                                        "“Actual value”, “Outturn”); the header row (row 1) has “Code”, “Val”, "
                                        "“Notes”"));
}

void TestMeasurementImport::doubledColumn()
{
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsv("Code,Period,Value,value\nCP-01,2026/27 Q3,1,2\n"), testing::importBoard());
    QVERIFY(!plan.isUsable());
    QCOMPARE(
        plan.error,
        QStringLiteral("the header row (row 1) names “Value” 2 times (columns C, D): rename or remove all but one"));
}

void TestMeasurementImport::shadowedAliasIsAWarning()
{
    const MeasurementImportPlan plan = planMeasurementImport(
        readCsv("Code,Period,Value,Comment,Notes\nCP-01,2026/27 Q3,1,read,ignored\n"), testing::importBoard());
    QVERIFY(plan.isUsable());
    QCOMPARE(plan.warnings,
             QStringList{QStringLiteral("the column “Notes” is not read: “Comment” is read as “Commentary”")});
    QCOMPARE(plan.rows.first().measurement->commentary, QStringLiteral("read"));
}

void TestMeasurementImport::headerOnly()
{
    const MeasurementImportPlan plan =
        planMeasurementImport(readCsv("Indicator code,Period,Value\r\n"), testing::importBoard());
    QVERIFY(plan.isUsable());
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(plan.counts, ImportCounts());
    QVERIFY(plan.rejectedLines().isEmpty());
}

void TestMeasurementImport::dates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");

    QTest::newRow("monthly, UK date") << "CP-02"
                                      << "30/09/2026"
                                      << "2026-09"
                                      << "Sep 2026";
    QTest::newRow("quarterly, UK date") << "CP-03"
                                        << "30/09/2026"
                                        << "2026-Q2"
                                        << "2026/27 Q2";
    QTest::newRow("annual, UK date") << "CP-04"
                                     << "30/09/2026"
                                     << "2026-Y"
                                     << "2026/27";
    QTest::newRow("annual, March is the year before") << "CP-04"
                                                      << "31/03/2027"
                                                      << "2026-Y"
                                                      << "2026/27";
    QTest::newRow("quarterly, ISO date from XLSX") << "CP-03"
                                                   << "2027-01-01"
                                                   << "2026-Q4"
                                                   << "2026/27 Q4";
    QTest::newRow("quarterly, ISO date and time") << "CP-03"
                                                  << "2026-07-01 00:00:00"
                                                  << "2026-Q2"
                                                  << "2026/27 Q2";
    QTest::newRow("quarter first") << "CP-03"
                                   << "Q2 2026/27"
                                   << "2026-Q2"
                                   << "2026/27 Q2";
    QTest::newRow("long month") << "CP-02"
                                << "September 2026"
                                << "2026-09"
                                << "Sep 2026";
    QTest::newRow("ISO month") << "CP-02"
                               << "2026-09"
                               << "2026-09"
                               << "Sep 2026";
    QTest::newRow("Excel's Sep-26 as a date cell") << "CP-02"
                                                   << "2026-09-01"
                                                   << "2026-09"
                                                   << "Sep 2026";
}

void TestMeasurementImport::dates()
{
    QFETCH(QString, code);
    QFETCH(QString, period);
    QFETCH(QString, key);
    QFETCH(QString, label);
    const QString csv = QStringLiteral("Code,Period,Value\n%1,\"%2\",1\n").arg(code, period);
    const MeasurementImportPlan plan = planMeasurementImport(readCsv(csv.toUtf8()), testing::importBoard());
    const MeasurementImportRow &row = plan.rows.first();
    QVERIFY2(row.status == ImportStatus::New, qPrintable(row.reason));
    QCOMPARE(row.measurement->periodKey, key);
    QCOMPARE(row.periodLabel, label);
}

void TestMeasurementImport::calendarYearBoard()
{
    ImportContext context = testing::importBoard();
    context.setFyStartMonth(1);
    const MeasurementImportPlan plan = planMeasurementImport(
        readCsv("Code,Period,Value\nCP-04,2026,1\nCP-03,2026 Q2,2\nCP-03,30/06/2026,3\nCP-04,2026/27,4\n"), context);
    QCOMPARE(plan.rows.at(0).measurement->periodKey, QStringLiteral("2026-Y"));
    QCOMPARE(plan.rows.at(1).measurement->periodKey, QStringLiteral("2026-Q2"));
    QCOMPARE(plan.rows.at(1).periodLabel, QStringLiteral("2026 Q2"));
    QCOMPARE(plan.rows.at(2).status, ImportStatus::Rejected); // 30/06/2026 is in 2026 Q2 on a calendar-year board
    QCOMPARE(plan.rows.at(2).reason, QStringLiteral("duplicate of row 3"));
    QCOMPARE(plan.rows.at(3).reason,
             QStringLiteral("“2026/27” spans two years, but this board's year runs January to December: write 2026"));
}

void TestMeasurementImport::xlsxGivesTheSamePlan()
{
    const SourceTable csv = readCsvFile(fixture("measurements-malformed.csv"));
    QTemporaryDir dir;
    const QString built = dir.filePath(QStringLiteral("measurements-malformed.xlsx"));
    QVERIFY(writeXlsxLike(csv, built));
    // ASSURE_WRITE_FIXTURES=folder keeps the workbook, to refresh the committed fixture.
    if (const QByteArray out = qgetenv("ASSURE_WRITE_FIXTURES"); !out.isEmpty())
        QVERIFY(writeXlsxLike(csv, QFile::decodeName(out) + QStringLiteral("/measurements-malformed.xlsx")));

    for (const QString &path : {built, fixture("measurements-malformed.xlsx")}) {
        XlsxReader reader;
        const std::optional<SourceTable> xlsx = reader.readFile(path);
        QVERIFY2(xlsx, qPrintable(reader.errorString()));
        QCOMPARE(xlsx->rows().size(), csv.rows().size());
        const MeasurementImportPlan a = planMeasurementImport(csv, testing::importBoard());
        const MeasurementImportPlan b = planMeasurementImport(*xlsx, testing::importBoard());
        QCOMPARE(b.counts, a.counts);
        for (qsizetype i = 0; i < a.rows.size(); ++i) {
            const MeasurementImportRow &x = a.rows.at(i);
            const MeasurementImportRow &y = b.rows.at(i);
            const QString where = QStringLiteral("row %1").arg(x.rowNumber);
            QVERIFY2(y.rowNumber == x.rowNumber, qPrintable(where));
            QVERIFY2(y.status == x.status, qPrintable(where + QLatin1Char(' ') + y.reason));
            QVERIFY2(y.measurement == x.measurement, qPrintable(where));
            QVERIFY2(y.target == x.target, qPrintable(where));
            QVERIFY2(y.code == x.code, qPrintable(where));
            // Reasons quote cells, which read differently only where a number or date cell
            // shows its value in a different way ("1,234" -> "1234", "30/09/2026" -> "2026-09-30").
            if (csv.rows().at(i).cells == xlsx->rows().at(i).cells)
                QVERIFY2(y.reason == x.reason, qPrintable(where + QLatin1String(": ") + y.reason));
        }
        QCOMPARE(rowNumbered(b, 9)->reason,
                 QStringLiteral("2026/27 Q2 already holds 81.2; this row says 79 (use --replace to overwrite)"));
    }
}

void TestMeasurementImport::largeFile()
{
    // A scale check, not a timing: ASSURE_IMPORT_ROWS=100000 with a release build gives the figure.
    bool ok = false;
    int rows = qEnvironmentVariableIntValue("ASSURE_IMPORT_ROWS", &ok);
    if (!ok || rows <= 0)
        rows = 20000;
    ImportContext context(4);
    constexpr int kIndicators = 500;
    for (int i = 0; i < kIndicators; ++i) {
        Indicator ind = testing::makeIndicator(i + 1, "", "t", Frequency::Monthly, Unit::Percent);
        ind.code = QStringLiteral("PI-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        context.addIndicator(ind);
    }
    QByteArray csv = "Indicator code,Period,Value,Target,Commentary,Data quality\r\n";
    csv.reserve(rows * 60);
    for (int r = 0; r < rows; ++r) {
        const int indicator = r % kIndicators + 1;
        const int months = r / kIndicators; // a new month once every indicator has one
        const QDate month = QDate(2000, 4, 1).addMonths(months);
        csv += QStringLiteral("PI-%1,%2,%3%,90,\"Commentary, for row %4\",validated\r\n")
                   .arg(indicator, 3, 10, QLatin1Char('0'))
                   .arg(QLocale::c().toString(month, QStringLiteral("MMM yyyy")))
                   .arg(50 + r % 500 / 10.0)
                   .arg(r)
                   .toUtf8();
    }
    csv += "PI-001,Apr 2000,1,,,\r\n"; // the first row again

    QElapsedTimer timer;
    timer.start();
    const SourceTable table = readCsv(csv);
    const qint64 readMs = timer.restart();
    const MeasurementImportPlan plan = planMeasurementImport(table, context);
    const qint64 planMs = timer.elapsed();
    qInfo("%d rows: read %lld ms, planned %lld ms", rows + 1, readMs, planMs);

    QCOMPARE(plan.rows.size(), rows + 1);
    QCOMPARE(plan.counts.created, rows);
    QCOMPARE(plan.counts.rejected, 1);
    QCOMPARE(plan.rows.last().reason, QStringLiteral("duplicate of row 2"));
}

void TestMeasurementImport::randomTablesNeverCrash()
{
    const QStringList pool = {
        QString(),
        QStringLiteral("CP-01"),
        QStringLiteral("cp-02"),
        QStringLiteral("CP-04"),
        QStringLiteral("2026/27 Q2"),
        QStringLiteral("Sep 2026"),
        QStringLiteral("30/02/2026"),
        QStringLiteral("2026/27"),
        QStringLiteral("9999-12-31"),
        QStringLiteral("0001-01-01"),
        QStringLiteral("Q9 2026/27"),
        QStringLiteral("87.5%"),
        QStringLiteral("1e308"),
        QStringLiteral("1e309"),
        QStringLiteral("-0"),
        QStringLiteral("(12)"),
        QStringLiteral("n/a"),
        QStringLiteral("0"),
        QStringLiteral("estimated"),
        QStringLiteral("'=SUM(A1)"),
        QString(QChar(0xFEFF)),
        QStringLiteral("\""),
        QStringLiteral("2199/00 Q4"),
        QStringLiteral("Dec 2199"),
        QStringLiteral("31/12/2199"),
    };
    QRandomGenerator random(2026);
    const QStringList header = {QStringLiteral("Code"),       QStringLiteral("Period"),
                                QStringLiteral("Value"),      QStringLiteral("Target"),
                                QStringLiteral("Numerator"),  QStringLiteral("Denominator"),
                                QStringLiteral("Commentary"), QStringLiteral("Quality")};
    for (int round = 0; round < 50; ++round) {
        QList<SourceRow> rows;
        for (int r = 0; r < 40; ++r) {
            SourceRow row;
            row.number = r + 2;
            const int cells = static_cast<int>(random.bounded(10));
            for (int c = 0; c < cells; ++c)
                row.cells.append(pool.at(static_cast<int>(random.bounded(static_cast<int>(pool.size())))));
            rows.append(row);
        }
        SourceRow head;
        head.number = 1;
        head.cells = header;
        ImportOptions options;
        options.replace = round % 2 == 0;
        const MeasurementImportPlan plan =
            planMeasurementImport(SourceTable(QString(), head, rows), testing::importBoard(), options);
        QCOMPARE(plan.counts.total(), 40);
        for (const MeasurementImportRow &row : plan.rows)
            QCOMPARE(row.status == ImportStatus::Rejected, !row.reason.isEmpty() && !row.measurement && !row.target);
    }
}

QTEST_GUILESS_MAIN(TestMeasurementImport)
#include "tst_measurementimport.moc"
