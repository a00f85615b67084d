// The return pack machinery that action and self-assessment returns share: what a pack holds (a
// cover, locked and fillable cells, drop-downs, a hidden identity), and what reading one back
// refuses: another board's, agency's, round's, framework's or kind's pack, another program's
// workbook, a missing sheet or moved columns; cell problems quoted as SHEET!CELL and value.
#include "interchange/returnpacks/packreader.h"
#include "interchange/returnpacks/packworkbook.h"
#include "interchange/xlsxfilewriter.h"
#include "testsupport/workbookedit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

PackIdentity assessmentIdentity()
{
    PackIdentity id;
    id.kind = PackIdentity::assessmentReturnsKind();
    id.boardId = QStringLiteral("3f1c0a");
    id.boardName = QStringLiteral("Fenholt SAB");
    id.agencyName = QStringLiteral("Fenholt Police");
    id.agencyId = 7;
    id.exportId = QStringLiteral("e-1");
    id.exportedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 30), Qt::UTC);
    id.deadline = QDate(2026, 10, 31);
    id.round = QStringLiteral("Section 11 2026/27");
    id.frameworkVersion = QStringLiteral("3");
    return id;
}

const QStringList kHeader{QStringLiteral("Criterion"), QStringLiteral("Rating"), QStringLiteral("Evidence")};

PackSheet standardSheet()
{
    PackSheet sheet;
    sheet.name = QStringLiteral("Standard 3");
    sheet.columns = {
        PackColumn{kHeader.at(0), 50, false, {}, {}, {}, {}},
        PackColumn{kHeader.at(1),
                   12,
                   true,
                   {QStringLiteral("Blue"), QStringLiteral("Green"), QStringLiteral("Amber"), QStringLiteral("Red")},
                   {},
                   {},
                   QStringLiteral("Choose a rating.")},
        PackColumn{kHeader.at(2), 60, true, {}, {}, {}, {}}};
    sheet.rows = {{QStringLiteral("3.1 A named senior lead"), QVariant(), QVariant()},
                  {QStringLiteral("3.2 Lines of accountability are clear"), QVariant(), QVariant()}};
    return sheet;
}

} // namespace

class TestReturnPack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void packHoldsCoverSheetsAndHiddenIdentity();
    void identityReadsBack();
    void refusals_data();
    void refusals();
    void anotherProgramsWorkbook();
    void sheetsAndHeaders();
    void cellMessages();
    void tooLongForACellWritesNothing();

private:
    QString writePack(const QString &name, const PackIdentity &identity = assessmentIdentity())
    {
        PackWorkbook book(identity, PackCover{QStringLiteral("Self-assessment return"),
                                              {{QStringLiteral("Board"), identity.boardName}},
                                              {QStringLiteral("Fill in the shaded cells.")}});
        book.addSheet(standardSheet());
        const QString path = m_dir.filePath(name);
        if (!book.write(path))
            qWarning() << book.errorString();
        return path;
    }

    QTemporaryDir m_dir;
};

void TestReturnPack::packHoldsCoverSheetsAndHiddenIdentity()
{
    test::WorkbookEdit book;
    QVERIFY(book.read(writePack(QStringLiteral("pack.xlsx"))));
    const QByteArray workbook = book.part(QStringLiteral("xl/workbook.xml"));
    // The cover first (and what opens), the data, then the identity, hidden.
    QVERIFY2(workbook.contains("<sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId1\"/>"
                               "<sheet name=\"Standard 3\" sheetId=\"2\" r:id=\"rId2\"/>"
                               "<sheet name=\"Pack identity\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"),
             workbook.constData());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(book.part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)).contains("<sheetProtection"));
    const QByteArray data = book.part(QStringLiteral("xl/worksheets/sheet2.xml"));
    // The drop-down covers the rating cells of every row, and only those.
    QVERIFY2(data.contains("sqref=\"B2:B3\"") && data.contains("<formula1>\"Blue,Green,Amber,Red\"</formula1>"),
             data.constData());
    QVERIFY(data.contains("promptTitle=\"Rating\" prompt=\"Choose a rating.\""));
    // Fillable cells carry the unlocked style; the criteria do not.
    const QByteArray styles = book.part(QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("<protection locked=\"0\"/>"));
    const QRegularExpression fillableStyle(QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"/>"));
    const QRegularExpression lockedStyle(QStringLiteral("<c r=\"A2\" s=\"(\\d+)\""));
    QVERIFY(fillableStyle.match(QString::fromUtf8(data)).hasMatch());
    QVERIFY(lockedStyle.match(QString::fromUtf8(data)).captured(1) !=
            fillableStyle.match(QString::fromUtf8(data)).captured(1));
}

void TestReturnPack::identityReadsBack()
{
    PackReader reader;
    PackExpectation expected{PackIdentity::assessmentReturnsKind(), QStringLiteral("3f1c0a"),
                             QStringLiteral("fenholt police"), QStringLiteral("Section 11 2026/27"),
                             QStringLiteral("3")};
    QVERIFY2(reader.open(writePack(QStringLiteral("id.xlsx")), expected), qPrintable(reader.errorString()));
    const PackIdentity &id = reader.identity();
    const PackIdentity written = assessmentIdentity();
    QCOMPARE(id.kind, written.kind);
    QCOMPARE(id.boardId, written.boardId);
    QCOMPARE(id.boardName, written.boardName);
    QCOMPARE(id.agencyName, written.agencyName);
    QCOMPARE(id.agencyId, written.agencyId);
    QCOMPARE(id.exportId, written.exportId);
    QCOMPARE(id.exportedAt, written.exportedAt);
    QCOMPARE(id.deadline, written.deadline);
    QCOMPARE(id.round, written.round);
    QCOMPARE(id.frameworkVersion, written.frameworkVersion);
}

void TestReturnPack::refusals_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("kind") << 0 << PackIdentity::actionReturnsKind()
                          << QStringLiteral(
                                 "it is a pack of another kind (“assessment_returns”, not “action_returns”)");
    QTest::newRow("board") << 1 << QStringLiteral("9d9d9d")
                           << QStringLiteral("it was exported from another board (“Fenholt SAB”), not from this one");
    QTest::newRow("agency") << 2 << QStringLiteral("Fenholt Council")
                            << QStringLiteral("it is the pack of Fenholt Police, not of Fenholt Council");
    QTest::newRow("round") << 3 << QStringLiteral("Section 11 2027/28")
                           << QStringLiteral("it is for the round “Section 11 2026/27”, not “Section 11 2027/28”");
    QTest::newRow("framework") << 4 << QStringLiteral("4")
                               << QStringLiteral(
                                      "made for version “3” of the framework, and the board now has version “4”");
}

void TestReturnPack::refusals()
{
    QFETCH(int, field);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    PackExpectation e;
    QString *fields[] = {&e.kind, &e.boardId, &e.agencyName, &e.round, &e.frameworkVersion};
    *fields[field] = expected;
    PackReader reader;
    QVERIFY(!reader.open(writePack(QStringLiteral("refused.xlsx")), e));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QStringLiteral("refused.xlsx")));
}

void TestReturnPack::anotherProgramsWorkbook()
{
    // A workbook with a sheet of that name, but not Assure's.
    XlsxFileWriter other;
    const int sheet = other.addSheet(PackIdentity::sheetName(), {QStringLiteral("key"), QStringLiteral("value")});
    other.addRow(sheet, {QStringLiteral("program"), QStringLiteral("Acme Survey")});
    const QString path = m_dir.filePath(QStringLiteral("other.xlsx"));
    QVERIFY(other.write(path));
    PackReader reader;
    QVERIFY(!reader.open(path, {}));
    QVERIFY2(reader.errorString().contains(QStringLiteral("it was not made by Assure")),
             qPrintable(reader.errorString()));

    // A later layout of Assure's own is refused, not misread.
    test::WorkbookEdit book;
    QVERIFY(book.read(writePack(QStringLiteral("newer.xlsx"))));
    // B3 is the layout number (the rows are program, format...).
    QVERIFY(book.setCell(QStringLiteral("xl/worksheets/sheet3.xml"), QStringLiteral("B3"), QStringLiteral("2")));
    const QString newer = m_dir.filePath(QStringLiteral("newer-edited.xlsx"));
    QVERIFY(book.write(newer));
    QVERIFY(!reader.open(newer, {}));
    QVERIFY2(reader.errorString().contains(QStringLiteral("made by a newer Assure (pack layout 2")),
             qPrintable(reader.errorString()));
}

void TestReturnPack::sheetsAndHeaders()
{
    const QString path = writePack(QStringLiteral("sheets.xlsx"));
    PackReader reader;
    QVERIFY(reader.open(path, {}));
    const auto table = reader.sheet(QStringLiteral("Standard 3"), kHeader);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->rows().size(), 2);
    QCOMPARE(table->rows().at(1).number, 3);
    QCOMPARE(table->rows().at(1).cell(0), QStringLiteral("3.2 Lines of accountability are clear"));
    QVERIFY(!reader.sheet(QStringLiteral("Standard 4"), kHeader));
    QCOMPARE(
        reader.errorString(),
        QStringLiteral("“%1” has no sheet “Standard 4”: was it renamed or removed? Its sheets are: Cover, Standard 3, "
                       "Pack identity")
            .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!reader.sheet(QStringLiteral("Standard 3"),
                          {QStringLiteral("Criterion"), QStringLiteral("Evidence"), QStringLiteral("Rating")}));
    QCOMPARE(reader.errorString(), QStringLiteral("Standard 3!B1: the column heading is “Rating” where the pack had "
                                                  "“Evidence”: were columns moved or removed?"));
}

void TestReturnPack::cellMessages()
{
    QCOMPARE(PackReader::cellName(QStringLiteral("Standard 3"), 7, 3), QStringLiteral("Standard 3!D7"));
    QCOMPARE(PackReader::cellName(QStringLiteral("Actions"), 12, 27), QStringLiteral("Actions!AB12"));
    QCOMPARE(PackReader::quoted(QStringLiteral("Greenish")), QStringLiteral("“Greenish”"));
    const QString sixty(60, QLatin1Char('a'));
    QCOMPARE(PackReader::quoted(sixty), QStringLiteral("“%1”").arg(sixty));
    QCOMPARE(PackReader::quoted(sixty + QStringLiteral("b")), QStringLiteral("“%1…” (61 characters)").arg(sixty));
}

void TestReturnPack::tooLongForACellWritesNothing()
{
    PackSheet sheet = standardSheet();
    sheet.rows[1][0] = QString(40000, QLatin1Char('x'));
    PackWorkbook book(assessmentIdentity(), PackCover{});
    book.addSheet(sheet);
    const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
    QVERIFY(!book.write(path));
    QVERIFY2(book.errorString().contains(QStringLiteral("the text for Standard 3!A3 is longer than a spreadsheet cell "
                                                        "holds (32767 characters)")),
             qPrintable(book.errorString()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestReturnPack)
#include "tst_returnpack.moc"
