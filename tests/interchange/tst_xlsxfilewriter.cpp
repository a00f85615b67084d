// XLSX writing: typed cells, the frozen bold header, column widths, failures, and reading back.
#include "interchange/xlsxfilewriter.h"
#include "interchange/xlsxreader.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>
#include <limits>

using assure::SourceTable;
using assure::XlsxFileWriter;
using assure::XlsxReader;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ASSURE_TEST_DATA "/interchange/") + QLatin1String(name);
}

QString describeRows(const SourceTable &table)
{
    QStringList rows;
    for (const auto &row : table.rows())
        rows.append(QString::number(row.number) + QLatin1Char(':') + row.cells.join(u'|'));
    return rows.join(u';');
}

QByteArray part(const QString &path, const QString &name)
{
    QuaZipFile file(path, name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The workbook behind measurements.xlsx: what a measurements export holds.
XlsxFileWriter measurementsWorkbook()
{
    XlsxFileWriter writer;
    const int measurements = writer.addSheet(
        QStringLiteral("Measurements"),
        {QStringLiteral("Indicator code"), QStringLiteral("Period"), QStringLiteral("Value"),
         QStringLiteral("Target"), QStringLiteral("Achievement"), QStringLiteral("Period end"),
         QStringLiteral("Commentary"), QStringLiteral("Data quality"), QStringLiteral("Validated")});
    writer.setColumnFormat(measurements, 4, XlsxFileWriter::ColumnFormat::Percent);
    writer.addRow(measurements, {QStringLiteral("CP-01"), QStringLiteral("Apr 2026"), 87.5, 90,
                                 0.9722222222222222, QDate(2026, 4, 30), QStringLiteral("On track"),
                                 QStringLiteral("Validated"), true});
    writer.addRow(measurements, {QStringLiteral("CP-01"), QStringLiteral("May 2026"), 1234, QVariant(),
                                 QVariant(), QDate(2026, 5, 31),
                                 QStringLiteral("Re-referrals rose, mainly in the north locality.\n"
                                                "Audit booked for June."),
                                 QStringLiteral("Provisional"), false});
    writer.addRow(measurements, {QStringLiteral("CP-02"), QStringLiteral("2026/27 Q1"), 0.125, 0.15,
                                 0.875, QDate(2026, 6, 30), QStringLiteral("Staff said \"stretched\""),
                                 QStringLiteral("Validated"), true});
    writer.addRow(measurements, {QStringLiteral("CP-03"), QStringLiteral("Sep 2026"), QVariant(), 95,
                                 QVariant(), QDate(2026, 9, 30), QStringLiteral("=n/a, not formula"),
                                 QStringLiteral("Estimated"), QVariant()});
    const int indicators = writer.addSheet(
        QStringLiteral("Indicators"),
        {QStringLiteral("Code"), QStringLiteral("Title"), QStringLiteral("Polarity"),
         QStringLiteral("Frequency"), QStringLiteral("Annual target")});
    writer.addRow(indicators, {QStringLiteral("CP-01"),
                               QStringLiteral("Re-referrals to children's social care within 12 months"),
                               QStringLiteral("lower"), QStringLiteral("monthly"), 0.22});
    writer.addRow(indicators, {QStringLiteral("CP-02"),
                               QStringLiteral("Child protection plans lasting two years or more"),
                               QStringLiteral("lower is better"), QStringLiteral("quarterly"), 0.04});
    return writer;
}

const QString kMeasurementRows = QStringLiteral(
    "2:CP-01|Apr 2026|87.5|90|97.2222222222222%|2026-04-30|On track|Validated|TRUE;"
    "3:CP-01|May 2026|1234|||2026-05-31|Re-referrals rose, mainly in the north locality.\n"
    "Audit booked for June.|Provisional|FALSE;"
    "4:CP-02|2026/27 Q1|0.125|0.15|87.5%|2026-06-30|Staff said \"stretched\"|Validated|TRUE;"
    "5:CP-03|Sep 2026||95||2026-09-30|=n/a, not formula|Estimated");

} // namespace

class TestXlsxFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void secondSheet();
    void headerFrozenBoldAndFiltered();
    void datesAreRealDates();
    void columnWidths();
    void blanks();
    void failures_data();
    void failures();
    void failedWriteKeepsOldFile();
    void committedFixtureMatches();
    void manyRows();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestXlsxFileWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("measurements.xlsx"));
    XlsxFileWriter writer = measurementsWorkbook();
    QVERIFY2(writer.write(m_path), qPrintable(writer.errorString()));
    // With ASSURE_UPDATE_FIXTURES set, the committed fixture (a fuzz seed too) is rewritten.
    if (!qEnvironmentVariableIsEmpty("ASSURE_UPDATE_FIXTURES")) {
        QFile::remove(fixture("measurements.xlsx"));
        QVERIFY(QFile::copy(m_path, fixture("measurements.xlsx")));
    }
}

void TestXlsxFileWriter::roundTrip()
{
    XlsxReader reader;
    const auto table = reader.readFile(m_path);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header().join(u'|'),
             QStringLiteral("Indicator code|Period|Value|Target|Achievement|Period end|Commentary|"
                            "Data quality|Validated"));
    QCOMPARE(describeRows(*table), kMeasurementRows);
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Measurements"), QStringLiteral("Indicators")}));
}

void TestXlsxFileWriter::secondSheet()
{
    XlsxReader reader;
    reader.setSheetName(QStringLiteral("Indicators"));
    const auto table = reader.readFile(m_path);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->column(QStringLiteral("annual target")), 4);
    QCOMPARE(table->rows().at(1).cell(2), QStringLiteral("lower is better"));
    QCOMPARE(table->rows().at(1).cell(4), QStringLiteral("0.04"));
}

void TestXlsxFileWriter::headerFrozenBoldAndFiltered()
{
    const QByteArray sheet = part(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet.constData());
    QVERIFY2(sheet.contains("<autoFilter ref=\"A1:I5\"/>"), sheet.constData());
    // Header cells take the second cell format, which is the bold one.
    QVERIFY2(sheet.contains("<c r=\"A1\" s=\"1\" t=\"s\">"), sheet.constData());
    const QByteArray styles = part(m_path, QStringLiteral("xl/styles.xml"));
    QVERIFY2(styles.contains("<b/>"), styles.constData());
}

void TestXlsxFileWriter::datesAreRealDates()
{
    const QByteArray sheet = part(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // 30 September 2026 is day 46295 of Excel's 1900 date system.
    QVERIFY2(sheet.contains("<v>46295</v>"), sheet.constData());
    const QByteArray styles = part(m_path, QStringLiteral("xl/styles.xml"));
    QVERIFY2(styles.contains("formatCode=\"dd/mm/yyyy\""), styles.constData());
    QVERIFY2(styles.contains("formatCode=\"0.0%\""), styles.constData());
}

void TestXlsxFileWriter::columnWidths()
{
    const QByteArray sheet = part(m_path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Commentary (G) is wide, capped at 60; Validated (I) is at least its header.
    QVERIFY2(sheet.contains("<col min=\"7\" max=\"7\" width=\"49.7109375\""), sheet.constData());
    QVERIFY2(sheet.contains("<col min=\"1\" max=\"1\" width=\"17.7109375\""), sheet.constData());
    const QByteArray indicators = part(m_path, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY2(indicators.contains("<col min=\"2\" max=\"2\" width=\"56.7109375\""), indicators.constData());

    // Very long text is capped at 60 characters; a narrow column still gets 8.
    XlsxFileWriter writer;
    const int data = writer.addSheet(QStringLiteral("Data"), {QStringLiteral("Commentary"), QStringLiteral("N")});
    writer.addRow(data, {QString(200, u'x'), 1});
    const QString path = m_dir.filePath(QStringLiteral("widths.xlsx"));
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    const QByteArray wide = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(wide.contains("<col min=\"1\" max=\"1\" width=\"60.7109375\""), wide.constData());
    QVERIFY2(wide.contains("<col min=\"2\" max=\"2\" width=\"8.7109375\""), wide.constData());
}

void TestXlsxFileWriter::blanks()
{
    XlsxFileWriter writer;
    const int sheet = writer.addSheet(QStringLiteral("Data"), {QStringLiteral("A"), QStringLiteral("B"),
                                                               QStringLiteral("C"), QStringLiteral("D")});
    writer.addRow(sheet, {QVariant(), qQNaN(), QString(), 1});
    writer.addRow(sheet, {std::numeric_limits<double>::infinity(), QVariant(), QVariant(), QVariant()});
    writer.addRow(sheet, {QDate(1850, 1, 1), QStringLiteral("x")});
    const QString path = m_dir.filePath(QStringLiteral("blanks.xlsx"));
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    XlsxReader reader;
    const auto table = reader.readFile(path);
    QVERIFY2(table, qPrintable(reader.errorString()));
    // The row of nothing but an infinity is blank, so it is not read back.
    QCOMPARE(describeRows(*table), QStringLiteral("2:|||1;4:1850-01-01|x"));
}

void TestXlsxFileWriter::failures_data()
{
    QTest::addColumn<QStringList>("sheetNames");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QString ok = QStringLiteral("ok.xlsx");
    const QString nameRule = QStringLiteral("cannot be a sheet name: Excel needs a different name for each sheet, "
                                            "of up to 31 characters and without any of [ ] : * ? / \\");
    QTest::newRow("no sheets") << QStringList() << QString() << ok << "the workbook has no sheets";
    QTest::newRow("slash") << QStringList{QStringLiteral("Q2/Q3")} << QString() << ok
                           << QStringLiteral("“Q2/Q3” ") + nameRule;
    QTest::newRow("too long") << QStringList{QString(32, u'x')} << QString() << ok << nameRule;
    QTest::newRow("same name twice")
        << QStringList{QStringLiteral("Data"), QStringLiteral("DATA")} << QString() << ok
        << QStringLiteral("“DATA” ") + nameRule;
    QTest::newRow("empty name") << QStringList{QStringLiteral(" ")} << QString() << ok << nameRule;
    QTest::newRow("text too long")
        << QStringList{QStringLiteral("Data")} << QString(32768, u'a') << ok
        << "the text in cell A2 of the sheet “Data” is longer than Excel allows (32767 characters)";
    QTest::newRow("folder missing") << QStringList{QStringLiteral("Data")} << QString()
                                    << "missing/ok.xlsx" << "cannot write “";
}

void TestXlsxFileWriter::failures()
{
    QFETCH(QStringList, sheetNames);
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, message);
    XlsxFileWriter writer;
    for (const QString &name : sheetNames) {
        const int sheet = writer.addSheet(name, {QStringLiteral("Commentary")});
        if (!text.isEmpty())
            writer.addRow(sheet, {text});
    }
    const QString target = m_dir.filePath(path);
    QVERIFY(!writer.write(target));
    QVERIFY2(writer.errorString().contains(message), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(target));
}

void TestXlsxFileWriter::failedWriteKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.xlsx"));
    QVERIFY(QFile::copy(m_path, path));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    XlsxFileWriter writer;
    writer.addSheet(QStringLiteral("Fine"), {QStringLiteral("A")});
    writer.addSheet(QStringLiteral("Not*fine"), {QStringLiteral("B")});
    QVERIFY(!writer.write(path));

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
}

void TestXlsxFileWriter::committedFixtureMatches()
{
    XlsxReader reader;
    const auto committed = reader.readFile(fixture("measurements.xlsx"));
    QVERIFY2(committed, qPrintable(reader.errorString()));
    QCOMPARE(describeRows(*committed), kMeasurementRows);
}

void TestXlsxFileWriter::manyRows()
{
    constexpr int rowCount = 20000;
    XlsxFileWriter writer;
    const int sheet = writer.addSheet(QStringLiteral("Data"), {QStringLiteral("Code"), QStringLiteral("Value"),
                                                               QStringLiteral("Date")});
    for (int i = 0; i < rowCount; ++i)
        writer.addRow(sheet, {QStringLiteral("CP-%1").arg(i % 500), i * 0.5, QDate(2020, 1, 1).addDays(i % 3000)});
    const QString path = m_dir.filePath(QStringLiteral("many.xlsx"));
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    XlsxReader reader;
    const auto table = reader.readFile(path);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->rows().size(), rowCount);
    QCOMPARE(table->rows().last().number, rowCount + 1);
    QCOMPARE(table->rows().last().cells,
             (QStringList{QStringLiteral("CP-499"), QStringLiteral("9999.5"),
                          QDate(2020, 1, 1).addDays((rowCount - 1) % 3000).toString(Qt::ISODate)}));
}

QTEST_APPLESS_MAIN(TestXlsxFileWriter)
#include "tst_xlsxfilewriter.moc"
