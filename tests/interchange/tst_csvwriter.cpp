// CSV writing: quoting, line ends, byte order mark, formula guard, atomic files, round trips.
#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using assure::CsvReader;
using assure::CsvWriter;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void formulaGuardOff();
    void bytesOnDisk();
    void semicolons();
    void cellText_data();
    void cellText();
    void roundTrip();
    void unwritableDevice();
    void failedWriteKeepsOldFile();
};

void TestCsvWriter::fields_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("On track") << QStringLiteral("On track");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("1,234") << QStringLiteral("\"1,234\"");
    QTest::newRow("quote") << QStringLiteral("said \"hi\"") << QStringLiteral("\"said \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing tab") << QStringLiteral("a\t") << QStringLiteral("\"a\t\"");
    QTest::newRow("semicolon needs no quotes") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("formula with comma")
        << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("at sign") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("dash text") << QStringLiteral("-ve trend") << QStringLiteral("'-ve trend");
    QTest::newRow("phone number") << QStringLiteral("+44 7700 900123") << QStringLiteral("'+44 7700 900123");
    QTest::newRow("negative number left alone") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("signed percent left alone") << QStringLiteral("+5.5%") << QStringLiteral("+5.5%");
    QTest::newRow("accented") << QStringLiteral("Café £5") << QStringLiteral("Café £5");
}

void TestCsvWriter::fields()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    CsvWriter writer(nullptr);
    QCOMPARE(writer.encodeField(cell), written);
}

void TestCsvWriter::formulaGuardOff()
{
    CsvWriter writer(nullptr);
    writer.setFormulaGuard(false);
    QCOMPARE(writer.encodeField(QStringLiteral("=1+1")), QStringLiteral("=1+1"));
}

void TestCsvWriter::bytesOnDisk()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow(QStringList{QStringLiteral("Code"), QStringLiteral("Commentary")}));
    QVERIFY(writer.writeRow(QStringList{QStringLiteral("CP-01"), QStringLiteral("Rose, then\nfell")}));
    QVERIFY(writer.writeRow(QStringList{QStringLiteral("CP-02"), QString()}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "Code,Commentary\r\n"
                                       "CP-01,\"Rose, then\nfell\"\r\n"
                                       "CP-02,\r\n"));

    QBuffer plain;
    QVERIFY(plain.open(QIODevice::WriteOnly));
    CsvWriter noBom(&plain);
    noBom.setByteOrderMark(false);
    QVERIFY(noBom.writeRow(QStringList{QStringLiteral("é")}));
    QCOMPARE(plain.data(), QByteArray("\xC3\xA9\r\n"));
}

void TestCsvWriter::semicolons()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(false);
    writer.setDelimiter(QLatin1Char(';'));
    QVERIFY(writer.writeRow(QStringList{QStringLiteral("1,5"), QStringLiteral("a;b")}));
    QCOMPARE(buffer.data(), QByteArray("1,5;\"a;b\"\r\n"));
}

void TestCsvWriter::cellText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("int") << QVariant(1234) << QStringLiteral("1234");
    QTest::newRow("long long") << QVariant(qint64(9007199254740993)) << QStringLiteral("9007199254740993");
    QTest::newRow("double") << QVariant(87.5) << QStringLiteral("87.5");
    QTest::newRow("tenth") << QVariant(0.1) << QStringLiteral("0.1");
    QTest::newRow("whole double") << QVariant(12.0) << QStringLiteral("12");
    QTest::newRow("nan") << QVariant(qQNaN()) << QString();
    QTest::newRow("date") << QVariant(QDate(2026, 9, 30)) << QStringLiteral("2026-09-30");
    QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 9, 30), QTime(14, 5)))
                               << QStringLiteral("2026-09-30 14:05:00");
    QTest::newRow("bool") << QVariant(true) << QStringLiteral("TRUE");
    QTest::newRow("string") << QVariant(QStringLiteral("n/a")) << QStringLiteral("n/a");
}

void TestCsvWriter::cellText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::cellText(value), text);
}

void TestCsvWriter::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const QStringList header{QStringLiteral("Indicator code"), QStringLiteral("Period"),
                             QStringLiteral("Value"), QStringLiteral("Commentary")};
    const QList<QVariantList> rows{
        {QStringLiteral("CP-01"), QStringLiteral("Sep 2026"), 87.5,
         QStringLiteral("Rose, mainly in the north.\nAudit booked.")},
        {QStringLiteral("CP-02"), QStringLiteral("2026/27 Q2"), QVariant(),
         QStringLiteral("Staff said \"stretched\"")},
        {QStringLiteral("CP-03"), QDate(2026, 9, 30), -3, QStringLiteral("=cmd|' /C calc'!A0")},
    };
    QString error;
    QVERIFY2(CsvWriter::writeFile(path, header, rows, &error), qPrintable(error));

    CsvReader reader;
    const auto table = reader.readFile(path);
    QVERIFY2(table, qPrintable(reader.errorString()));
    QCOMPARE(table->header(), header);
    QCOMPARE(table->rows().size(), 3);
    QCOMPARE(table->rows().at(0).cells,
             (QStringList{QStringLiteral("CP-01"), QStringLiteral("Sep 2026"), QStringLiteral("87.5"),
                          QStringLiteral("Rose, mainly in the north.\nAudit booked.")}));
    QCOMPARE(table->rows().at(1).number, 3);
    QCOMPARE(table->rows().at(1).cell(2), QString());
    QCOMPARE(table->rows().at(1).cell(3), QStringLiteral("Staff said \"stretched\""));
    QCOMPARE(table->rows().at(2).number, 4);
    QCOMPARE(table->rows().at(2).cell(1), QStringLiteral("2026-09-30"));
    QCOMPARE(table->rows().at(2).cell(2), QStringLiteral("-3"));
    QCOMPARE(table->rows().at(2).cell(3), QStringLiteral("'=cmd|' /C calc'!A0"));
}

void TestCsvWriter::unwritableDevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.writeRow(QStringList{QStringLiteral("x")}));
    QVERIFY(!writer.errorString().isEmpty());

    QString error;
    QVERIFY(!CsvWriter::writeFile(QStringLiteral("/no/such/folder/out.csv"), {QStringLiteral("x")}, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write “/no/such/folder/out.csv”: ")), qPrintable(error));
}

void TestCsvWriter::failedWriteKeepsOldFile()
{
    if (::geteuid() == 0)
        QSKIP("root ignores the read-only folder this test relies on");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY(CsvWriter::writeFile(path, {QStringLiteral("old")}, {}, &error));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    QVERIFY(!CsvWriter::writeFile(path, {QStringLiteral("new")}, {}, &error));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFold\r\n"));
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
