// assure-cli import --actions and export --actions (issue 14, part 7): export then import changes
// nothing and says so, a changed row updates its action, new rows take the next references, each
// bad input names its row and field and leaves the board file as it was.
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

class TestActionsImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImportIsUnchanged_data();
    void exportThenImportIsUnchanged();
    void changedAndNewRows();
    void exportFilters();
    void badRows_data();
    void badRows();
    void allOrNothing();
    void notWhatItClaims_data();
    void notWhatItClaims();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    QJsonArray actions(const QString &board, const QStringList &more = {}) const
    {
        const Run r = cli(QStringList{QStringLiteral("actions"), board, QStringLiteral("--json")} + more);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QJsonObject byRef(const QJsonArray &all, const QString &ref)
    {
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("ref")).toString() == ref)
                return v.toObject();
        return {};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestActionsImport::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode,
             0);
}

void TestActionsImport::exportThenImportIsUnchanged_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestActionsImport::exportThenImportIsUnchanged()
{
    QFETCH(QString, suffix);
    const QString board = freshDemo(QStringLiteral("same-") + suffix + QStringLiteral(".assure"));
    const QString out = path("actions.") + suffix;
    QCOMPARE(cli({QStringLiteral("export"), board, QStringLiteral("--actions"), out}).exitCode, 0);
    const int count = static_cast<int>(actions(board).size());
    QVERIFY(count >= 20);
    const QByteArray before = test::fileDigest(board);
    const QJsonArray all = actions(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 0, unchanged %1, rejected 0").arg(count));
    QCOMPARE(test::fileDigest(board), before);
    QCOMPARE(actions(board), all);
}

void TestActionsImport::changedAndNewRows()
{
    const QString board = freshDemo(QStringLiteral("changed.assure"));
    const QString csv = path("changed.csv");
    // Columns in another order and case; a ref of the board updates it, rows without one are new.
    QVERIFY(test::writeFile(csv,
                            "Title,REF,Due,Status,Percent,Agency,Lead\n"
                            "Rewrite the neglect pathway (second edition),A-2026-001,2027-01-29,In progress,70,,\n"
                            "Run a neglect practice week,,15/03/2027,not_started,,Westmere Integrated Care Board,\n"
                            "Publish the neglect toolkit,,2027-04-30,,,,\n"));
    const QString sourceBefore =
        byRef(actions(board), QStringLiteral("A-2026-001")).value(QStringLiteral("source")).toString();
    QVERIFY(!sourceBefore.isEmpty());
    const Run dry =
        cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.out.trimmed(), QStringLiteral("imported 3, unchanged 0, rejected 0"));
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 3, unchanged 0, rejected 0"));
    const QJsonArray all = actions(board);
    const QJsonObject changed = byRef(all, QStringLiteral("A-2026-001"));
    QCOMPARE(changed.value(QStringLiteral("title")).toString(),
             QStringLiteral("Rewrite the neglect pathway (second edition)"));
    QCOMPARE(changed.value(QStringLiteral("due")).toString(), QStringLiteral("2027-01-29"));
    QCOMPARE(changed.value(QStringLiteral("percent")).toInt(), 70);
    // Columns that the file leaves out keep what was stored; blank ones clear it.
    QCOMPARE(changed.value(QStringLiteral("source")).toString(), sourceBefore);
    QCOMPARE(changed.value(QStringLiteral("agency")), QJsonValue());
    // The new ones take the next references of the year they are imported in.
    const int year = QDate::currentDate().year();
    const QJsonObject week =
        byRef(all, QStringLiteral("A-%1-%2").arg(year).arg(year == 2026 ? 26 : 1, 3, 10, QLatin1Char('0')));
    QCOMPARE(week.value(QStringLiteral("title")).toString(), QStringLiteral("Run a neglect practice week"));
    QCOMPARE(week.value(QStringLiteral("due")).toString(), QStringLiteral("2027-03-15"));
    QCOMPARE(week.value(QStringLiteral("agency")).toString(), QStringLiteral("Westmere Integrated Care Board"));
    QCOMPARE(week.value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
    QCOMPARE(all.size(), actions(m_demo).size() + 2);
    // Again: the updated action is now unchanged; rows without a ref are new actions each time.
    const Run again = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv});
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 2, unchanged 1, rejected 0"));
}

void TestActionsImport::exportFilters()
{
    const QString out = path("filtered.csv");
    const QString agency = QStringLiteral("Westmere Integrated Care Board");
    QCOMPARE(cli({QStringLiteral("export"), m_demo, QStringLiteral("--actions"), out, QStringLiteral("--agency"),
                  agency, QStringLiteral("--status"), QStringLiteral("in_progress")})
                 .exitCode,
             0);
    const QJsonArray expected = actions(
        m_demo, {QStringLiteral("--agency"), agency, QStringLiteral("--status"), QStringLiteral("in_progress")});
    QVERIFY(!expected.isEmpty());
    const QStringList lines = QString::fromUtf8(test::readFile(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size() + 1);
    for (const QJsonValue &v : expected)
        QVERIFY(test::readFile(out).contains(v.toObject().value(QStringLiteral("ref")).toString().toUtf8() + ','));
    const Run bad = cli({QStringLiteral("export"), m_demo, QStringLiteral("--actions"), out, QStringLiteral("--agency"),
                         QStringLiteral("Nowhere Trust")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("no agency called “Nowhere Trust”")), qPrintable(bad.err));
    // The import takes no filters: --agency is for progress returns only.
    const Run filtered =
        cli({QStringLiteral("import"), m_demo, QStringLiteral("--actions"), out, QStringLiteral("--agency"), agency});
    QCOMPARE(filtered.exitCode, 2);
    QVERIFY2(filtered.err.contains(QStringLiteral("--agency goes with --action-returns")), qPrintable(filtered.err));
}

void TestActionsImport::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    const QByteArray title = "Rewrite the neglect pathway around the Graded Care Profile";
    QTest::newRow("31/02/2026") << QByteArray(",A date that is not,,,31/02/2026,,")
                                << QStringLiteral("row 2: due “31/02/2026” is not a date");
    QTest::newRow("percent 140") << QByteArray(",Too much,,,,,140")
                                 << QStringLiteral("row 2: percent “140” is not a whole number from 0 to 100");
    QTest::newRow("percent -5") << QByteArray(",Too little,,,,,-5")
                                << QStringLiteral("row 2: percent “-5” is not a whole number from 0 to 100");
    QTest::newRow("lead not on the board")
        << QByteArray(",Someone else,,Nobody Atall,,,")
        << QStringLiteral("row 2: lead “Nobody Atall” is not a person on this board");
    QTest::newRow("unknown agency") << QByteArray(",Elsewhere,Nowhere Trust,,,,")
                                    << QStringLiteral("row 2: agency “Nowhere Trust” is not an agency of this board");
    QTest::newRow("title of 10,000 characters")
        << (",\"" + QByteArray(10000, 'x') + "\",,,,,")
        << QStringLiteral("row 2: title “%1…” (10,000 characters) is longer than a title may be (500 characters)")
               .arg(QString(60, QLatin1Char('x')));
    QTest::newRow("no title") << QByteArray("A-2026-001,,,,,,") << QStringLiteral("row 2: title is empty");
    QTest::newRow("not a status") << QByteArray(",Greenish,,,,Greenish,")
                                  << QStringLiteral("row 2: status “Greenish” is not a status");
    QTest::newRow("impact without evidence")
        << ("A-2026-001," + title + ",,,,impact_evidenced,")
        << QStringLiteral(
               "row 2: status “impact_evidenced”: impact can be evidenced only once the action is completed");
}

void TestActionsImport::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString board = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "ref,title,agency,lead,due,status,percent\n" + row + "\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv});
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    QCOMPARE(test::fileDigest(board), before);
}

void TestActionsImport::allOrNothing()
{
    const QString board = freshDemo(QStringLiteral("whole.assure"));
    const QString csv = path("whole.csv");
    QVERIFY(test::writeFile(csv, "title,percent\nA good new action,\nA bad one,140\n"));
    const QByteArray before = test::fileDigest(board);
    const Run refused =
        cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv, QStringLiteral("--all-or-nothing")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.out.startsWith(QStringLiteral("imported 0, unchanged 0, rejected 1\nrow 3: percent")),
             qPrintable(refused.out));
    QCOMPARE(test::fileDigest(board), before);
    // Without it the good row goes in, and the bad one is still reported.
    const Run taken = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), csv});
    QCOMPARE(taken.exitCode, 4);
    QVERIFY2(taken.out.startsWith(QStringLiteral("imported 1, unchanged 0, rejected 1")), qPrintable(taken.out));
    QCOMPARE(actions(board).size(), actions(m_demo).size() + 1);
}

void TestActionsImport::notWhatItClaims_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("a CSV named .xlsx") << QStringLiteral("csv.xlsx") << QByteArray("ref,title\n,A\n")
                                       << QStringLiteral("is not an Excel workbook");
    QTest::newRow("a zip named .csv") << QStringLiteral("zip.csv") << QByteArray("PK\x03\x04\0\0\0\0garbage", 16)
                                      << QStringLiteral("NUL");
    QTest::newRow("no title column") << QStringLiteral("notitle.csv") << QByteArray("ref,due\nA-2026-001,2027-01-01\n")
                                     << QStringLiteral("title");
}

void TestActionsImport::notWhatItClaims()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString board = freshDemo(QStringLiteral("claims.assure"));
    QVERIFY(test::writeFile(path(name), bytes));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--actions"), path(name)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(test::fileDigest(board), before);
}

QTEST_GUILESS_MAIN(TestActionsImport)
#include "tst_actionsimport.moc"
