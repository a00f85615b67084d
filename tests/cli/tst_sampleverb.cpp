// assure-cli sample (issue 15, parts 4 and 9): the sample and its seed as a user runs it, from CSV
// and XLSX, stratified and with exclusions, and the bad input the issue lists, each refused with
// exit 2 and a message naming the row or field.
#include "interchange/tablefile.h"
#include "testsupport/clirun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

QStringList lines(const Run &r)
{
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList refs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *r : list)
        out << QString::fromLatin1(r);
    return out;
}

} // namespace

class TestSampleVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleAndSeed();
    void fromXlsx();
    void stratified();
    void excluded();
    void blankLinesAndBom();
    void twoHundredThousandRows();
    void refusals_data();
    void refusals();

private:
    // Writes bytes to a file of the test folder and gives its path.
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    Run sample(const QStringList &more) const { return cli(QStringList{QStringLiteral("sample")} + more); }

    QTemporaryDir m_dir;
    QString m_plain; // case_ref, C-2026-0001 .. C-2026-0020
    QString m_teams; // agency, case_ref, team: 14 teams of three
};

void TestSampleVerb::initTestCase()
{
    QByteArray plain("case_ref\n");
    for (int i = 1; i <= 20; ++i)
        plain += QStringLiteral("C-2026-%1\n").arg(i, 4, 10, QLatin1Char('0')).toLatin1();
    m_plain = file(QStringLiteral("plain.csv"), plain);
    QByteArray teams("Agency,Case_Ref,Team\n"); // references not first: found by their header
    for (int t = 1; t <= 14; ++t)
        for (int i = 1; i <= 3; ++i)
            teams += QStringLiteral("Children's services,C-%1-%2,Team %1\n")
                         .arg(t, 2, 10, QLatin1Char('0'))
                         .arg(i)
                         .toLatin1();
    m_teams = file(QStringLiteral("teams.csv"), teams);
}

void TestSampleVerb::sampleAndSeed()
{
    // The sample the documented algorithm gives for seed 42 (tst_casesampling), then the seed.
    const Run r = sample({QStringLiteral("--candidates"), m_plain, QStringLiteral("--size"), QStringLiteral("5"),
                          QStringLiteral("--seed"), QStringLiteral("42")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r), refs({"C-2026-0014", "C-2026-0017", "C-2026-0003", "C-2026-0009", "C-2026-0007", "seed 42"}));
    QVERIFY(r.err.isEmpty());
    const Run other = sample({QStringLiteral("--candidates"), m_plain, QStringLiteral("--size"), QStringLiteral("5"),
                              QStringLiteral("--seed"), QStringLiteral("43")});
    QCOMPARE(lines(other).constLast(), QStringLiteral("seed 43"));
    QVERIFY(lines(other) != lines(r));
}

void TestSampleVerb::fromXlsx()
{
    // The same cases in a workbook, without a case_ref header: the first column, and the same sample.
    TableSheet sheet{QStringLiteral("Cases"), {QStringLiteral("Reference"), QStringLiteral("Team")}, {}};
    for (int i = 20; i >= 1; --i) // another order: it does not matter
        sheet.rows.append({QStringLiteral("C-2026-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("A")});
    const QString xlsx = m_dir.filePath(QStringLiteral("cases.xlsx"));
    QString error;
    QVERIFY2(writeTableFile(xlsx, {sheet}, &error), qPrintable(error));
    const Run r = sample({QStringLiteral("--candidates"), xlsx, QStringLiteral("--size"), QStringLiteral("5"),
                          QStringLiteral("--seed"), QStringLiteral("42")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r), refs({"C-2026-0014", "C-2026-0017", "C-2026-0003", "C-2026-0009", "C-2026-0007", "seed 42"}));
}

void TestSampleVerb::stratified()
{
    const Run one = sample({QStringLiteral("--candidates"), m_teams, QStringLiteral("--stratify"),
                            QStringLiteral("team"), QStringLiteral("--per-stratum"), QStringLiteral("1"),
                            QStringLiteral("--seed"), QStringLiteral("2026")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(lines(one), refs({"C-01-2", "C-02-3", "C-03-3", "C-04-1", "C-05-1", "C-06-1", "C-07-1", "C-08-2", "C-09-3",
                               "C-10-3", "C-11-2", "C-12-2", "C-13-3", "C-14-2", "seed 2026"}));
    // Proportional with 14 equal teams and 28 cases: two from each.
    const Run two = sample({QStringLiteral("--candidates"), m_teams, QStringLiteral("--stratify"),
                            QStringLiteral("Team"), QStringLiteral("--proportional"), QStringLiteral("--size"),
                            QStringLiteral("28"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(two.exitCode, 0);
    const QStringList drawn = lines(two).mid(0, 28);
    for (int t = 0; t < 14; ++t) {
        const QString team = QStringLiteral("C-%1-").arg(t + 1, 2, 10, QLatin1Char('0'));
        QCOMPARE(drawn.filter(team).size(), 2);
    }
}

void TestSampleVerb::excluded()
{
    const QString list = file(QStringLiteral("audited.csv"), "case_ref\nC-2026-0014\nc-2026-0009\n");
    for (int seed = 0; seed < 20; ++seed) {
        const Run r =
            sample({QStringLiteral("--candidates"), m_plain, QStringLiteral("--exclude"), list,
                    QStringLiteral("--size"), QStringLiteral("18"), QStringLiteral("--seed"), QString::number(seed)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r).size(), 19);
        QVERIFY(!lines(r).contains(QStringLiteral("C-2026-0014")));
        QVERIFY(!lines(r).contains(QStringLiteral("C-2026-0009")));
    }
}

void TestSampleVerb::blankLinesAndBom()
{
    // A byte order mark, Windows line ends and blank lines: the same sample as the plain file.
    QByteArray bytes("\xEF\xBB\xBF"
                     "case_ref\r\n\r\n");
    for (int i = 1; i <= 20; ++i)
        bytes += QStringLiteral("C-2026-%1\r\n%2")
                     .arg(i, 4, 10, QLatin1Char('0'))
                     .arg(i % 5 ? QString() : QStringLiteral("\r\n"))
                     .toLatin1();
    const Run r =
        sample({QStringLiteral("--candidates"), file(QStringLiteral("bom.csv"), bytes), QStringLiteral("--size"),
                QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("42")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r), refs({"C-2026-0014", "C-2026-0017", "C-2026-0003", "C-2026-0009", "C-2026-0007", "seed 42"}));
}

void TestSampleVerb::twoHundredThousandRows()
{
    QByteArray bytes("case_ref,team\n");
    bytes.reserve(200000 * 22);
    for (int i = 1; i <= 200000; ++i)
        bytes += QStringLiteral("C-%1,T%2\n").arg(i, 6, 10, QLatin1Char('0')).arg(i % 14).toLatin1();
    const QString path = file(QStringLiteral("large.csv"), bytes);
    const QStringList args{QStringLiteral("--candidates"),
                           path,
                           QStringLiteral("--stratify"),
                           QStringLiteral("team"),
                           QStringLiteral("--proportional"),
                           QStringLiteral("--size"),
                           QStringLiteral("100"),
                           QStringLiteral("--seed"),
                           QStringLiteral("77")};
    const Run r = sample(args);
    QCOMPARE(r.exitCode, 0);
    const QStringList drawn = lines(r);
    QCOMPARE(drawn.size(), 101);
    QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()).size(), 101);
    QCOMPARE(sample(args).out, r.out);
}

void TestSampleVerb::refusals_data()
{
    QTest::addColumn<QString>("candidates"); // the file's text; empty: the plain file
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QString dupes = QStringLiteral("case_ref\nC-1\nC-2\nC-3\nc-2\n");
    QTest::newRow("duplicate") << dupes << QStringList{QStringLiteral("--size"), QStringLiteral("1")}
                               << QStringLiteral("Row 5 repeats the case reference “c-2” of row 3");
    QTest::newRow("no reference") << QStringLiteral("case_ref,team\nC-1,A\n,B\n")
                                  << QStringList{QStringLiteral("--size"), QStringLiteral("1")}
                                  << QStringLiteral("Row 3 has no case reference");
    QTest::newRow("no stratum") << QStringLiteral("case_ref,team\nC-1,A\nC-2,\n")
                                << QStringList{QStringLiteral("--size"), QStringLiteral("1"),
                                               QStringLiteral("--stratify"), QStringLiteral("team")}
                                << QStringLiteral("Row 3 of");
    QTest::newRow("size ten") << QString() << QStringList{QStringLiteral("--size"), QStringLiteral("ten")}
                              << QStringLiteral("--size: “ten” is not a whole number");
    QTest::newRow("size 0") << QString() << QStringList{QStringLiteral("--size"), QStringLiteral("0")}
                            << QStringLiteral("must be 1 or more, not 0");
    QTest::newRow("size -1") << QString() << QStringList{QStringLiteral("--size"), QStringLiteral("-1")}
                             << QStringLiteral("must be 1 or more, not -1");
    QTest::newRow("too big") << QString() << QStringList{QStringLiteral("--size"), QStringLiteral("21")}
                             << QStringLiteral("A sample of 21 is more than the cases left to draw from (20)");
    QTest::newRow("unknown column") << QString()
                                    << QStringList{QStringLiteral("--size"), QStringLiteral("2"),
                                                   QStringLiteral("--stratify"), QStringLiteral("agency")}
                                    << QStringLiteral("has no column “agency”; its columns are: case_ref");
    QTest::newRow("stratum too small") << QStringLiteral("case_ref,team\nC-1,A\nC-2,A\nC-3,B\n")
                                       << QStringList{QStringLiteral("--stratify"), QStringLiteral("team"),
                                                      QStringLiteral("--per-stratum"), QStringLiteral("2")}
                                       << QStringLiteral(
                                              "“B” has fewer cases left to draw from (1) than the 2 asked for");
    QTest::newRow("two ways") << QString() << QStringList{QStringLiteral("--size"),        QStringLiteral("2"),
                                                          QStringLiteral("--stratify"),    QStringLiteral("case_ref"),
                                                          QStringLiteral("--per-stratum"), QStringLiteral("1"),
                                                          QStringLiteral("--proportional")}
                              << QStringLiteral("choose one");
    QTest::newRow("missing file") << QStringLiteral("-") << QStringList{QStringLiteral("--size"), QStringLiteral("1")}
                                  << QStringLiteral("--candidates:");
}

void TestSampleVerb::refusals()
{
    QFETCH(QString, candidates);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString path = m_plain;
    if (candidates == QLatin1String("-"))
        path = m_dir.filePath(QStringLiteral("not-there.csv"));
    else if (!candidates.isEmpty())
        path = file(QStringLiteral("bad.csv"), candidates.toUtf8());
    const Run r =
        sample(QStringList{QStringLiteral("--candidates"), path, QStringLiteral("--seed"), QStringLiteral("1")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSampleVerb)
#include "tst_sampleverb.moc"
