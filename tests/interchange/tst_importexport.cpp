// Export and import together: exported measurements and indicators import back unchanged, in CSV and XLSX; templates.
#include "interchange/importboard.h"
#include "interchange/indicators/indicatorimport.h"
#include "interchange/indicators/measurementexport.h"
#include "interchange/indicators/measurementimport.h"
#include "interchange/tablefile.h"
#include "interchange/xlsxreader.h"

#include "testsupport/filebytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

QList<Indicator> boardIndicators()
{
    QList<Indicator> out;
    const ImportContext board = testing::importBoard();
    for (const char *code : {"CP-05", "CP-01", "CP-02", "CP-03", "CP-04"})
        out.append(*board.indicator(QString::fromLatin1(code)));
    return out;
}

Measurement measurement(qint64 indicator, const char *key, std::optional<double> value, const QString &commentary,
                        DataQuality quality = DataQuality::Validated, std::optional<double> numerator = std::nullopt,
                        std::optional<double> denominator = std::nullopt)
{
    Measurement m = testing::makeMeasurement(indicator, key, value);
    m.commentary = commentary;
    m.quality = quality;
    m.numerator = numerator;
    m.denominator = denominator;
    return m;
}

// Every shape a stored measurement takes.
QList<Measurement> boardMeasurements()
{
    return {
        measurement(1, "2026-Q2", 81.2, QStringLiteral("Up, after the audit; \"stretched\" teams\nsecond line")),
        measurement(1, "2026-Q1", 87.5, QString(), DataQuality::Provisional, 35, 40),
        measurement(1, "2025-Q4", 0.1 + 0.2, QStringLiteral("=not a formula")),
        measurement(2, "2026-04", 12, QStringLiteral("- a bullet that a spreadsheet would take for a formula")),
        measurement(2, "2026-05", 1234567.891, QStringLiteral("£ and é and “quotes”"), DataQuality::Estimated),
        measurement(2, "2026-06", std::nullopt, QStringLiteral("Awaiting the new system")),
        measurement(2, "2027-01", -3, QString()),
        measurement(3, "2026-Q3", 1e-7, QString()),
        measurement(4, "2026-Y", 1200.5, QStringLiteral("Spend per case")),
        measurement(5, "2026-10", 12.5, QString(), DataQuality::Validated, 1, 8),
    };
}

QList<Target> boardTargets()
{
    return {
        Target{1, QStringLiteral("2026-Q1"), 90},
        Target{1, QStringLiteral("2026-Q3"), 85}, // ahead of the data
        Target{1, QStringLiteral("2026-Y"), 88},  // a whole year's, for a quarterly indicator
        Target{4, QStringLiteral("2026-Y"), 1000},
    };
}

ImportContext emptyBoard()
{
    ImportContext context(4);
    for (const Indicator &ind : boardIndicators())
        context.addIndicator(ind);
    const ImportContext board = testing::importBoard();
    for (qint64 id : {1, 2}) {
        Agency agency;
        agency.id = id;
        agency.name = board.agencyName(id);
        context.addAgency(agency);
    }
    return context;
}

ImportContext fullBoard()
{
    ImportContext context = emptyBoard();
    for (const Measurement &m : boardMeasurements())
        context.addMeasurement(m);
    for (const Target &t : boardTargets())
        context.addTarget(t);
    return context;
}

SourceTable readBack(const QString &path)
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table)
        qFatal("cannot read back %s: %s", qPrintable(path), qPrintable(error));
    return *table;
}

bool sameMeasurement(const Measurement &a, const Measurement &b)
{
    return a.indicatorId == b.indicatorId && a.periodKey == b.periodKey && sameNumber(a.value, b.value) &&
           sameNumber(a.numerator, b.numerator) && sameNumber(a.denominator, b.denominator) &&
           a.commentary == b.commentary && a.quality == b.quality;
}

QHash<qint64, QString> agencyNames()
{
    return {{1, QStringLiteral("Children's Services")}, {2, QStringLiteral("Police")}};
}

} // namespace

class TestImportExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measurementsRoundTrip_data();
    void measurementsRoundTrip();
    void measurementsIntoAnEmptyBoard_data();
    void measurementsIntoAnEmptyBoard();
    void measurementRowsInOrder();
    void indicatorsRoundTrip_data();
    void indicatorsRoundTrip();
    void templates_data();
    void templates();
    void csvTemplateBytes();
    void unknownSuffix();
};

void TestImportExport::measurementsRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV") << "measurements.csv";
    QTest::newRow("XLSX") << "measurements.xlsx";
}

void TestImportExport::measurementsRoundTrip()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY2(exportMeasurements(path, boardIndicators(), boardMeasurements(), boardTargets(), 4, &error),
             qPrintable(error));
    const MeasurementImportPlan plan = planMeasurementImport(readBack(path), fullBoard());
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QVERIFY(plan.warnings.isEmpty());
    // One row per measurement, plus the targets without one: Q3 and the two years' (CP-04's
    // year target shares its row with the measurement).
    QCOMPARE(plan.rows.size(), 12);
    for (const MeasurementImportRow &row : plan.rows)
        QVERIFY2(row.status == ImportStatus::Unchanged,
                 qPrintable(QStringLiteral("row %1 %2: %3 %4")
                                .arg(row.rowNumber)
                                .arg(row.code, importStatusKey(row.status), row.reason)));
    QCOMPARE(plan.counts.unchanged, 12);
}

void TestImportExport::measurementsIntoAnEmptyBoard_data()
{
    measurementsRoundTrip_data();
}

void TestImportExport::measurementsIntoAnEmptyBoard()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(exportMeasurements(path, boardIndicators(), boardMeasurements(), boardTargets()));
    const MeasurementImportPlan plan = planMeasurementImport(readBack(path), emptyBoard());
    QCOMPARE(plan.counts.created, 12);

    QList<Measurement> measurements;
    QList<Target> targets;
    for (const MeasurementImportRow &row : plan.rows) {
        if (row.measurement)
            measurements.append(*row.measurement);
        if (row.target)
            targets.append(*row.target);
    }
    const QList<Measurement> expected = boardMeasurements();
    QCOMPARE(measurements.size(), expected.size());
    for (const Measurement &m : expected) {
        const auto found = std::find_if(measurements.cbegin(), measurements.cend(), [&](const Measurement &x) {
            return x.indicatorId == m.indicatorId && x.periodKey == m.periodKey;
        });
        QVERIFY2(found != measurements.cend(), qPrintable(m.periodKey));
        QVERIFY2(sameMeasurement(*found, m), qPrintable(m.periodKey + QLatin1Char(' ') + found->commentary));
        if (name.endsWith(QLatin1String(".csv")))
            QCOMPARE(*found, m); // CSV keeps every bit of a double
    }
    QCOMPARE(targets.size(), boardTargets().size());
    for (const Target &t : boardTargets())
        QVERIFY(targets.contains(t));
}

void TestImportExport::measurementRowsInOrder()
{
    const QList<QVariantList> rows = measurementExportRows(boardIndicators(), boardMeasurements(), boardTargets());
    QStringList shown;
    for (const QVariantList &row : rows)
        shown.append(row.at(0).toString() + QLatin1Char(' ') + row.at(1).toString());
    QCOMPARE(shown, (QStringList{QStringLiteral("CP-01 2025/26 Q4"), QStringLiteral("CP-01 2026/27 Q1"),
                                 QStringLiteral("CP-01 2026/27"), QStringLiteral("CP-01 2026/27 Q2"),
                                 QStringLiteral("CP-01 2026/27 Q3"), QStringLiteral("CP-02 Apr 2026"),
                                 QStringLiteral("CP-02 May 2026"), QStringLiteral("CP-02 Jun 2026"),
                                 QStringLiteral("CP-02 Jan 2027"), QStringLiteral("CP-03 2026/27 Q3"),
                                 QStringLiteral("CP-04 2026/27"), QStringLiteral("CP-05 Oct 2026")}));
    QCOMPARE(rows.at(1), (QVariantList{QStringLiteral("CP-01"), QStringLiteral("2026/27 Q1"), 87.5, 90.0, 35.0, 40.0,
                                       QVariant(), QStringLiteral("provisional")}));
    // A target without a measurement has no data quality.
    QCOMPARE(rows.at(2), (QVariantList{QStringLiteral("CP-01"), QStringLiteral("2026/27"), QVariant(), 88.0, QVariant(),
                                       QVariant(), QVariant(), QVariant()}));
}

void TestImportExport::indicatorsRoundTrip_data()
{
    measurementsRoundTrip_data();
}

void TestImportExport::indicatorsRoundTrip()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QList<Indicator> indicators = boardIndicators();
    indicators[0].definition = QStringLiteral("Visits, within 10 working days,\nof a plan starting");
    indicators[0].annualTarget = 95.5;
    QString error;
    QVERIFY2(exportIndicators(path, indicators, agencyNames(), &error), qPrintable(error));

    ImportContext board = emptyBoard();
    for (const Indicator &ind : std::as_const(indicators))
        board.addIndicator(ind);
    const IndicatorImportPlan same = planIndicatorImport(readBack(path), board);
    QVERIFY2(same.isUsable(), qPrintable(same.error));
    QCOMPARE(same.counts.unchanged, 5);
    QCOMPARE(same.counts.total(), 5);

    ImportContext agenciesOnly(4);
    for (qint64 id : {1, 2}) {
        Agency agency;
        agency.id = id;
        agency.name = agencyNames().value(id);
        agenciesOnly.addAgency(agency);
    }
    const IndicatorImportPlan fresh = planIndicatorImport(readBack(path), agenciesOnly);
    QCOMPARE(fresh.counts.created, 5);
    for (const IndicatorImportRow &row : fresh.rows) {
        const auto original = std::find_if(indicators.cbegin(), indicators.cend(),
                                           [&](const Indicator &i) { return i.code == row.indicator.code; });
        QVERIFY(original != indicators.cend());
        Indicator expected = *original;
        expected.id = 0;
        QCOMPARE(row.indicator, expected);
    }
}

void TestImportExport::templates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("measurements");
    QTest::newRow("measurements CSV") << "template.csv" << true;
    QTest::newRow("measurements XLSX") << "template.xlsx" << true;
    QTest::newRow("indicators CSV") << "template.csv" << false;
    QTest::newRow("indicators XLSX") << "template.xlsx" << false;
}

void TestImportExport::templates()
{
    QFETCH(QString, name);
    QFETCH(bool, measurements);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY2(measurements ? writeMeasurementTemplate(path, 4, &error) : writeIndicatorTemplate(path, &error),
             qPrintable(error));
    const SourceTable table = readBack(path);
    const QStringList header =
        measurements
            ? QStringList{QStringLiteral("Indicator code"), QStringLiteral("Period"),
                          QStringLiteral("Value"),          QStringLiteral("Target"),
                          QStringLiteral("Numerator"),      QStringLiteral("Denominator"),
                          QStringLiteral("Commentary"),     QStringLiteral("Data quality")}
            : QStringList{QStringLiteral("Code"),         QStringLiteral("Title"),        QStringLiteral("Definition"),
                          QStringLiteral("Unit"),         QStringLiteral("Polarity"),     QStringLiteral("Frequency"),
                          QStringLiteral("Owner agency"), QStringLiteral("Annual target")};
    QCOMPARE(table.header(), header);
    QCOMPARE(header, measurements ? measurementExportHeader() : indicatorExportHeader());
    QVERIFY(table.rows().isEmpty());
    if (measurements) {
        const MeasurementImportPlan plan = planMeasurementImport(table, testing::importBoard());
        QVERIFY(plan.isUsable());
        QVERIFY(plan.rows.isEmpty());
    } else {
        const IndicatorImportPlan plan = planIndicatorImport(table, testing::importBoard());
        QVERIFY(plan.isUsable());
        QVERIFY(plan.rows.isEmpty());
    }

    if (name.endsWith(QLatin1String(".xlsx"))) {
        XlsxReader reader;
        reader.setSheetName(QStringLiteral("Guidance"));
        const std::optional<SourceTable> guidance = reader.readFile(path);
        QVERIFY2(guidance, qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(),
                 (QStringList{measurements ? QStringLiteral("Measurements") : QStringLiteral("Indicators"),
                              QStringLiteral("Guidance")}));
        QCOMPARE(guidance->header().first(), QStringLiteral("Column"));
        QCOMPARE(guidance->rows().size(), header.size() + 1);
        for (qsizetype i = 0; i < header.size(); ++i)
            QCOMPARE(guidance->rows().at(i).cell(0), header.at(i));
        if (measurements) {
            const SourceRow &period = guidance->rows().at(1);
            QCOMPARE(period.cell(1), QStringLiteral("yes"));
            QVERIFY(period.cell(2).startsWith(QLatin1String("Month, Quarter")));
            QVERIFY(period.cell(3).contains(QLatin1String("2026/27 Q2")));
            QVERIFY(period.cell(3).contains(QLatin1String("30/09/2026")));
        }
    }
}

void TestImportExport::csvTemplateBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(writeMeasurementTemplate(path));
    QCOMPARE(test::readFile(path),
             QByteArray("\xEF\xBB\xBFIndicator code,Period,Value,Target,Numerator,Denominator,Commentary,"
                        "Data quality\r\n"));
}

void TestImportExport::unknownSuffix()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("out.ods"));
    QVERIFY(!writeMeasurementTemplate(path, 4, &error));
    QCOMPARE(error, QStringLiteral("“%1” is neither a .csv nor an .xlsx file").arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!readTableFile(path, &error));
    QCOMPARE(tableFormatFor(QStringLiteral("A.XLSX")), std::optional<TableFormat>(TableFormat::Xlsx));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
