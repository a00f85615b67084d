// XLSX reading: cell types, number formats, dates, workbook layout, and damaged files.
#include "interchange/xlsxreader.h"

#include "interchange/xlsxpackage.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using assure::SourceTable;
using assure::XlsxReader;
namespace pkg = assure::testing;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ASSURE_TEST_DATA "/interchange/") + QLatin1String(name);
}

// "1>Code|Value" for the header, "2:A|1;3:B|2" for rows: compact expectations.
QString describeHeader(const SourceTable &table)
{
    return QString::number(table.headerRowNumber()) + QLatin1Char('>') + table.header().join(u'|');
}

QString describeRows(const SourceTable &table)
{
    QStringList rows;
    for (const auto &row : table.rows())
        rows.append(QString::number(row.number) + QLatin1Char(':') + row.cells.join(u'|'));
    return rows.join(u';');
}

const QByteArray kSharedStrings = pkg::sharedStringsXml(
    "<si><t>Code</t></si>"                                                     // 0
    "<si><t>Value</t></si>"                                                    // 1
    "<si><r><t>Re-</t></r><r><rPr><b/></rPr><t>referrals</t></r></si>"        // 2 rich text
    "<si><t>\xE6\xBC\xA2\xE5\xAD\x97</t><rPh sb=\"0\" eb=\"2\"><t>kanji</t></rPh></si>" // 3
    "<si><t>a_x000D_b</t></si>"                                                // 4
    "<si><t xml:space=\"preserve\">  spaced  </t></si>"                        // 5
    "<si><t>_x005F_x0041_</t></si>");                                          // 6

// Cell style indexes used below: 0 General, 1 builtin 14 (date), 2 builtin 9 (0%),
// 3 dd/mm/yyyy, 4 0.0 "days", 5 builtin 22 (date time), 6 builtin 20 (h:mm),
// 7 [$-809]dd mmmm yyyy;@, 8 mmm-yy, 9 #,##0.00 [$€-1], 10 0.0%, 11 [h]:mm:ss,
// 12 [Red]0.00;[Blue]-0.00, 13 builtin 10 (0.00%), 14 yyyy-mm-dd hh:mm, 15 \d0 (escaped d).
const QByteArray kStyles = pkg::stylesXml(
    "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.0 &quot;days&quot;\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[$-809]dd mmmm yyyy;@\"/>"
    "<numFmt numFmtId=\"167\" formatCode=\"mmm-yy\"/>"
    "<numFmt numFmtId=\"168\" formatCode=\"#,##0.00 [$\xE2\x82\xAC-1]\"/>"
    "<numFmt numFmtId=\"169\" formatCode=\"0.0%\"/>"
    "<numFmt numFmtId=\"170\" formatCode=\"[h]:mm:ss\"/>"
    "<numFmt numFmtId=\"171\" formatCode=\"[Red]0.00;[Blue]-0.00\"/>"
    "<numFmt numFmtId=\"172\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
    "<numFmt numFmtId=\"173\" formatCode=\"\\d0\"/>",
    "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"22\"/><xf numFmtId=\"20\"/><xf numFmtId=\"166\"/>"
    "<xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/><xf numFmtId=\"170\"/>"
    "<xf numFmtId=\"171\"/><xf numFmtId=\"10\"/><xf numFmtId=\"172\"/><xf numFmtId=\"173\"/>");

const QByteArray kHeaderRow =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";

// A header row and one row of numbers in the given style.
QByteArray numberRow(const QByteArray &style, const QList<QByteArray> &values)
{
    QByteArray row = kHeaderRow + "<row r=\"2\">";
    char column = 'A';
    for (const QByteArray &value : values)
        row += "<c r=\"" + QByteArray(1, column++) + "2\" s=\"" + style + "\"><v>" + value + "</v></c>";
    return row + "</row>";
}

// A workbook with features libxlsxwriter never writes: rich text, inline strings, formulas,
// errors, booleans, gaps and the 1904 date system. Stored, so that mutations reach the XML.
QByteArray handmadeWorkbook(bool stored)
{
    const QByteArray sheet = pkg::sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t>Reported</t></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>Check</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"2\"><v>0.875</v></c>"
        "<c r=\"C2\" s=\"1\"><v>44833</v></c><c r=\"D2\" t=\"b\"><v>1</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>CP-</t></r><r><t>02</t></r></is></c>"
        "<c r=\"B4\"><f>SUM(1,2)</f><v>3</v></c><c r=\"D4\" t=\"e\"><v>#N/A</v></c></row>",
        "<dimension ref=\"A1:D4\"/>");
    return pkg::zip(pkg::singleSheet(sheet, kSharedStrings, kStyles, "<workbookPr date1904=\"1\"/>"),
                    stored);
}

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void namedSheet();
    void missingSheet();
    void chartsheetIsSkipped();
    void hiddenSheetIsSkipped();
    void unusualLayout();
    void hugeDimensionIsIgnored();
    void widestRow();
    void cellLimit();
    void damaged_data();
    void damaged();
    void handmadeFixture();
    void damagedFixtures_data();
    void damagedFixtures();
    void unreadableFiles();
    void mutationsNeverCrash();
};

// With ASSURE_UPDATE_FIXTURES set, rewrites the hand-made fixtures (they seed the fuzz corpus).
void TestXlsxReader::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ASSURE_UPDATE_FIXTURES"))
        return;
    const auto save = [](const char *name, const QByteArray &bytes) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const QByteArray handmade = handmadeWorkbook(false);
    save("handmade.xlsx", handmade);
    save("damaged-truncated.xlsx", handmade.left(handmade.size() * 6 / 10));
    save("damaged-not-a-zip.xlsx", "Indicator code,Value\r\nCP-01,12\r\n");
    save("damaged-no-workbook.xlsx",
         pkg::zip({{QStringLiteral("readme.txt"), "These are not the sheets you are looking for.\n"}}));
    save("damaged-bad-xml.xlsx",
         pkg::zip(pkg::singleSheet(pkg::sheetXml(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>"),
                                   kSharedStrings)));
}

void TestXlsxReader::cells_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("rows");

    QTest::newRow("shared strings, rich text, phonetic guide left out")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
                                   "<c r=\"B2\" t=\"s\"><v>3</v></c></row>")
        << false << "1>Code|Value" << QStringLiteral("2:Re-referrals|漢字");
    QTest::newRow("escaped characters")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c></row>"
                                   "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>6</v></c></row>"
                                   "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>5</v></c></row>")
        << false << "1>Code|Value" << "2:a\rb;3:_x0041_;4:  spaced  ";
    QTest::newRow("inline strings")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>CP-</t></r><r><t>01</t></r></is></c></row>")
        << false << "1>Code" << "2:CP-01";
    QTest::newRow("general numbers")
        << numberRow("0", {"1234", "87.5", "0.30000000000000004", "1E+21", "-0", "1.5E-8"})
        << false << "1>Code|Value" << "2:1234|87.5|0.3|1e+21|0|1.5e-08";
    QTest::newRow("booleans and errors")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c>"
                                   "<c r=\"C2\" t=\"e\"><v>#N/A</v></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c></row>")
        << false << "1>Code|Value" << "2:TRUE|FALSE|#N/A|#DIV/0!";
    QTest::newRow("formulas give their cached values")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><f>1+2</f><v>3</v></c>"
                                   "<c r=\"B2\" t=\"str\"><f>\"do\"&amp;\"ne\"</f><v>done</v></c>"
                                   "<c r=\"C2\"><f>A2*2</f></c><c r=\"D2\">x<v>4</v></c></row>")
        << false << "1>Code|Value" << "2:3|done||4";
    QTest::newRow("gaps filled with blanks")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                      "<row r=\"2\"><c r=\"B2\"><v>5</v></c><c r=\"E2\"><v>6</v></c></row>")
        << false << "1>Code||Value" << "2:|5|||6";
    QTest::newRow("references left out")
        << QByteArray("<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
                      "<row><c><v>1</v></c><c r=\"D2\"><v>2</v></c><c><v>3</v></c></row>")
        << false << "1>Code|Value" << "2:1|||2|3";
    QTest::newRow("rows numbered from the sheet, blank rows left out")
        << QByteArray("<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>"
                      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>"
                      "<row r=\"5\"><c r=\"A5\" s=\"3\"/><c r=\"B5\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                      "<row r=\"7\"><c r=\"A7\"><v>7</v></c><c r=\"Z7\" s=\"2\"/></row>")
        << false << "3>Code" << "7:7";
    QTest::newRow("built-in date")
        << numberRow("1", {"46295", "46295.75"}) << false << "1>Code|Value" << "2:2026-09-30|2026-09-30";
    QTest::newRow("custom date formats")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"3\"><v>46295</v></c><c r=\"B2\" s=\"7\"><v>46295</v></c>"
                                   "<c r=\"C2\" s=\"8\"><v>46296</v></c></row>")
        << false << "1>Code|Value" << "2:2026-09-30|2026-09-30|2026-10-01";
    QTest::newRow("quoted, bracketed or escaped letters are not dates")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"4\"><v>12.5</v></c><c r=\"B2\" s=\"9\"><v>1234.5</v></c>"
                                   "<c r=\"C2\" s=\"12\"><v>-1.5</v></c><c r=\"D2\" s=\"15\"><v>7</v></c></row>")
        << false << "1>Code|Value" << "2:12.5|1234.5|-1.5|7";
    QTest::newRow("percentages as shown, at full precision")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>0.875</v></c><c r=\"B2\" s=\"2\"><v>7.0000000000000007E-2</v></c>"
                                   "<c r=\"C2\" s=\"10\"><v>0.9</v></c><c r=\"D2\" s=\"13\"><v>0.1234</v></c>"
                                   "<c r=\"E2\" s=\"2\"><v>1.25</v></c></row>")
        << false << "1>Code|Value" << "2:87.5%|7%|90%|12.34%|125%";
    QTest::newRow("dates with times")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"5\"><v>46295.5</v></c><c r=\"B2\" s=\"5\"><v>46295</v></c>"
                                   "<c r=\"C2\" s=\"14\"><v>46295.25</v></c></row>")
        << false << "1>Code|Value" << "2:2026-09-30 12:00:00|2026-09-30|2026-09-30 06:00:00";
    QTest::newRow("times")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"6\"><v>0.5</v></c><c r=\"B2\" s=\"11\"><v>0.75</v></c>"
                                   "<c r=\"C2\" s=\"11\"><v>1.5</v></c></row>")
        << false << "1>Code|Value" << "2:12:00:00|18:00:00|1.5";
    QTest::newRow("1900 system and its leap-year bug")
        << numberRow("1", {"1", "59", "60", "61", "0", "-5"})
        << false << "1>Code|Value" << "2:1900-01-01|1900-02-28|60|1900-03-01|0|-5";
    QTest::newRow("1904 system")
        << numberRow("1", {"0", "44833"}) << true << "1>Code|Value" << "2:1904-01-01|2026-09-30";
    QTest::newRow("ISO date cells")
        << QByteArray(kHeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2026-09-30T00:00:00Z</v></c>"
                                   "<c r=\"B2\" t=\"d\"><v>2026-09-30T14:30:00</v></c></row>")
        << false << "1>Code|Value" << "2:2026-09-30|2026-09-30 14:30:00";
    QTest::newRow("style out of range is General")
        << numberRow("99", {"46295"}) << false << "1>Code|Value" << "2:46295";
    QTest::newRow("number that is not one is passed on")
        << numberRow("0", {"twelve"}) << false << "1>Code|Value" << "2:twelve";
}

void TestXlsxReader::cells()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(bool, date1904);
    QFETCH(QString, header);
    QFETCH(QString, rows);
    const QByteArray book = pkg::zip(pkg::singleSheet(
        pkg::sheetXml(sheetData), kSharedStrings, kStyles,
        date1904 ? QByteArray("<workbookPr date1904=\"true\"/>") : QByteArray("<workbookPr/>")));
    XlsxReader reader;
    const auto table = reader.read(book, QStringLiteral("book.xlsx"));
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(describeHeader(*table), header);
    QCOMPARE(describeRows(*table), rows);
}

namespace {

QByteArray twoSheets()
{
    const QByteArray rels = pkg::relationships(
        pkg::relationship("rId1", "worksheet", "worksheets/sheet1.xml")
        + pkg::relationship("rId2", "worksheet", "worksheets/sheet2.xml")
        + pkg::relationship("rId3", "chartsheet", "chartsheets/sheet1.xml"));
    return pkg::zip({{QStringLiteral("_rels/.rels"), pkg::rootRelationships()},
                     {QStringLiteral("xl/workbook.xml"),
                      pkg::workbookXml("<sheet name=\"Chart\" sheetId=\"3\" r:id=\"rId3\"/>"
                                       "<sheet name=\"Indicators\" sheetId=\"1\" r:id=\"rId1\"/>"
                                       "<sheet name=\"Measurements\" sheetId=\"2\" r:id=\"rId2\"/>")},
                     {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                     {QStringLiteral("xl/worksheets/sheet1.xml"),
                      pkg::sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>")},
                     {QStringLiteral("xl/worksheets/sheet2.xml"),
                      pkg::sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Value</t></is></c></row>"
                                    "<row r=\"2\"><c r=\"A2\"><v>12</v></c></row>")}});
}

} // namespace

void TestXlsxReader::namedSheet()
{
    XlsxReader reader;
    reader.setSheetName(QStringLiteral("measurements"));
    const auto table = reader.read(twoSheets());
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Value")});
    QCOMPARE(table->rows().first().cell(0), QStringLiteral("12"));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Chart"), QStringLiteral("Indicators"),
                                              QStringLiteral("Measurements")}));
}

void TestXlsxReader::missingSheet()
{
    XlsxReader reader;
    reader.setSheetName(QStringLiteral("Targets"));
    QVERIFY(!reader.read(twoSheets(), QStringLiteral("/tmp/returns.xlsx")));
    QCOMPARE(reader.errorString(), QStringLiteral("“returns.xlsx” has no sheet named “Targets”; its "
                                                  "sheets are: Chart, Indicators, Measurements"));
    reader.setSheetName(QStringLiteral("Chart"));
    QVERIFY(!reader.read(twoSheets()));
    QVERIFY2(reader.errorString().contains(QStringLiteral("is a chart or dialog, not a worksheet")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::chartsheetIsSkipped()
{
    XlsxReader reader;
    const auto table = reader.read(twoSheets());
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Title")});
}

void TestXlsxReader::hiddenSheetIsSkipped()
{
    const auto book = [](const QByteArray &firstState, const QByteArray &secondState) {
        const QByteArray rels = pkg::relationships(pkg::relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                                                   + pkg::relationship("rId2", "worksheet", "worksheets/sheet2.xml"));
        return pkg::zip({{QStringLiteral("xl/workbook.xml"),
                          pkg::workbookXml("<sheet name=\"Lists\" sheetId=\"1\" r:id=\"rId1\" state=\"" + firstState + "\"/>"
                                           "<sheet name=\"Returns\" sheetId=\"2\" r:id=\"rId2\" state=\"" + secondState + "\"/>")},
                         {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                         {QStringLiteral("xl/worksheets/sheet1.xml"),
                          pkg::sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Polarity</t></is></c></row>")},
                         {QStringLiteral("xl/worksheets/sheet2.xml"),
                          pkg::sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row>")}});
    };
    XlsxReader reader;
    auto table = reader.read(book("hidden", "visible"));
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Code")});
    table = reader.read(book("veryHidden", "hidden"));
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Polarity")});
    reader.setSheetName(QStringLiteral("lists"));
    table = reader.read(book("hidden", "visible"));
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Polarity")});
}

// Parts where other programs put them: a workbook that is not xl/workbook.xml, absolute
// targets, prefixed element names, no styles.
void TestXlsxReader::unusualLayout()
{
    const QByteArray sheet =
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
        "<x:row r=\"2\"><x:c r=\"A2\"><x:v>46295</x:v></x:c></x:row></x:sheetData></x:worksheet>";
    const QByteArray book = pkg::zip(
        {{QStringLiteral("_rels/.rels"), pkg::rootRelationships("/book/wb.xml")},
         {QStringLiteral("book/wb.xml"),
          pkg::workbookXml("<sheet name=\"Only\" sheetId=\"1\" r:id=\"rIdA\"/>")},
         {QStringLiteral("book/_rels/wb.xml.rels"),
          pkg::relationships(pkg::relationship("rIdA", "worksheet", "/book/sheets/s.xml")
                             + pkg::relationship("rIdB", "sharedStrings", "../shared/strings.xml"))},
         {QStringLiteral("book/sheets/s.xml"), sheet},
         {QStringLiteral("shared/strings.xml"), pkg::sharedStringsXml("<si><t>Total</t></si>")}});
    XlsxReader reader;
    const auto table = reader.read(book);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), QStringList{QStringLiteral("Total")});
    QCOMPARE(table->rows().first().cell(0), QStringLiteral("46295"));
}

void TestXlsxReader::hugeDimensionIsIgnored()
{
    const QByteArray book = pkg::zip(pkg::singleSheet(
        pkg::sheetXml(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>",
                      "<dimension ref=\"A1:XFD1048576\"/>"),
        kSharedStrings));
    XlsxReader reader;
    const auto table = reader.read(book);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->rows().size(), 1);
}

void TestXlsxReader::widestRow()
{
    const QByteArray book = pkg::zip(pkg::singleSheet(pkg::sheetXml(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>"
        "<row r=\"1048576\"><c r=\"A1048576\"><v>3</v></c></row>")));
    XlsxReader reader;
    const auto table = reader.read(book);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->columnCount(), XlsxReader::kMaxColumns);
    QCOMPARE(table->header().last(), QStringLiteral("2"));
    QCOMPARE(table->rows().first().number, XlsxReader::kMaxRows);
}

void TestXlsxReader::cellLimit()
{
    const QByteArray book = pkg::zip(pkg::singleSheet(pkg::sheetXml(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"CW2\"><v>2</v></c></row>")));
    XlsxReader reader;
    reader.setMaxCells(100);
    QVERIFY(!reader.read(book));
    QCOMPARE(reader.errorString(), QStringLiteral("the workbook is too large to read: the sheet has more than 100 cells"));
}

void TestXlsxReader::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    const auto sheet = [](const QByteArray &sheetData) {
        return pkg::zip(pkg::singleSheet(pkg::sheetXml(sheetData), kSharedStrings));
    };
    const QByteArray good = handmadeWorkbook(false);

    QTest::newRow("empty") << QByteArray() << "“book.xlsx” is empty" << 0 << 0;
    QTest::newRow("CSV named .xlsx") << QByteArray("Code,Value\r\nCP-01,1\r\n")
                                     << "“book.xlsx” is not an Excel workbook (.xlsx)" << 0 << 0;
    QTest::newRow("old .xls")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
        << "“book.xlsx” is an Excel 97-2003 workbook (.xls): open it in Excel and save it as an .xlsx workbook"
        << 0 << 0;
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << "“book.xlsx” is damaged or incomplete: it cannot be opened as a zip archive"
                               << 0 << 0;
    QTest::newRow("zip without a workbook")
        << pkg::zip({{QStringLiteral("docProps/app.xml"), "<Properties/>"}})
        << "“book.xlsx” is not an Excel workbook: it is a zip file without a workbook inside" << 0 << 0;
    QTest::newRow("malformed sheet")
        << sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
        << "“book.xlsx” is damaged: Opening and ending tag mismatch. in xl/worksheets/sheet1.xml, line 2"
        << 0 << 0;
    QTest::newRow("malformed workbook")
        << pkg::zip({{QStringLiteral("xl/workbook.xml"), "<workbook><sheets>"}})
        << "“book.xlsx” is damaged: Premature end of document. in xl/workbook.xml, line 1" << 0 << 0;
    QTest::newRow("missing shared string")
        << sheet(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>7</v></c></row>")
        << "“book.xlsx” is damaged: cell B2 refers to shared string 7, which does not exist" << 2 << 2;
    QTest::newRow("shared string index not a number")
        << sheet("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>x</v></c></row>")
        << "cell C3 refers to shared string x, which does not exist" << 3 << 3;
    QTest::newRow("shared strings missing")
        << pkg::zip(pkg::singleSheet(pkg::sheetXml(kHeaderRow)))
        << "cell A1 refers to shared string 0, which does not exist" << 1 << 1;
    QTest::newRow("column past XFD")
        << sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        << "the cell reference “XFE1” is outside what Excel allows (A1 to XFD1048576)" << 0 << 0;
    QTest::newRow("four letters") << sheet("<row r=\"1\"><c r=\"AAAA1\"><v>1</v></c></row>")
                                  << "the cell reference “AAAA1” is outside" << 0 << 0;
    QTest::newRow("cell row past the limit")
        << sheet("<row r=\"1\"><c r=\"A1048577\"><v>1</v></c></row>")
        << "the cell reference “A1048577” is outside" << 0 << 0;
    QTest::newRow("row past the limit") << sheet("<row r=\"99999999999\"><c><v>1</v></c></row>")
                                        << "the cell reference “99999999999” is outside" << 0 << 0;
    QTest::newRow("row zero") << sheet("<row r=\"0\"><c><v>1</v></c></row>")
                              << "the cell reference “0” is outside" << 0 << 0;
    QTest::newRow("no reference after XFD")
        << sheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c></row>")
        << "the cell reference “XFE1” is outside" << 0 << 0;
    QTest::newRow("sheet part missing")
        << pkg::zip({{QStringLiteral("xl/workbook.xml"),
                      pkg::workbookXml("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>")},
                     {QStringLiteral("xl/_rels/workbook.xml.rels"),
                      pkg::relationships(pkg::relationship("rId1", "worksheet", "worksheets/gone.xml"))}})
        << "“book.xlsx” is damaged: the sheet “Data” is missing from it" << 0 << 0;
    QTest::newRow("empty sheet") << sheet(QByteArray()) << "the sheet “Data” in “book.xlsx” is empty" << 0 << 0;
    QTest::newRow("no sheets")
        << pkg::zip({{QStringLiteral("xl/workbook.xml"), pkg::workbookXml(QByteArray())}})
        << "“book.xlsx” has no worksheets" << 0 << 0;

    // A stored part with one digit changed: the XML is still well formed, only the checksum
    // can tell.
    QByteArray altered = pkg::zip(pkg::singleSheet(pkg::sheetXml(kHeaderRow + "<row r=\"2\"><c r=\"A2\"><v>12345</v></c></row>"),
                                                   kSharedStrings),
                                  true);
    altered.replace("12345", "12346");
    QTest::newRow("checksum mismatch") << altered
                                       << "“book.xlsx” is damaged: its part “xl/worksheets/sheet1.xml” is corrupt"
                                       << 0 << 0;
}

void TestXlsxReader::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, row);
    QFETCH(int, column);
    XlsxReader reader;
    QVERIFY(!reader.read(bytes, QStringLiteral("book.xlsx")));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QCOMPARE(reader.errorRow(), row);
    QCOMPARE(reader.errorColumn(), column);
}

void TestXlsxReader::handmadeFixture()
{
    XlsxReader reader;
    const auto table = reader.readFile(fixture("handmade.xlsx"));
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(describeHeader(*table), QStringLiteral("1>Code|Value|Reported|Check"));
    QCOMPARE(describeRows(*table),
             QStringLiteral("2:Re-referrals|87.5%|2026-09-30|TRUE;4:CP-02|3||#N/A"));
    QCOMPARE(table->fileName(), fixture("handmade.xlsx"));
}

void TestXlsxReader::damagedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a zip") << fixture("damaged-not-a-zip.xlsx")
                               << "“damaged-not-a-zip.xlsx” is not an Excel workbook (.xlsx)";
    QTest::newRow("no workbook")
        << fixture("damaged-no-workbook.xlsx")
        << "“damaged-no-workbook.xlsx” is not an Excel workbook: it is a zip file without a workbook inside";
    QTest::newRow("truncated")
        << fixture("damaged-truncated.xlsx")
        << "“damaged-truncated.xlsx” is damaged or incomplete: it cannot be opened as a zip archive";
    QTest::newRow("bad XML") << fixture("damaged-bad-xml.xlsx")
                             << "“damaged-bad-xml.xlsx” is damaged: Opening and ending tag mismatch. in "
                                "xl/worksheets/sheet1.xml, line 2";
}

void TestXlsxReader::damagedFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    XlsxReader reader;
    QVERIFY(!reader.readFile(file));
    QCOMPARE(reader.errorString(), message);
}

void TestXlsxReader::unreadableFiles()
{
    XlsxReader reader;
    QVERIFY(!reader.readFile(QStringLiteral("/no/such/folder/book.xlsx")));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("cannot read “/no/such/folder/book.xlsx”: ")),
             qPrintable(reader.errorString()));
    QVERIFY(!reader.readFile(QDir::tempPath()));
    QVERIFY2(reader.errorString().contains(QStringLiteral("is a folder")), qPrintable(reader.errorString()));
}

// A cheap stand-in for the fuzzer in every run: random damage to a stored workbook, whose
// XML the damage reaches (the checksum is what usually catches it, so it is also fixed up
// by re-zipping mutated parts).
void TestXlsxReader::mutationsNeverCrash()
{
    const QByteArray stored = handmadeWorkbook(true);
    const pkg::Parts parts = pkg::singleSheet(
        pkg::sheetXml(kHeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>46295</v></c><c r=\"B2\" t=\"s\"><v>2</v></c></row>"),
        kSharedStrings, kStyles);
    static const char alphabet[] = "<>/=\"' 0129AXZrcvts_x&;:\xFF";
    QRandomGenerator random(1900);
    int read = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes;
        if (round % 2 == 0) {
            bytes = stored;
            for (int k = random.bounded(1, 8); k > 0; --k)
                bytes[random.bounded(static_cast<int>(bytes.size()))] =
                    alphabet[random.bounded(static_cast<int>(sizeof alphabet) - 1)];
            if (random.bounded(4) == 0)
                bytes.truncate(random.bounded(static_cast<int>(bytes.size())));
        } else {
            pkg::Parts mutated = parts;
            auto &part = mutated[random.bounded(static_cast<int>(mutated.size()))].second;
            for (int k = random.bounded(1, 6); k > 0; --k) {
                const int at = random.bounded(static_cast<int>(part.size()));
                if (random.bounded(3) == 0)
                    part.remove(at, random.bounded(1, 12));
                else
                    part[at] = alphabet[random.bounded(static_cast<int>(sizeof alphabet) - 1)];
            }
            bytes = pkg::zip(mutated);
        }
        XlsxReader reader;
        const auto table = reader.read(bytes);
        if (table)
            ++read;
        else
            QVERIFY(!reader.errorString().isEmpty());
    }
    qInfo("%d of 400 damaged workbooks still read", read);
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
