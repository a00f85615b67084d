// assure-cli import --escalations and the `escalations` key of assure-cli voices (issue 19, part
// 3): rows from CSV and XLSX added then updated by ref and day raised, each bad row named with its
// row and field and the board file left as it was, and the year's figures worked by hand.
#include "interchange/tablefile.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kAsOf = QStringLiteral("2026-11-22");
const QByteArray kHeader = "ref,raised,raised_by,raised_with,reason,level,resolved,learning\n";

} // namespace

class TestEscalationsVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importThenUpdate();
    void importXlsx();
    void badRows_data();
    void badRows();
    void allOrNothing();
    void voicesJson();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static QJsonObject escalations(const QString &file, const QString &year = QStringLiteral("2026/27"))
    {
        const Run r = cli({QStringLiteral("voices"), file, QStringLiteral("--year"), year, QStringLiteral("--as-of"),
                           kAsOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("escalations")).toObject();
    }
    // The demo's escalations, so that a test's rows are counted on top of them.
    static int raised(const QString &file) { return escalations(file).value(QStringLiteral("raised")).toInt(); }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestEscalationsVerb::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), kAsOf}).exitCode, 0);
}

void TestEscalationsVerb::importThenUpdate()
{
    const QString file = freshDemo(QStringLiteral("csv.assure"));
    const int before = raised(file);
    const QString csv = path("esc.csv");
    // Columns in another order and case; agencies and reasons in another case; a day-first date.
    QVERIFY(test::writeFile(csv, "LEVEL,ref,raised,raised_by,raised_with,reason,resolved,learning\n"
                                 "2,C-1001,2026-05-04,westmere and fenholt police,Westmere County Council "
                                 "Children's Services,threshold disagreement,14/05/2026,Agreed the threshold\n"
                                 "4,C-1002,2026-06-01,Fenholt College,Westmere and Fenholt Police,Case progress,,\n"));
    const Run dry =
        cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    QCOMPARE(raised(file), before);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    QCOMPARE(raised(file), before + 2);

    // The same ref and day update it (now resolved); the other row is unchanged.
    QVERIFY(test::writeFile(csv, kHeader +
                                     "C-1002,2026-06-01,Fenholt College,Westmere and Fenholt Police,Case "
                                     "progress,4,2026-06-11,\n"
                                     "C-1001,2026-05-04,Westmere and Fenholt Police,Westmere County Council "
                                     "Children's Services,Threshold disagreement,2,2026-05-14,Agreed the threshold\n"));
    const Run again = cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv});
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 1, unchanged 1, rejected 0"));
    QCOMPARE(raised(file), before + 2);
}

void TestEscalationsVerb::importXlsx()
{
    const QString file = freshDemo(QStringLiteral("xlsx.assure"));
    const int before = raised(file);
    const QString xlsx = path("esc.xlsx");
    TableSheet sheet;
    sheet.name = QStringLiteral("Escalations");
    sheet.header = QString::fromLatin1(kHeader).trimmed().split(QLatin1Char(','));
    // Numbers and dates as a spreadsheet holds them, not as text.
    sheet.rows << QVariantList{QStringLiteral("C-2001"),
                               QDate(2026, 7, 1),
                               QStringLiteral("Westmere Community Health NHS Trust"),
                               QStringLiteral("Fenholt Borough Council Housing"),
                               QStringLiteral("Information sharing"),
                               3,
                               QDate(2026, 7, 8),
                               QStringLiteral("A named contact for housing")}
               << QVariantList{QStringLiteral("C-2002"),
                               QDate(2026, 7, 2),
                               QStringLiteral("Fenholt College"),
                               QStringLiteral("Westmere and Fenholt Police"),
                               QStringLiteral("Case progress"),
                               7,
                               QVariant(),
                               QVariant()};
    QString error;
    QVERIFY2(writeTableFile(xlsx, {sheet}, &error), qPrintable(error));
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), xlsx});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 1\n"
                                             "row 3: level: 7 is not from 1 to 4"));
    QCOMPARE(raised(file), before + 1);
}

void TestEscalationsVerb::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    const QByteArray pair = ",Fenholt College,Westmere and Fenholt Police,Case progress,";
    QTest::newRow("level 7") << "C-1,2026-05-04" + pair + "7,," << QStringLiteral("row 2: level: 7 is not from 1 to 4");
    QTest::newRow("unknown agency") << QByteArray(
                                           "C-1,2026-05-04,Fenholt Zoo,Westmere and Fenholt Police,Case progress,2,,")
                                    << QStringLiteral(
                                           "row 2: raised_by: “Fenholt Zoo” is not an agency of this board (it knows "
                                           "Westmere County Council Children's Services, ");
    QTest::newRow("30/02/2026") << "C-1,30/02/2026" + pair + "2,,"
                                << QStringLiteral("row 2: raised: “30/02/2026” is not a date");
    QTest::newRow("resolved before raised")
        << "C-1,2026-05-04" + pair + "2,2026-05-03,"
        << QStringLiteral("row 2: resolved: 2026-05-03 is before the day it was raised (2026-05-04)");
    QTest::newRow("the same agency twice")
        << QByteArray("C-1,2026-05-04,Fenholt College,fenholt college,Case progress,2,,")
        << QStringLiteral("row 2: raised_with: is the agency that raised it");
    QTest::newRow("unknown reason")
        << QByteArray("C-1,2026-05-04,Fenholt College,Westmere and Fenholt Police,Weather,2,,")
        << QStringLiteral("row 2: reason: “Weather” is not a reason of this board (it knows Threshold disagreement");
    QTest::newRow("NHS number as the ref")
        << "943 476 5919,2026-05-04" + pair + "2,," << QStringLiteral("row 2: ref: looks like an NHS number");
    QTest::newRow("titled name in the learning")
        << "C-1,2026-05-04" + pair + "2,,Mrs Jenkins was not told"
        << QStringLiteral("row 2: learning: looks like a person's name after a title (“Mrs Jenkins”)");
    QTest::newRow("no ref") << "," + QByteArray("2026-05-04") + pair + "2,," << QStringLiteral("row 2: ref: is empty");
}

void TestEscalationsVerb::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString file = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, kHeader + row + "\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv});
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    // Nothing is written when no row was accepted.
    QCOMPARE(test::fileDigest(file), before);
}

void TestEscalationsVerb::allOrNothing()
{
    const QString file = freshDemo(QStringLiteral("whole.assure"));
    const QString csv = path("whole.csv");
    const QByteArray pair = ",Fenholt College,Westmere and Fenholt Police,Case progress,";
    QVERIFY(test::writeFile(csv, kHeader + "C-1,2026-05-04" + pair + "2,,\n" + "C-2,2026-05-04" + pair + "9,,\n" +
                                     "c-1,2026-05-04" + pair + "3,,\n"));
    const QByteArray before = test::fileDigest(file);
    const Run refused =
        cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv, QStringLiteral("--all-or-nothing")});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.out.trimmed(), QStringLiteral("imported 0, unchanged 0, rejected 2\n"
                                                   "row 3: level: 9 is not from 1 to 4\n"
                                                   "row 4: ref: “c-1” raised on 2026-05-04 is given on an earlier "
                                                   "row too"));
    QCOMPARE(test::fileDigest(file), before);
    const Run taken = cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv});
    QCOMPARE(taken.exitCode, 4);
    QVERIFY2(taken.out.startsWith(QStringLiteral("imported 1, unchanged 0, rejected 2")), qPrintable(taken.out));
}

void TestEscalationsVerb::voicesJson()
{
    // A year no demo escalation falls in, so that every figure is worked here by hand.
    const QString file = freshDemo(QStringLiteral("json.assure"));
    const QString year = QStringLiteral("2019/20");
    QCOMPARE(escalations(file, year).value(QStringLiteral("raised")).toInt(), 0);
    QCOMPARE(escalations(file, year).value(QStringLiteral("median_days_to_resolve")), QJsonValue());
    const QString csv = path("year.csv");
    const QByteArray pair = ",Fenholt College,Westmere and Fenholt Police,";
    QVERIFY(test::writeFile(csv, kHeader +
                                     // Raised the year before, resolved in it: 20 days, not raised in it.
                                     "Y-1,2019-03-20" + pair + "Case progress,1,2019-04-09,\n" +
                                     // The year's first day, resolved in 2 days.
                                     "Y-2,2019-04-01" + pair + "Case progress,1,2019-04-03,\n" +
                                     // Resolved in 7 days.
                                     "Y-3,2019-09-10" + pair + "Information sharing,3,2019-09-17,\n" +
                                     // Open.
                                     "Y-4,2020-03-31" + pair + "Information sharing,4,,\n" +
                                     // The next year.
                                     "Y-5,2020-04-01" + pair + "Case progress,1,2020-04-02,\n"));
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral("--escalations"), csv}).exitCode, 0);
    const QJsonObject e = escalations(file, year);
    QCOMPARE(e.value(QStringLiteral("raised")).toInt(), 3);
    QCOMPARE(e.value(QStringLiteral("resolved")).toInt(), 3);
    // Days 20, 2 and 7: the middle one is 7.
    QCOMPARE(e.value(QStringLiteral("median_days_to_resolve")).toDouble(), 7.0);
    const QJsonObject byReason = e.value(QStringLiteral("by_reason")).toObject();
    QCOMPARE(byReason.value(QStringLiteral("Case progress")).toInt(), 1);
    QCOMPARE(byReason.value(QStringLiteral("Information sharing")).toInt(), 2);
    QCOMPARE(byReason.value(QStringLiteral("Threshold disagreement")).toInt(), 0);
    // 2020/21 as of 2026-11-22: only Y-5, resolved in a day.
    const QJsonObject next = escalations(file, QStringLiteral("2020/21"));
    QCOMPARE(next.value(QStringLiteral("median_days_to_resolve")).toDouble(), 1.0);
}

QTEST_GUILESS_MAIN(TestEscalationsVerb)
#include "tst_escalationsverb.moc"
