// assure-cli as a user runs it: demo, info, check, create, and every refusal with its exit code.
#include "storage/boardfile.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"
#include "testsupport/tablecontents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;

using test::cli;
using test::Run;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("backups"))));
    }
    void demoThenInfoCountsMatch();
    void largeDemoIsTenTimesBigger();
    void demoIsTheSameForTheSameSeed();
    void checkSoundAndTruncated();
    void createMakesAnEmptyBoard();
    void refusals_data();
    void refusals();
    void helpAndVersion();
    void indicatorsJson();
    void textIsBritishWhateverTheSystemLocale();
    void importMeasurements();
    void importAllOrNothingLeavesFileUnchanged();
    void exportThenImportIntoANewBoard();
    void exportRefusals();
    void backupThenRestoreGivesTheSameBoard();
    void backupWhileAnotherProgramWrites();
    void backupWithoutOutGoesToTheBackupsFolder();
    void restoreRefusals();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::demoThenInfoCountsMatch()
{
    const QString file = path("demo.assure");
    const Run demo = cli({QStringLiteral("demo"), file});
    QCOMPARE(demo.exitCode, 0);
    const Run info = cli({QStringLiteral("info"), file});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), BoardFile::currentSchemaVersion());
    QCOMPARE(json.value(QStringLiteral("application_id")).toInteger(), qint64(BoardFile::kApplicationId));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("agency")).toInt(), 20);
    QCOMPARE(counts.value(QStringLiteral("person")).toInt(), 60);
    QCOMPARE(counts.value(QStringLiteral("subgroup")).toInt(), 6);
    QCOMPARE(counts.value(QStringLiteral("board")).toInt(), 1);
    // One entry per table in the file, counted independently here.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'", -1,
                       &stmt, nullptr);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(counts.size(), sqlite3_column_int(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

void TestCli::largeDemoIsTenTimesBigger()
{
    const QString file = path("large.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--scale"), QStringLiteral("large")}).exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(cli({QStringLiteral("info"), file}).out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("counts"))
                                   .toObject();
    QVERIFY(counts.value(QStringLiteral("agency")).toInt() >= 200);
    QVERIFY(counts.value(QStringLiteral("person")).toInt() >= 600);
    QVERIFY(counts.value(QStringLiteral("subgroup")).toInt() >= 60);
}

void TestCli::demoIsTheSameForTheSameSeed()
{
    const QString a = path("a.assure");
    const QString b = path("b.assure");
    const QString c = path("c.assure");
    QCOMPARE(cli({QStringLiteral("demo"), a, QStringLiteral("--seed"), QStringLiteral("11")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("demo"), b, QStringLiteral("--seed"), QStringLiteral("11")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("demo"), c, QStringLiteral("--seed"), QStringLiteral("12")}).exitCode, 0);
    QCOMPARE(test::fileDigest(a), test::fileDigest(b));
    QVERIFY(test::fileDigest(a) != test::fileDigest(c));
}

void TestCli::checkSoundAndTruncated()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const Run sound = cli({QStringLiteral("check"), file});
    QCOMPARE(sound.exitCode, 0);
    QVERIFY(sound.out.contains(QStringLiteral("sound")));

    const QString truncated = path("truncated.assure");
    const QByteArray bytes = test::readFile(file);
    QVERIFY(test::writeFile(truncated, bytes.left(bytes.size() / 2)));
    const QByteArray before = test::fileDigest(truncated);
    const Run damaged = cli({QStringLiteral("check"), truncated});
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
    QCOMPARE(test::fileDigest(truncated), before);
    // Other verbs refuse the damaged file as unusable.
    QCOMPARE(cli({QStringLiteral("info"), truncated}).exitCode, 2);
}

void TestCli::createMakesAnEmptyBoard()
{
    const QString file = path("new.assure");
    QCOMPARE(cli({QStringLiteral("create"), file, QStringLiteral("--name"), QStringLiteral("Fenholt SAB")}).exitCode,
             0);
    const QJsonObject json = QJsonDocument::fromJson(cli({QStringLiteral("info"), file}).out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("board")).toString(), QStringLiteral("Fenholt SAB"));
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("agency")).toInt(), 0);
    // One entry in its history, said in the singular, whatever the system's locale.
    const QByteArray before = qgetenv("LC_ALL");
    const auto restore = qScopeGuard([&] { qputenv("LC_ALL", before); });
    qputenv("LC_ALL", "C");
    const Run check = cli({QStringLiteral("check"), file});
    QVERIFY2(check.out.contains(QStringLiteral("Change history: 1 entry (")), qPrintable(check.out));
    const Run again = cli({QStringLiteral("create"), file});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
}

void TestCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fileKind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no verb") << QStringList{} << QString() << QStringLiteral("needs a verb");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << QString()
                                  << QStringLiteral("not an assure-cli verb");
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << QString() << QStringLiteral("usage");
    QTest::newRow("missing file") << QStringList{QStringLiteral("info"), QStringLiteral("FILE")}
                                  << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("check missing file") << QStringList{QStringLiteral("check"), QStringLiteral("FILE")}
                                        << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("not a board file") << QStringList{QStringLiteral("info"), QStringLiteral("FILE")}
                                      << QStringLiteral("text") << QStringLiteral("not an Assure board file");
    QTest::newRow("check not a board file") << QStringList{QStringLiteral("check"), QStringLiteral("FILE")}
                                            << QStringLiteral("text") << QStringLiteral("not an Assure board file");
    QTest::newRow("newer board file") << QStringList{QStringLiteral("info"), QStringLiteral("FILE")}
                                      << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("check newer board file") << QStringList{QStringLiteral("check"), QStringLiteral("FILE")}
                                            << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("bad scale") << QStringList{QStringLiteral("demo"), QStringLiteral("FILE"), QStringLiteral("--scale"),
                                              QStringLiteral("huge")}
                               << QStringLiteral("missing") << QStringLiteral("small or large");
    QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("FILE"), QStringLiteral("--seed"),
                                             QStringLiteral("-4")}
                              << QStringLiteral("missing") << QStringLiteral("whole number");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--colour"),
                                                   QStringLiteral("FILE")}
                                    << QStringLiteral("missing") << QStringLiteral("colour");
}

void TestCli::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fileKind);
    QFETCH(QString, messagePart);
    const QString file = path("target.assure");
    if (fileKind == QLatin1String("text")) {
        QVERIFY(test::writeFile(file, "this is a spreadsheet, honestly\n"));
    } else if (fileKind == QLatin1String("newer")) {
        QCOMPARE(cli({QStringLiteral("create"), file}).exitCode, 0);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(file).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    args.replaceInStrings(QStringLiteral("FILE"), file);
    const QByteArray before = test::fileDigest(file);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QCOMPARE(test::fileDigest(file), before);
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *verb : {"create", "demo", "info", "check"})
        QVERIFY2(help.out.contains(QLatin1String(verb)), verb);
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("assure-cli ")));
    const Run verbHelp = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.exitCode, 0);
    QVERIFY(verbHelp.out.contains(QStringLiteral("--scale")));
    QVERIFY2(verbHelp.out.startsWith(QStringLiteral("Usage: assure-cli demo OUT.assure [--scale small|large]")),
             qPrintable(verbHelp.out));
    // The desktop program answers too, without a display.
    QProcess desktop;
    desktop.start(QStringLiteral(ASSURE_BIN_DIR "/assure"),
                  {QStringLiteral("--version"), QStringLiteral("-platform"), QStringLiteral("offscreen")});
    QVERIFY(desktop.waitForFinished(60000));
    QCOMPARE(desktop.exitCode(), 0);
    QVERIFY(QString::fromUtf8(desktop.readAllStandardOutput()).contains(QStringLiteral("Assure")));
}

void TestCli::indicatorsJson()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const Run all = cli({QStringLiteral("indicators"), file, QStringLiteral("--period"), QStringLiteral("2026/27 Q2"),
                         QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(rows.size(), 41);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        for (const char *key : {"code", "title", "period", "value", "target", "achievement", "rag", "trend"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red"),
                             QStringLiteral("blue"), QStringLiteral("na"), QStringLiteral("no_data")})
                    .contains(row.value(QStringLiteral("rag")).toString()));
        const QJsonValue achievement = row.value(QStringLiteral("achievement"));
        QVERIFY(achievement.isNull() || (achievement.toDouble() > 0 && achievement.toDouble() < 5)); // a fraction
    }
    const Run one = cli({QStringLiteral("indicator"), file, QStringLiteral("--code"), QStringLiteral("CP-03"),
                         QStringLiteral("--json")});
    QCOMPARE(one.exitCode, 0);
    const QJsonObject cp03 = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QCOMPARE(cp03.value(QStringLiteral("polarity")).toString(), QStringLiteral("lower"));
    const QJsonObject spc = cp03.value(QStringLiteral("spc")).toObject();
    QVERIFY(spc.value(QStringLiteral("lpl")).toDouble() < spc.value(QStringLiteral("mean")).toDouble());
    QVERIFY(spc.value(QStringLiteral("upl")).toDouble() > spc.value(QStringLiteral("mean")).toDouble());
    QCOMPARE(spc.value(QStringLiteral("trial")).toBool(), false);
    // The demo's CP-03 ends on a rising trend of seven: concerns, lower being better (the last
    // point may also break the upper limit, which outranks the trend).
    const QJsonArray points = cp03.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.last().toObject().value(QStringLiteral("spc_point")).toString(), QStringLiteral("concern"));
    int trendPoints = 0;
    for (qsizetype i = points.size() - 7; i < points.size(); ++i)
        trendPoints +=
            points.at(i).toObject().value(QStringLiteral("spc_rule")).toString() == QLatin1String("trend") ? 1 : 0;
    QVERIFY(trendPoints >= 5);
    QCOMPARE(cli({QStringLiteral("indicator"), file, QStringLiteral("--code"), QStringLiteral("NOPE")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("indicators"), file, QStringLiteral("--period"), QStringLiteral("Sept 26")}).exitCode,
             2);
}

void TestCli::textIsBritishWhateverTheSystemLocale()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    // The program's own locale, not the system's, as in the desktop program: a German system
    // would otherwise print "94,4%" and "1.322".
    const QByteArray before = qgetenv("LC_ALL");
    const auto restore = qScopeGuard([&] { qputenv("LC_ALL", before); });
    qputenv("LC_ALL", "de_DE.UTF-8");
    const Run text =
        cli({QStringLiteral("indicators"), file, QStringLiteral("--period"), QStringLiteral("2026/27 Q2")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("value \\d+\\.\\d%"))), qPrintable(text.out));
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("value \\d{1,3},\\d{3}\\b"))), qPrintable(text.out));
    QVERIFY2(!text.out.contains(QRegularExpression(QStringLiteral("\\d,\\d%"))), qPrintable(text.out));
}

void TestCli::importMeasurements()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const QString csv = path("data.csv");
    QVERIFY(test::writeFile(csv, "\xEF\xBB\xBFIndicator code,Period,Value,Commentary\r\n"
                                 "CSC-01,Nov 2026,21.5,\"Validated, and down: two sibling groups closed\"\r\n"
                                 "CP-99,Nov 2026,4,\r\n"
                                 "CSC-01,Sept 26,20,\r\n"
                                 "CP-02,2026/27 Q3,n/a,\r\n"));
    const Run dry =
        cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 4);
    const QStringList lines = dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 1, unchanged 0, rejected 3"));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("row 3: unknown indicator code")), qPrintable(dry.out));
    QVERIFY2(lines.value(2).startsWith(QStringLiteral("row 4: ")) && lines.value(2).contains(QStringLiteral("Sept 26")),
             qPrintable(dry.out));
    QVERIFY2(lines.value(3).startsWith(QStringLiteral("row 5: ")) && lines.value(3).contains(QStringLiteral("n/a")),
             qPrintable(dry.out));
    // A dry run wrote nothing; a real one writes the good row.
    const Run before = cli({QStringLiteral("indicator"), file, QStringLiteral("--code"), QStringLiteral("CSC-01"),
                            QStringLiteral("--json")});
    QVERIFY(!before.out.contains(QStringLiteral("Nov 2026")));
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), csv}).exitCode, 4);
    const Run after = cli({QStringLiteral("indicator"), file, QStringLiteral("--code"), QStringLiteral("CSC-01"),
                           QStringLiteral("--json")});
    QVERIFY(after.out.contains(QStringLiteral("Nov 2026")));
    // The same file again writes nothing, and says so: the good row is now unchanged, not imported.
    const QByteArray written = test::fileDigest(file);
    const Run again = cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), csv});
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.out.startsWith(QStringLiteral("imported 0, unchanged 1, rejected 3")), qPrintable(again.out));
    QCOMPARE(test::fileDigest(file), written);
    // Unusable input: no such file, or no period column.
    QCOMPARE(cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), path("missing.csv")}).exitCode, 2);
    QVERIFY(test::writeFile(path("bad.csv"), "Indicator code,Value\nCSC-01,3\n"));
    const Run bad = cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), path("bad.csv")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("eriod")), qPrintable(bad.err));
}

void TestCli::importAllOrNothingLeavesFileUnchanged()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const QString csv = path("data.csv");
    QVERIFY(test::writeFile(csv, "Indicator code,Period,Value\nCSC-01,Nov 2026,21.5\nCP-99,Nov 2026,4\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = cli(
        {QStringLiteral("import"), file, QStringLiteral("--measurements"), csv, QStringLiteral("--all-or-nothing")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.startsWith(QStringLiteral("imported 0, unchanged 0, rejected 1")), qPrintable(r.out));
    QCOMPARE(test::fileDigest(file), before);
    // Without the rejected row it all goes in, and exits 0.
    QVERIFY(test::writeFile(csv, "Indicator code,Period,Value\nCSC-01,Nov 2026,21.5\n"));
    QCOMPARE(
        cli({QStringLiteral("import"), file, QStringLiteral("--measurements"), csv, QStringLiteral("--all-or-nothing")})
            .exitCode,
        0);
    QVERIFY(test::fileDigest(file) != before);
}

void TestCli::exportThenImportIntoANewBoard()
{
    // The demo's indicators and measurements, exported and imported into an empty board, rate
    // every indicator the same: what a board moving its framework between files relies on.
    const QString demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode, 0);
    const QString defs = path("defs.xlsx");
    const QString data = path("data.csv");
    const Run exportDefs = cli({QStringLiteral("export"), demo, QStringLiteral("--indicators"), defs});
    QVERIFY2(exportDefs.exitCode == 0, qPrintable(exportDefs.err));
    QCOMPARE(cli({QStringLiteral("export"), demo, QStringLiteral("--measurements"), data}).exitCode, 0);
    QVERIFY(QFileInfo(defs).size() > 0);

    // Owner agencies are matched by name, so the new board needs the demo's agencies first:
    // import without them and every owned indicator is rejected, naming the agency.
    const QString fresh = path("fresh.assure");
    QCOMPARE(cli({QStringLiteral("create"), fresh, QStringLiteral("--name"), QStringLiteral("Fresh")}).exitCode, 0);
    const Run refused =
        cli({QStringLiteral("import"), fresh, QStringLiteral("--indicators"), defs, QStringLiteral("--dry-run")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.out.contains(QStringLiteral("agency")), qPrintable(refused.out));

    // Copy the demo, drop its indicators, and import them back from the exported files.
    const QString copy = path("copy.assure");
    QVERIFY(QFile::copy(demo, copy));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(copy).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(
            db,
            "PRAGMA foreign_keys=ON; DELETE FROM indicator; DELETE FROM rag_threshold WHERE indicator_id IS NOT NULL",
            nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    const Run defsIn = cli({QStringLiteral("import"), copy, QStringLiteral("--indicators"), defs});
    QVERIFY2(defsIn.exitCode == 0, qPrintable(defsIn.out + defsIn.err));
    const Run dataIn = cli({QStringLiteral("import"), copy, QStringLiteral("--measurements"), data});
    QVERIFY2(dataIn.exitCode == 0, qPrintable(dataIn.out.left(2000)));

    const QStringList rate = {QStringLiteral("--period"), QStringLiteral("2026/27 Q2"), QStringLiteral("--json")};
    const Run original = cli(QStringList{QStringLiteral("indicators"), demo} + rate);
    const Run moved = cli(QStringList{QStringLiteral("indicators"), copy} + rate);
    QCOMPARE(original.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(original.out.toUtf8()).array();
    const QJsonArray b = QJsonDocument::fromJson(moved.out.toUtf8()).array();
    QVERIFY(a.size() > 30);
    QCOMPARE(b.size(), a.size());
    // The copy holds its indicators in code order (the export's), so compare code by code.
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : b)
        byCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
    for (const QJsonValue &v : a)
        QCOMPARE(byCode.value(v.toObject().value(QStringLiteral("code")).toString()), v.toObject());
}

void TestCli::exportRefusals()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const Run unknown = cli({QStringLiteral("export"), file, QStringLiteral("--measurements"), path("out.csv"),
                             QStringLiteral("--codes"), QStringLiteral("CSC-01,NOPE-9")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("NOPE-9")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(path("out.csv")));
    const Run suffix = cli({QStringLiteral("export"), file, QStringLiteral("--measurements"), path("out.ods")});
    QCOMPARE(suffix.exitCode, 2);
    QVERIFY2(suffix.err.contains(QStringLiteral(".xlsx")), qPrintable(suffix.err));
    const Run folder =
        cli({QStringLiteral("export"), file, QStringLiteral("--indicators"), path("no/such/folder/out.csv")});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY(!folder.err.isEmpty());
    // One indicator only: its rows and no other's.
    const Run one = cli({QStringLiteral("export"), file, QStringLiteral("--measurements"), path("one.csv"),
                         QStringLiteral("--codes"), QStringLiteral("csc-01")});
    QCOMPARE(one.exitCode, 0);
    QFile csv(path("one.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows.size() > 10);
    for (const QString &row : rows.mid(1))
        QVERIFY2(row.startsWith(QStringLiteral("CSC-01,")), qPrintable(row));
}

void TestCli::backupThenRestoreGivesTheSameBoard()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const Run backup = cli({QStringLiteral("backup"), file, QStringLiteral("--out"), path("copies")});
    QCOMPARE(backup.exitCode, 0);
    const QString copy = backup.out.trimmed();
    QVERIFY2(copy.startsWith(path("copies") + QStringLiteral("/demo-")) && QFileInfo::exists(copy), qPrintable(copy));
    const QString restored = path("restored.assure");
    const Run restore = cli({QStringLiteral("restore"), copy, QStringLiteral("--out"), restored});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(QStringLiteral("20 agencies, 60 people")), qPrintable(restore.out));
    // Same counts from info, and the same rows in every table.
    const Run before = cli({QStringLiteral("info"), file});
    const Run after = cli({QStringLiteral("info"), restored});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
    const QStringList rows = test::tableContents(file);
    QVERIFY(rows.size() > 1000);
    QCOMPARE(test::tableContents(restored), rows);
    QCOMPARE(cli({QStringLiteral("check"), restored}).exitCode, 0);
}

void TestCli::backupWhileAnotherProgramWrites()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("create"), file}).exitCode, 0);
    // Another program is half-way through a write: the copy has what was committed, not its part.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(db, "INSERT INTO agency (name, sector) VALUES ('Committed', 'police')", nullptr, nullptr, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO agency (name, sector) VALUES ('Uncommitted', 'police')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    const Run backup = cli({QStringLiteral("backup"), file, QStringLiteral("--out"), path("copies")});
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(backup.exitCode, 0);
    const QStringList rows = test::tableContents(backup.out.trimmed()).filter(QStringLiteral("agency|"));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.constFirst().contains(QStringLiteral("Committed")));
}

void TestCli::backupWithoutOutGoesToTheBackupsFolder()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("create"), file, QStringLiteral("--name"), QStringLiteral("Fenholt Board")}).exitCode,
             0);
    const Run backup = cli({QStringLiteral("backup"), file});
    QCOMPARE(backup.exitCode, 0);
    const QFileInfo copy(backup.out.trimmed());
    QVERIFY(copy.exists());
    QVERIFY(copy.fileName().endsWith(QStringLiteral("-manual.assure")));
    QVERIFY2(copy.absolutePath().startsWith(path("backups") + QStringLiteral("/fenholt-board-")),
             qPrintable(copy.absolutePath()));
}

void TestCli::restoreRefusals()
{
    const QString file = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("create"), file}).exitCode, 0);
    const QString existing = path("existing.assure");
    QCOMPARE(cli({QStringLiteral("create"), existing}).exitCode, 0);
    const QByteArray before = test::fileDigest(existing);
    Run r = cli({QStringLiteral("restore"), file, QStringLiteral("--out"), existing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(test::fileDigest(existing), before);
    r = cli({QStringLiteral("restore"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--out FILE")));
    // A damaged backup fails its check and nothing is written.
    QByteArray bytes = test::readFile(file);
    for (qsizetype i = 4096 + 100; i < bytes.size(); i += 5)
        bytes[i] = char(0x33);
    const QString damaged = path("damaged.assure");
    QVERIFY(test::writeFile(damaged, bytes));
    r = cli({QStringLiteral("restore"), damaged, QStringLiteral("--out"), path("new.assure")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path("new.assure")));
    r = cli({QStringLiteral("backup"), path("nothing.assure"), QStringLiteral("--out"), path("copies")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
