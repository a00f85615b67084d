// assure-cli report: a board paper written in one step, and refusals (bad usage, an unknown period,
// agency or audit) that exit 2 with the reason and write no file.
#include "testsupport/clirun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

class TestReportVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEachFormat_data();
    void writesEachFormat();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReportVerb::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.assure"));
    const Run demo = cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-12-07")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestReportVerb::writesEachFormat_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("board pack pdf") << QStringList{QStringLiteral("--kind"), QStringLiteral("board-pack")}
                                    << QStringLiteral("pack.pdf") << QByteArray("%PDF-");
    QTest::newRow("performance odt") << QStringList{QStringLiteral("--kind"), QStringLiteral("performance")}
                                     << QStringLiteral("performance.odt") << QByteArray("PK");
    QTest::newRow("html by --format") << QStringList{QStringLiteral("--kind"), QStringLiteral("performance"),
                                                     QStringLiteral("--format"), QStringLiteral("html")}
                                      << QStringLiteral("performance.txt") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("agency, marked, PDF/A")
        << QStringList{QStringLiteral("--kind"),    QStringLiteral("agency"),
                       QStringLiteral("--agency"),  QStringLiteral("westmere integrated care board"),
                       QStringLiteral("--marking"), QStringLiteral("OFFICIAL-SENSITIVE"),
                       QStringLiteral("--pdfa")}
        << QStringLiteral("agency.pdf") << QByteArray("%PDF-");
    QTest::newRow("audit by its reference, any case")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("audit"), QStringLiteral("--audit"),
                       QStringLiteral("au-2026-005")}
        << QStringLiteral("audit.pdf") << QByteArray("%PDF-");
}

void TestReportVerb::writesEachFormat()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QFETCH(QByteArray, starts);
    const QString path = m_dir.filePath(out);
    const Run r = cli(QStringList{QStringLiteral("report"), m_demo, QStringLiteral("--period"),
                                  QStringLiteral("2026/27 Q2"), QStringLiteral("--out"), path} +
                      args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 2000);
    QVERIFY(file.read(starts.size()) == starts);
}

void TestReportVerb::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString kind = QStringLiteral("--kind");
    const QString period = QStringLiteral("--period");
    QTest::newRow("no kind") << QStringList{period, QStringLiteral("2026/27 Q2")} << QStringLiteral("--kind");
    QTest::newRow("unknown kind") << QStringList{kind, QStringLiteral("minutes"), period, QStringLiteral("2026/27 Q2")}
                                  << QStringLiteral("--kind");
    QTest::newRow("no period") << QStringList{kind, QStringLiteral("board-pack")} << QStringLiteral("--period");
    QTest::newRow("unknown period") << QStringList{kind, QStringLiteral("board-pack"), period,
                                                   QStringLiteral("2026/27 Q9")}
                                    << QStringLiteral("--period");
    QTest::newRow("no agency") << QStringList{kind, QStringLiteral("agency"), period, QStringLiteral("2026/27 Q2")}
                               << QStringLiteral("agency");
    QTest::newRow("unknown agency") << QStringList{kind,
                                                   QStringLiteral("agency"),
                                                   period,
                                                   QStringLiteral("2026/27 Q2"),
                                                   QStringLiteral("--agency"),
                                                   QStringLiteral("Nowhere Trust")}
                                    << QStringLiteral("Nowhere Trust");
    QTest::newRow("no audit") << QStringList{kind, QStringLiteral("audit")} << QStringLiteral("audit's reference");
    QTest::newRow("unknown audit") << QStringList{kind, QStringLiteral("audit"), QStringLiteral("--audit"),
                                                  QStringLiteral("AU-1999-042")}
                                   << QStringLiteral("AU-1999-042");
    QTest::newRow("unknown format") << QStringList{kind,
                                                   QStringLiteral("board-pack"),
                                                   period,
                                                   QStringLiteral("2026/27 Q2"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("docx")}
                                    << QStringLiteral("docx");
    QTest::newRow("pdfa for html") << QStringList{kind,
                                                  QStringLiteral("board-pack"),
                                                  period,
                                                  QStringLiteral("2026/27 Q2"),
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("html"),
                                                  QStringLiteral("--pdfa")}
                                   << QStringLiteral("--pdfa");
}

void TestReportVerb::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
    const Run r = cli(QStringList{QStringLiteral("report"), m_demo, QStringLiteral("--out"), path} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
    // Without --out there is nothing to write either.
    const Run noOut =
        cli(QStringList{QStringLiteral("report"), m_demo, QStringLiteral("--kind"), QStringLiteral("board-pack"),
                        QStringLiteral("--period"), QStringLiteral("2026/27 Q2")});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("--out")));
}

QTEST_GUILESS_MAIN(TestReportVerb)
#include "tst_reportverb.moc"
