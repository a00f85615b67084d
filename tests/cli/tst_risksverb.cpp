// assure-cli import --risks and the `priorities` and `risks` keys of assure-cli board (issue 18,
// parts 1, 5 and 7): rows from CSV and XLSX added and then updated by title, each bad row named
// with its field and the board file left as it was, and the JSON a script reads.
#include "interchange/tablefile.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kAsOf = QStringLiteral("2026-11-22");

} // namespace

class TestRisksVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCsvThenUpdate();
    void importXlsx();
    void badRows_data();
    void badRows();
    void allOrNothing();
    void noTitleColumn();
    void risksJson();
    void prioritiesJson();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static QJsonObject board(const QString &file, const QString &year = QStringLiteral("2026/27"))
    {
        const Run r = cli({QStringLiteral("board"), file, QStringLiteral("--year"), year, QStringLiteral("--as-of"),
                           kAsOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static QJsonObject byTitle(const QJsonArray &all, const QString &title)
    {
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("title")).toString() == title)
                return v.toObject();
        return {};
    }
    // Runs SQL on a board file directly, as a damaged or hand-edited file would be.
    static bool exec(const QString &file, const char *sql)
    {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK &&
                        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRisksVerb::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), kAsOf}).exitCode, 0);
}

void TestRisksVerb::importCsvThenUpdate()
{
    const QString file = freshDemo(QStringLiteral("csv.assure"));
    const int before = int(board(file).value(QStringLiteral("risks")).toArray().size());
    const QString csv = path("risks.csv");
    // Columns in another order and case; an owner by name; a day-first review date.
    QVERIFY(test::writeFile(csv, "Likelihood,Impact,TITLE,owner,review_date,target_score,cause,consequence\n"
                                 "4,4,Partners withdraw from case audits,Ben Shah,30/09/2026,6,Staffing,Fewer audits\n"
                                 "1,4,The board file is lost,,2027-03-31,,,\n"));
    const Run dry = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    QCOMPARE(board(file).value(QStringLiteral("risks")).toArray().size(), before);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    QJsonArray risks = board(file).value(QStringLiteral("risks")).toArray();
    QCOMPARE(risks.size(), before + 2);
    QJsonObject audits = byTitle(risks, QStringLiteral("Partners withdraw from case audits"));
    QCOMPARE(audits.value(QStringLiteral("owner")).toString(), QStringLiteral("Ben Shah"));
    QCOMPARE(audits.value(QStringLiteral("score")).toInt(), 16);
    QCOMPARE(audits.value(QStringLiteral("rating")).toString(), QStringLiteral("red"));
    QCOMPARE(audits.value(QStringLiteral("target_score")).toInt(), 6);
    QCOMPARE(audits.value(QStringLiteral("review_date")).toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(audits.value(QStringLiteral("review_overdue")).toBool(), true);
    const QJsonObject lost = byTitle(risks, QStringLiteral("The board file is lost"));
    QCOMPARE(lost.value(QStringLiteral("rating")).toString(), QStringLiteral("green"));
    QCOMPARE(lost.value(QStringLiteral("owner")), QJsonValue());
    QCOMPARE(lost.value(QStringLiteral("target_score")), QJsonValue());
    QCOMPARE(lost.value(QStringLiteral("review_overdue")).toBool(), false);

    // The same title, in another case, updates the risk; the unchanged row is said to be.
    QVERIFY(test::writeFile(csv, "title,likelihood,impact\n"
                                 "partners withdraw from case audits,2,5\n"
                                 "The board file is lost,1,4\n"));
    const Run again = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv});
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 1, unchanged 1, rejected 0"));
    risks = board(file).value(QStringLiteral("risks")).toArray();
    QCOMPARE(risks.size(), before + 2);
    audits = byTitle(risks, QStringLiteral("partners withdraw from case audits"));
    QCOMPARE(audits.value(QStringLiteral("score")).toInt(), 10);
    QCOMPARE(audits.value(QStringLiteral("rating")).toString(), QStringLiteral("amber"));
    // Columns the file leaves out keep what was stored.
    QCOMPARE(audits.value(QStringLiteral("owner")).toString(), QStringLiteral("Ben Shah"));
    QCOMPARE(audits.value(QStringLiteral("target_score")).toInt(), 6);
}

void TestRisksVerb::importXlsx()
{
    const QString file = freshDemo(QStringLiteral("xlsx.assure"));
    const QString xlsx = path("risks.xlsx");
    TableSheet sheet;
    sheet.name = QStringLiteral("Risks");
    sheet.header = QStringList{QStringLiteral("title"), QStringLiteral("likelihood"), QStringLiteral("impact"),
                               QStringLiteral("review_date")};
    // Numbers and dates as a spreadsheet holds them, not as text.
    sheet.rows << QVariantList{QStringLiteral("Escalation routes are not known"), 2, 5, QDate(2027, 1, 15)}
               << QVariantList{QStringLiteral("Too likely"), 6, 1, QVariant()};
    QString error;
    QVERIFY2(writeTableFile(xlsx, {sheet}, &error), qPrintable(error));
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), xlsx});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 1\n"
                                             "row 3: likelihood: 6 is not from 1 to 5"));
    const QJsonObject risk = byTitle(board(file).value(QStringLiteral("risks")).toArray(),
                                     QStringLiteral("Escalation routes are not known"));
    QCOMPARE(risk.value(QStringLiteral("score")).toInt(), 10);
    QCOMPARE(risk.value(QStringLiteral("review_date")).toString(), QStringLiteral("2027-01-15"));
}

void TestRisksVerb::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("likelihood 6") << QByteArray("Too likely,,6,3,,")
                                  << QStringLiteral("row 2: likelihood: 6 is not from 1 to 5");
    QTest::newRow("impact 0") << QByteArray("No impact,,2,0,,")
                              << QStringLiteral("row 2: impact: 0 is not from 1 to 5");
    QTest::newRow("likelihood in words") << QByteArray("Worded,,high,3,,")
                                         << QStringLiteral(
                                                "row 2: likelihood: “high” is not a whole number from 1 to 5");
    QTest::newRow("no impact") << QByteArray("Half rated,,3,,,")
                               << QStringLiteral("row 2: impact: is empty; give a whole number from 1 to 5");
    QTest::newRow("owner not on the board")
        << QByteArray("Someone else's,Nobody Atall,2,2,,")
        << QStringLiteral("row 2: owner: “Nobody Atall” is not a person on this board");
    QTest::newRow("target 30") << QByteArray("Aim too high,,2,2,30,")
                               << QStringLiteral("row 2: target_score: “30” is not a whole number from 1 to 25");
    QTest::newRow("31/09/2026") << QByteArray("Bad review,,2,2,,31/09/2026")
                                << QStringLiteral("row 2: review_date: “31/09/2026” is not a date");
    QTest::newRow("no title") << QByteArray(",,2,2,,") << QStringLiteral("row 2: title is empty");
}

void TestRisksVerb::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString file = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "title,owner,likelihood,impact,target_score,review_date\n" + row + "\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv});
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    QCOMPARE(test::fileDigest(file), before);
}

void TestRisksVerb::allOrNothing()
{
    const QString file = freshDemo(QStringLiteral("whole.assure"));
    const QString csv = path("whole.csv");
    QVERIFY(test::writeFile(csv, "title,likelihood,impact\nA sound risk,2,2\nA bad one,2,6\nA SOUND RISK,3,3\n"));
    const QByteArray before = test::fileDigest(file);
    const Run refused =
        cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv, QStringLiteral("--all-or-nothing")});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.out.trimmed(), QStringLiteral("imported 0, unchanged 0, rejected 2\n"
                                                   "row 3: impact: 6 is not from 1 to 5\n"
                                                   "row 4: title “A SOUND RISK” is given on an earlier row too"));
    QCOMPARE(test::fileDigest(file), before);
    // Without it the good row goes in, and the bad ones are still reported.
    const Run taken = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv});
    QCOMPARE(taken.exitCode, 4);
    QVERIFY2(taken.out.startsWith(QStringLiteral("imported 1, unchanged 0, rejected 2")), qPrintable(taken.out));
    QCOMPARE(byTitle(board(file).value(QStringLiteral("risks")).toArray(), QStringLiteral("A sound risk"))
                 .value(QStringLiteral("score"))
                 .toInt(),
             4);
}

void TestRisksVerb::noTitleColumn()
{
    const QString file = freshDemo(QStringLiteral("notitle.assure"));
    const QString csv = path("notitle.csv");
    QVERIFY(test::writeFile(csv, "risk_name,likelihood,impact\nA,2,2\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("title")), qPrintable(r.err));
    QCOMPARE(test::fileDigest(file), before);
}

void TestRisksVerb::risksJson()
{
    const QString file = freshDemo(QStringLiteral("json.assure"));
    const QString csv = path("json.csv");
    // Bands at their edges, and review dates either side of the as-of day.
    QVERIFY(test::writeFile(csv, "title,likelihood,impact,review_date\n"
                                 "Edge four,2,2,2026-11-22\n"
                                 "Edge five,1,5,2026-11-21\n"
                                 "Edge ten,2,5,\n"
                                 "Edge twelve,3,4,2026-11-23\n"));
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral("--risks"), csv}).exitCode, 0);
    const QJsonArray risks = board(file).value(QStringLiteral("risks")).toArray();
    const auto check = [&](const char *title, int score, const char *rating, bool overdue) {
        const QJsonObject r = byTitle(risks, QString::fromUtf8(title));
        QCOMPARE(r.value(QStringLiteral("score")).toInt(), score);
        QCOMPARE(r.value(QStringLiteral("rating")).toString(), QString::fromUtf8(rating));
        QCOMPARE(r.value(QStringLiteral("review_overdue")).toBool(), overdue);
    };
    check("Edge four", 4, "green", false);
    check("Edge five", 5, "amber", true);
    check("Edge ten", 10, "amber", false);
    check("Edge twelve", 12, "red", false);
    // Highest score first.
    int last = 26;
    for (const QJsonValue &v : risks) {
        QVERIFY(v.toObject().value(QStringLiteral("score")).toInt() <= last);
        last = v.toObject().value(QStringLiteral("score")).toInt();
    }
    // The board's own bands: RED from 10 makes ten red, and nothing is stored per risk.
    QVERIFY(exec(file, "UPDATE risk_settings SET amber_from = 4, red_from = 10"));
    const QJsonArray rebanded = board(file).value(QStringLiteral("risks")).toArray();
    QCOMPARE(byTitle(rebanded, QStringLiteral("Edge four")).value(QStringLiteral("rating")).toString(),
             QStringLiteral("amber"));
    QCOMPARE(byTitle(rebanded, QStringLiteral("Edge ten")).value(QStringLiteral("rating")).toString(),
             QStringLiteral("red"));
    // Levels outside 1 to 5 never reach the file, whatever writes to it.
    QVERIFY(!exec(file, "UPDATE risk SET likelihood = 6"));
    QVERIFY(!exec(file, "UPDATE risk SET impact = 0"));
}

void TestRisksVerb::prioritiesJson()
{
    const QJsonObject out = board(m_demo);
    const QJsonArray priorities = out.value(QStringLiteral("priorities")).toArray();
    QVERIFY(!priorities.isEmpty());
    const QStringList statuses{QStringLiteral("on_track"), QStringLiteral("some_concern"), QStringLiteral("off_track"),
                               QStringLiteral("no_data")};
    for (const QJsonValue &v : priorities) {
        const QJsonObject p = v.toObject();
        QVERIFY(!p.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY2(statuses.contains(p.value(QStringLiteral("status")).toString()),
                 qPrintable(p.value(QStringLiteral("status")).toString()));
        QCOMPARE(p.value(QStringLiteral("period")).toString(), QStringLiteral("2026/27 Q2"));
        const QJsonObject ind = p.value(QStringLiteral("indicators")).toObject();
        QCOMPARE(ind.value(QStringLiteral("green")).toInt() + ind.value(QStringLiteral("amber")).toInt() +
                     ind.value(QStringLiteral("red")).toInt() + ind.value(QStringLiteral("unrated")).toInt(),
                 ind.value(QStringLiteral("total")).toInt());
        const QJsonObject act = p.value(QStringLiteral("actions")).toObject();
        QCOMPARE(act.value(QStringLiteral("on_track")).toInt() + act.value(QStringLiteral("amber")).toInt() +
                     act.value(QStringLiteral("red")).toInt() + act.value(QStringLiteral("cancelled")).toInt(),
                 act.value(QStringLiteral("total")).toInt());
    }
    // A priority of another year is not listed; a standing one is, in every year.
    const QString file = freshDemo(QStringLiteral("priorities.assure"));
    QVERIFY(exec(file, "INSERT INTO priority (title, year, description) VALUES ('Old business', 2019, ''), "
                       "('Always with us', 0, '')"));
    const QJsonArray listed = board(file).value(QStringLiteral("priorities")).toArray();
    QVERIFY(byTitle(listed, QStringLiteral("Old business")).isEmpty());
    const QJsonObject standing = byTitle(listed, QStringLiteral("Always with us"));
    QCOMPARE(standing.value(QStringLiteral("year")).toString(), QStringLiteral("standing"));
    // Nothing linked to it: no data, and all its counts 0.
    QCOMPARE(standing.value(QStringLiteral("status")).toString(), QStringLiteral("no_data"));
    QCOMPARE(standing.value(QStringLiteral("indicators")).toObject().value(QStringLiteral("total")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestRisksVerb)
#include "tst_risksverb.moc"
