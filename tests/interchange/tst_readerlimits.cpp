// Hostile spreadsheets are refused quickly, in bounded memory, with a short message: a cell longer than a spreadsheet
// allows, a part that inflates far (a zip bomb), a CSV with a 10 MB field, more rows or columns than Excel has.
#include "interchange/csvreader.h"
#include "interchange/tablelimits.h"
#include "interchange/xlsxreader.h"
#include "xlsxpackage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace assure;
using namespace assure::testing;

namespace {

// The process's peak resident memory so far, in MB.
qint64 peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

// AddressSanitizer pads every allocation and keeps freed memory in quarantine, so the process's
// peak there measures the sanitizer, not the reader: the bounds are checked in the other builds.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryMeasurable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMemoryMeasurable = false;
#else
constexpr bool kMemoryMeasurable = true;
#endif
#else
constexpr bool kMemoryMeasurable = true;
#endif

// True when the peak grew by less than bound MB since before (or memory is not measured here).
bool peakGrewLessThan(qint64 before, qint64 bound)
{
    return !kMemoryMeasurable || peakMb() - before < bound;
}

// Letters that deflate about as far as text does, not thousands of times.
QByteArray prose(qsizetype size)
{
    QRandomGenerator random(13);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char('a' + random.bounded(26));
    return out;
}

// A workbook whose one sheet holds `characters` copies of 'A' in cell A2, written a megabyte at a
// time so that the test itself never holds the inflated cell.
QByteArray longCellBomb(qint64 characters)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    archive.open(QuaZip::mdCreate);
    const Parts parts = singleSheet(QByteArray());
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&archive);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_SPEED);
        if (name.endsWith(QLatin1String("sheet1.xml"))) {
            const QByteArray tail = "</sheetData></worksheet>";
            file.write(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
                           .chopped(tail.size()));
            const QByteArray block(1024 * 1024, 'A');
            for (qint64 left = characters; left > 0; left -= block.size())
                file.write(block.constData(), std::min<qint64>(left, block.size()));
            file.write("</t></is></c></row></sheetData></worksheet>");
        } else {
            file.write(data);
        }
        file.close();
    }
    archive.close();
    return bytes;
}

} // namespace

class TestReaderLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void xlsxCellLongerThanExcelAllows();
    void xlsxBombRefusedBeforeInflating_data();
    void xlsxBombRefusedBeforeInflating();
    void xlsxIncompressibleCellRefusedBeforeParsing();
    void csvTenMegabyteField();
    void csvTooManyColumnsAndRows();
};

void TestReaderLimits::xlsxCellLongerThanExcelAllows()
{
    const QByteArray text = prose(40000);
    const QByteArray book =
        zip(singleSheet(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                 text + "</t></is></c></row>")));
    XlsxReader reader;
    QVERIFY(!reader.read(book, QStringLiteral("returns.xlsx")));
    const QString error = reader.errorString();
    QVERIFY2(error.contains(QStringLiteral("cell A2")) && error.contains(QStringLiteral("(40,000 characters)")) &&
                 error.contains(QStringLiteral("(32,767 characters)")),
             qPrintable(error));
    QVERIFY2(error.contains(QString::fromLatin1(text.left(60))) && !error.contains(QString::fromLatin1(text.left(61))),
             qPrintable(error));
    QCOMPARE(reader.errorRow(), 2);
    QCOMPARE(reader.errorColumn(), 1);
    // At the limit itself the cell is read.
    const QByteArray most = zip(singleSheet(
        sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row><row r=\"2\"><c r=\"A2\" "
                 "t=\"inlineStr\"><is><t>" +
                 text.left(TableLimits::kMaxCellCharacters) + "</t></is></c></row>")));
    const auto table = reader.read(most);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->rows().constFirst().cells.constFirst().size(), TableLimits::kMaxCellCharacters);
}

void TestReaderLimits::xlsxBombRefusedBeforeInflating_data()
{
    QTest::addColumn<qint64>("characters");
    QTest::addColumn<QString>("says");
    // The file: 400 million characters in one cell, 400 MB inflated from a few hundred KB.
    QTest::newRow("past 200 MB") << qint64(400) * 1000 * 1000 << QStringLiteral("unpacks to more than 200 MB");
    // Under 200 MB, but a thousand times its packed size.
    QTest::newRow("inflates far") << qint64(50) * 1024 * 1024
                                  << QStringLiteral("unpacks to more than 100 times its packed size");
}

void TestReaderLimits::xlsxBombRefusedBeforeInflating()
{
    QFETCH(qint64, characters);
    QFETCH(QString, says);
    const QByteArray book = longCellBomb(characters);
    QVERIFY(book.size() < 2 * 1024 * 1024);
    const qint64 before = peakMb();
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader;
    QVERIFY(!reader.read(book, QStringLiteral("bomb.xlsx")));
    const qint64 took = timer.elapsed();
    const QString error = reader.errorString();
    QVERIFY2(error.contains(says) && error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(error));
    QVERIFY2(error.size() < 200, qPrintable(error));
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("%1 ms").arg(took)));
    QVERIFY2(peakGrewLessThan(before, 20), qPrintable(QStringLiteral("peak grew %1 MB").arg(peakMb() - before)));
}

void TestReaderLimits::xlsxIncompressibleCellRefusedBeforeParsing()
{
    // Random letters barely compress, so neither bound on inflation applies; the XML parser would
    // hold the cell twice over as UTF-16.
    const QByteArray text = prose(8 * 1024 * 1024);
    const QByteArray book =
        zip(singleSheet(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                 text + "</t></is></c></row>")));
    const qint64 before = peakMb();
    XlsxReader reader;
    QVERIFY(!reader.read(book, QStringLiteral("returns.xlsx")));
    const QString error = reader.errorString();
    QVERIFY2(error.contains(QStringLiteral("holds 8,388,608 bytes in one piece, beginning “") +
                            QString::fromLatin1(text.left(60)) + QStringLiteral("”")) &&
                 error.contains(QStringLiteral("(32,767 characters)")),
             qPrintable(error));
    QVERIFY2(error.size() < 300, qPrintable(error));
    // The packed file and the unpacked part, and nothing the size of the cell as text.
    QVERIFY2(peakGrewLessThan(before, 24), qPrintable(QStringLiteral("peak grew %1 MB").arg(peakMb() - before)));
}

void TestReaderLimits::csvTenMegabyteField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("returns.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Indicator code,Period,Value,Commentary\nCSC-01,Sep 2026,21.5,\"");
        f.write(QByteArray(10 * 1024 * 1024, 'x'));
        f.write("\"\n");
    }
    const qint64 before = peakMb();
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    QVERIFY(!reader.readFile(path));
    const qint64 took = timer.elapsed();
    const QString error = reader.errorString();
    QVERIFY2(error.startsWith(QStringLiteral("row 2, column 4: the cell “xxxx")) &&
                 error.contains(QStringLiteral("…” (10,485,760 characters)")) &&
                 error.contains(QStringLiteral("(32,767 characters)")),
             qPrintable(error));
    QVERIFY2(error.size() < 200, qPrintable(error));
    QCOMPARE(reader.errorRow(), 2);
    QCOMPARE(reader.errorColumn(), 4);
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("%1 ms").arg(took)));
    // The file (10 MB) and its one field as text (20 MB), and no more.
    QVERIFY2(peakGrewLessThan(before, 64), qPrintable(QStringLiteral("peak grew %1 MB").arg(peakMb() - before)));
}

void TestReaderLimits::csvTooManyColumnsAndRows()
{
    CsvReader reader;
    QByteArray wide = "Indicator code";
    wide += QByteArray(TableLimits::kMaxColumns, ',');
    QVERIFY(!reader.read(wide + "\n"));
    QVERIFY2(reader.errorString().contains(QStringLiteral("more columns than a spreadsheet can hold (16,384)")),
             qPrintable(reader.errorString()));
    // The row after Excel's last is refused (blank lines count as rows, as a spreadsheet numbers them).
    QByteArray tall = "Indicator code\n";
    tall += QByteArray(TableLimits::kMaxRows - 1, '\n');
    tall += "x\nx\n";
    QVERIFY(!reader.read(tall));
    QVERIFY2(reader.errorString().startsWith(QStringLiteral("row 1048577: the file has more rows than a spreadsheet "
                                                            "can hold (1,048,576)")),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.errorRow(), TableLimits::kMaxRows + 1);
}

QTEST_GUILESS_MAIN(TestReaderLimits)
#include "tst_readerlimits.moc"
