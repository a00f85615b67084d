// Every verb that needs a board refuses a missing file, a file that is not a board and a damaged board the same
// way (BoardVerb): the reason on stderr, nothing on stdout, the file untouched, and the verb's exit code.
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

using test::cli;
using test::Run;

class TestBoardVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestBoardVerb::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path("backups")));
    const QString demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    const QByteArray bytes = test::readFile(demo);
    QVERIFY(test::writeFile(path("damaged.assure"), bytes.left(bytes.size() / 2)));
    QVERIFY(test::writeFile(path("notes.assure"), "Minutes of the March meeting\n"));
    QVERIFY(test::writeFile(path("data.csv"), "Indicator code,Period,Value\nCSC-01,Nov 2026,21.5\n"));
}

void TestBoardVerb::refusals_data()
{
    QTest::addColumn<QStringList>("args"); // FILE stands for the file refused
    QTest::addColumn<int>("damagedExit");  // 3 for verbs that look after the file, 2 for those using what it holds

    const QString file = QStringLiteral("FILE");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), file} << 2;
    QTest::newRow("check") << QStringList{QStringLiteral("check"), file} << 3;
    QTest::newRow("history") << QStringList{QStringLiteral("history"), file} << 3;
    QTest::newRow("indicators") << QStringList{QStringLiteral("indicators"), file, QStringLiteral("--period"),
                                               QStringLiteral("2026/27 Q2")}
                                << 2;
    QTest::newRow("indicator") << QStringList{QStringLiteral("indicator"), file, QStringLiteral("--code"),
                                              QStringLiteral("CSC-01")}
                               << 2;
    QTest::newRow("export") << QStringList{QStringLiteral("export"), file, QStringLiteral("--indicators"),
                                           path("out.csv")}
                            << 2;
    QTest::newRow("import") << QStringList{QStringLiteral("import"), file, QStringLiteral("--measurements"),
                                           path("data.csv")}
                            << 2;
    QTest::newRow("import --dry-run") << QStringList{QStringLiteral("import"), file, QStringLiteral("--measurements"),
                                                     path("data.csv"), QStringLiteral("--dry-run")}
                                      << 2;
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), file, QStringLiteral("--out"), path("copies")}
                            << 3;
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), file, QStringLiteral("--out"),
                                            path("restored.assure")}
                             << 3;
    QTest::newRow("unlock") << QStringList{QStringLiteral("unlock"), file} << 3;
}

void TestBoardVerb::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, damagedExit);
    const struct
    {
        const char *file;
        int exit;
        const char *says; // a word of the reason
    } cases[] = {{"missing.assure", 2, "missing.assure"},
                 {"notes.assure", 2, "notes.assure"},
                 {"damaged.assure", damagedExit, "damaged"}};
    for (const auto &c : cases) {
        const QString file = path(c.file);
        const QByteArray before = QFile::exists(file) ? test::fileDigest(file) : QByteArray();
        QStringList run = args;
        run.replaceInStrings(QStringLiteral("FILE"), file);
        const Run r = cli(run);
        QVERIFY2(r.exitCode == c.exit, qPrintable(QStringLiteral("%1: exit %2, not %3: %4")
                                                      .arg(QString::fromLatin1(c.file))
                                                      .arg(r.exitCode)
                                                      .arg(c.exit)
                                                      .arg(r.err)));
        QVERIFY2(r.err.contains(QString::fromLatin1(c.says)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        if (!before.isEmpty())
            QCOMPARE(test::fileDigest(file), before);
        else
            QVERIFY(!QFile::exists(file));
    }
    QVERIFY(!QFile::exists(path("out.csv")));
    QVERIFY(!QFile::exists(path("restored.assure")));
}

QTEST_GUILESS_MAIN(TestBoardVerb)
#include "tst_boardverb.moc"
