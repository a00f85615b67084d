// assure-cli import --budget and the `budget` key of assure-cli board (issue 18, parts 4 and 7):
// a year's lines go in with exact pence, the same file again changes nothing, each bad amount,
// agency or kind names its row and field and leaves the board file as it was, --dry-run writes
// nothing, and the board verb's totals are integers in pence.
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

// The demo holds no budget for 2027/28, so these totals are the file's alone.
const QString kYear = QStringLiteral("2027/28");

const QByteArray kLines = "kind,line,agency,budget,q1,q2,q3,q4\n"
                          "income,Police contribution,Westmere and Fenholt Police,\"£20,000.00\",\"£5,000\",5000,,\n"
                          "Income,ICB contribution,Westmere Integrated Care Board,10000,2500,1500,,\n"
                          "spend,Training pool,,\"12,000.00\",3300,3300.00,,\n"
                          "spend,Refunds,,0,(250.00),,,\n"
                          "spend,Printing,,1.00,0.10,0.20,,\n";

} // namespace

class TestBudgetImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importThenTotals();
    void sameFileAgainIsUnchanged();
    void badRows_data();
    void badRows();
    void dryRunWritesNothing();
    void yearIsNeeded();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static Run importBudget(const QString &board, const QString &file, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("import"), board, QStringLiteral("--budget"), file,
                               QStringLiteral("--year"), kYear} +
                   more);
    }
    static QJsonObject budget(const QString &board)
    {
        const Run r = cli({QStringLiteral("board"), board, QStringLiteral("--year"), kYear, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("budget")).toObject();
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestBudgetImport::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode,
             0);
}

void TestBudgetImport::importThenTotals()
{
    const QString board = freshDemo(QStringLiteral("totals.assure"));
    const QString csv = path("lines.csv");
    QVERIFY(test::writeFile(csv, kLines));
    const Run r = importBudget(board, csv);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("imported 5, unchanged 0, rejected 0\n"));
    const QJsonObject b = budget(board);
    // Every amount an integer number of pence.
    for (const char *key : {"income_budget", "income_actual", "spend_budget", "spend_actual", "variance", "forecast"}) {
        const QJsonValue v = b.value(QLatin1String(key));
        QVERIFY2(v.isDouble() && v.toDouble() == double(v.toInteger()), key);
    }
    QCOMPARE(b.value(QStringLiteral("income_budget")).toInteger(), 3000000);
    QCOMPARE(b.value(QStringLiteral("income_actual")).toInteger(), 1400000);
    QCOMPARE(b.value(QStringLiteral("spend_budget")).toInteger(), 1200100);
    // £3,300 + £3,300 − £250 + 10p + 20p: the pence add up exactly.
    QCOMPARE(b.value(QStringLiteral("spend_actual")).toInteger(), 660000 - 25000 + 30);
    // Income £1,000 short of the half year's £15,000; spend: training £600 over, refunds £250
    // under a budget of nothing, printing 20p under its half of £1.
    QCOMPARE(b.value(QStringLiteral("variance")).toInteger(), -100000 - (60000 - 25000 - 20));
    QCOMPARE(b.value(QStringLiteral("forecast")).toInteger(), (3000000 - 100000) - (1200100 + 60000 - 25000 - 20));
    // ICB (10% short), training (10% over) and refunds (spent against nothing) are beyond 5%;
    // printing's 20p under 50p is too.
    QCOMPARE(b.value(QStringLiteral("lines_beyond_tolerance")).toInt(), 4);
}

void TestBudgetImport::sameFileAgainIsUnchanged()
{
    const QString board = freshDemo(QStringLiteral("again.assure"));
    const QString csv = path("again.csv");
    QVERIFY(test::writeFile(csv, kLines));
    QCOMPARE(importBudget(board, csv).exitCode, 0);
    const QByteArray before = test::fileDigest(board);
    const Run again = importBudget(board, csv);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("imported 0, unchanged 5, rejected 0\n"));
    QCOMPARE(test::fileDigest(board), before);
    // A quarter reported later updates its line, matched by kind and name whatever the case.
    QVERIFY(test::writeFile(csv, "kind,line,budget,q3\nspend,TRAINING POOL,12000,2900\n"));
    const Run later = importBudget(board, csv);
    QCOMPARE(later.out, QStringLiteral("imported 1, unchanged 0, rejected 0\n"));
    QCOMPARE(budget(board).value(QStringLiteral("spend_actual")).toInteger(), 660000 - 25000 + 30 + 290000);
}

void TestBudgetImport::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("£12.345") << QByteArray("spend,Venue hire,,£12.345,,")
                             << QStringLiteral("row 2: budget: “£12.345” has more than two decimal places");
    QTest::newRow("twelve pounds") << QByteArray("spend,Venue hire,,100,twelve pounds,")
                                   << QStringLiteral("row 2: q1: “twelve pounds” is not an amount of money like "
                                                     "£1,234.56 or (250.00)");
    QTest::newRow("no budget") << QByteArray("spend,Venue hire,,,,")
                               << QStringLiteral("row 2: budget: an amount is needed");
    QTest::newRow("negative budget") << QByteArray("spend,Venue hire,,(100),,")
                                     << QStringLiteral("row 2: budget: “(100)” is below zero");
    QTest::newRow("unknown agency") << QByteArray("income,Trust contribution,Nowhere Trust,100,,")
                                    << QStringLiteral("row 2: agency “Nowhere Trust” is not an agency of this board");
    QTest::newRow("income with no agency")
        << QByteArray("income,Grant,,100,,")
        << QStringLiteral("row 2: agency is empty; an income line is a partner agency's contribution");
    QTest::newRow("other kind") << QByteArray("loan,Venue hire,,100,,")
                                << QStringLiteral("row 2: kind “loan” is neither income nor spend");
    QTest::newRow("no line") << QByteArray("spend,,,100,,")
                             << QStringLiteral("row 2: line is empty; every budget line needs a name");
}

void TestBudgetImport::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString board = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "kind,line,agency,budget,q1,q2\n" + row + "\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = importBudget(board, csv);
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    QCOMPARE(test::fileDigest(board), before);
}

void TestBudgetImport::dryRunWritesNothing()
{
    const QString board = freshDemo(QStringLiteral("dry.assure"));
    const QString csv = path("dry.csv");
    QVERIFY(test::writeFile(csv, kLines + "spend,Twice,,1,,,,\nSPEND,twice,,2,,,,\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = importBudget(board, csv, {QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, QStringLiteral("imported 6, unchanged 0, rejected 1\n"
                                   "row 8: spend line “twice” is given on an earlier row too\n"));
    QCOMPARE(test::fileDigest(board), before);
}

void TestBudgetImport::yearIsNeeded()
{
    const QString board = freshDemo(QStringLiteral("year.assure"));
    const QString csv = path("year.csv");
    QVERIFY(test::writeFile(csv, kLines));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--budget"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--year")), qPrintable(r.err));
    QCOMPARE(test::fileDigest(board), before);
}

QTEST_GUILESS_MAIN(TestBudgetImport)
#include "tst_budgetimport.moc"
