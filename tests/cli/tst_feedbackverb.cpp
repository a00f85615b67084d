// assure-cli import --feedback and the `feedback` key of assure-cli voices (issue 19, parts 1 and
// 6): rows from CSV and XLSX added once, each bad row named with its field and the board file left
// as it was, and the year's figures worked by hand. Imported entries are dated 2029/30 and 2030/31,
// years the demo holds no feedback for, so the figures are those of the rows written here; the
// demo's own 2026/27 is worked from its seeds.
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

} // namespace

class TestFeedbackVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCsvTwice();
    void importXlsx();
    void badRows_data();
    void badRows();
    void noSummaryColumn();
    void voicesJson();
    void demoYear();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static QJsonObject feedback(const QString &file, const QString &year)
    {
        const Run r = cli({QStringLiteral("voices"), file, QStringLiteral("--year"), year, QStringLiteral("--as-of"),
                           kAsOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("feedback")).toObject();
    }
    static Run import(const QString &file, const QString &table, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--feedback"), table} + more);
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestFeedbackVerb::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), kAsOf}).exitCode, 0);
}

void TestFeedbackVerb::importCsvTwice()
{
    const QString file = freshDemo(QStringLiteral("csv.assure"));
    const QString csv = path("feedback.csv");
    // Columns in another order and case; a voice by its label, a method by its key; two themes.
    QVERIFY(test::writeFile(csv, "Summary,DATE,voice,method,agency,themes\n"
                                 "Young people said they had to repeat their story,2029-05-04,Child or young person,"
                                 "focus_group,Westmere and Fenholt Police,Being listened to; Timeliness\n"
                                 "Parents did not know who their worker was,15/01/2030,parent or carer,Survey,,\n"));
    const Run dry = import(file, csv, {QStringLiteral("--dry-run")});
    QCOMPARE(dry.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    QCOMPARE(feedback(file, QStringLiteral("2029/30")).value(QStringLiteral("entries")).toInt(), 0);
    const Run r = import(file, csv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 2, unchanged 0, rejected 0"));
    const QJsonObject year = feedback(file, QStringLiteral("2029/30"));
    QCOMPARE(year.value(QStringLiteral("entries")).toInt(), 2);
    const QJsonObject byVoice = year.value(QStringLiteral("by_voice")).toObject();
    QCOMPARE(byVoice.value(QStringLiteral("child_or_young_person")).toInt(), 1);
    QCOMPARE(byVoice.value(QStringLiteral("parent_or_carer")).toInt(), 1);

    // The same file again adds nothing: each entry is already in the log.
    const QByteArray before = test::fileDigest(file);
    const Run again = import(file, csv);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 0, unchanged 2, rejected 0"));
    QCOMPARE(test::fileDigest(file), before);
    QCOMPARE(feedback(file, QStringLiteral("2029/30")).value(QStringLiteral("entries")).toInt(), 2);
}

void TestFeedbackVerb::importXlsx()
{
    const QString file = freshDemo(QStringLiteral("xlsx.assure"));
    const QString xlsx = path("feedback.xlsx");
    TableSheet sheet;
    sheet.name = QStringLiteral("Feedback");
    sheet.header = QStringList{QStringLiteral("date"), QStringLiteral("voice"), QStringLiteral("method"),
                               QStringLiteral("summary")};
    // A date as a spreadsheet holds it, not as text.
    sheet.rows << QVariantList{QDate(2029, 7, 1), QStringLiteral("Practitioner"), QStringLiteral("Workshop"),
                               QStringLiteral("Supervision is rushed when caseloads rise")}
               << QVariantList{QDate(2029, 7, 2), QStringLiteral("Grandparent"), QStringLiteral("Workshop"),
                               QStringLiteral("Something said")};
    QString error;
    QVERIFY2(writeTableFile(xlsx, {sheet}, &error), qPrintable(error));
    const Run r = import(file, xlsx);
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 1, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("row 3: voice: “Grandparent” is not one of child or young "
                                                      "person, parent or carer, practitioner")),
             qPrintable(r.out));
    const QJsonObject year = feedback(file, QStringLiteral("2029/30"));
    QCOMPARE(year.value(QStringLiteral("entries")).toInt(), 1);
    QCOMPARE(year.value(QStringLiteral("by_voice")).toObject().value(QStringLiteral("practitioner")).toInt(), 1);
}

void TestFeedbackVerb::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("30/02/2026") << QByteArray("30/02/2026,practitioner,workshop,,,Said something")
                                << QStringLiteral("row 2: date: “30/02/2026” is not a date (YYYY-MM-DD or DD/MM/YYYY)");
    QTest::newRow("no date") << QByteArray(",practitioner,workshop,,,Said something")
                             << QStringLiteral("row 2: date is empty");
    QTest::newRow("unknown method") << QByteArray("2029-05-01,practitioner,seance,,,Said something")
                                    << QStringLiteral("row 2: method: “seance” is not one of survey, focus group");
    QTest::newRow("unknown agency")
        << QByteArray("2029-05-01,practitioner,workshop,Nowhere Council,,Said something")
        << QStringLiteral("row 2: agency: “Nowhere Council” is not an agency of this board (it knows Westmere County "
                          "Council Children's Services, ");
    QTest::newRow("unknown theme")
        << QByteArray("2029-05-01,practitioner,workshop,,Timeliness;Parking,Said something")
        << QStringLiteral("row 2: themes: “Parking” is not one of the board's themes (it knows Being listened to, ");
    QTest::newRow("NHS number")
        << QByteArray("2029-05-01,parent or carer,survey,,,Mother of 943 476 5919 said nobody called back")
        << QStringLiteral("row 2: summary: looks like it holds an NHS number; write it in anonymised words");
    QTest::newRow("titled name") << QByteArray(
                                        "2029-05-01,parent or carer,survey,,,Mrs Henderson said nobody called back")
                                 << QStringLiteral("row 2: summary: looks like it holds a person's name after a title");
    QTest::newRow("no summary") << QByteArray("2029-05-01,practitioner,workshop,,,")
                                << QStringLiteral("row 2: summary is empty");
}

void TestFeedbackVerb::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString file = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "date,voice,method,agency,themes,summary\n" + row + "\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = import(file, csv);
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    // What looked personal is never repeated back.
    QVERIFY(!r.out.contains(QStringLiteral("5919")));
    QVERIFY(!r.out.contains(QStringLiteral("Henderson")));
    QCOMPARE(test::fileDigest(file), before);
}

void TestFeedbackVerb::noSummaryColumn()
{
    const QString file = freshDemo(QStringLiteral("nosummary.assure"));
    const QString csv = path("nosummary.csv");
    QVERIFY(test::writeFile(csv, "date,voice,method\n2029-05-01,practitioner,workshop\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = import(file, csv);
    QVERIFY(r.exitCode != 0);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("summary")), qPrintable(r.out + r.err));
    QCOMPARE(test::fileDigest(file), before);
}

void TestFeedbackVerb::voicesJson()
{
    const QString file = freshDemo(QStringLiteral("json.assure"));
    const QString csv = path("year.csv");
    // 2029/30 runs 1 April 2029 to 31 March 2030: the first row is the day before it, the last
    // the day after. By hand, in the year: 4 entries; 2 children, 1 partner agency, 1 other.
    QVERIFY(test::writeFile(csv, "date,voice,method,summary\n"
                                 "2029-03-31,child,survey,Before the year\n"
                                 "2029-04-01,child or young person,survey,First day\n"
                                 "2029-10-10,child or young person,advocate,Middle of the year\n"
                                 "2030-02-01,partner agency,workshop,Late in the year\n"
                                 "2030-03-31,other,other,Last day\n"
                                 "2030-04-01,practitioner,survey,After the year\n"));
    const Run r = import(file, csv);
    // "child" is not a voice: the first row is rejected, the rest written.
    QCOMPARE(r.out.split(QLatin1Char('\n')).value(0), QStringLiteral("imported 5, unchanged 0, rejected 1"));
    const QJsonObject year = feedback(file, QStringLiteral("2029/30"));
    QCOMPARE(year.value(QStringLiteral("entries")).toInt(), 4);
    QCOMPARE(year.value(QStringLiteral("with_actions")).toInt(), 0);
    const QJsonObject byVoice = year.value(QStringLiteral("by_voice")).toObject();
    QCOMPARE(byVoice.size(), 5);
    QCOMPARE(byVoice.value(QStringLiteral("child_or_young_person")).toInt(), 2);
    QCOMPARE(byVoice.value(QStringLiteral("partner_agency")).toInt(), 1);
    QCOMPARE(byVoice.value(QStringLiteral("other")).toInt(), 1);
    QCOMPARE(byVoice.value(QStringLiteral("practitioner")).toInt(), 0);
    QCOMPARE(feedback(file, QStringLiteral("2030/31")).value(QStringLiteral("entries")).toInt(), 1);
}

void TestFeedbackVerb::demoYear()
{
    // The demo writes an entry a month back from the day before its date, 21/11/2026: the eight
    // newest are in 2026/27. By hand from its seeds: children 3 (the 1st, 4th and 8th newest),
    // parents 2, practitioners 2, partners 1; the 2nd to 6th newest have actions.
    const QJsonObject year = feedback(m_demo, QStringLiteral("2026/27"));
    QCOMPARE(year.value(QStringLiteral("entries")).toInt(), 8);
    QCOMPARE(year.value(QStringLiteral("with_actions")).toInt(), 5);
    const QJsonObject byVoice = year.value(QStringLiteral("by_voice")).toObject();
    QCOMPARE(byVoice.value(QStringLiteral("child_or_young_person")).toInt(), 3);
    QCOMPARE(byVoice.value(QStringLiteral("parent_or_carer")).toInt(), 2);
    QCOMPARE(byVoice.value(QStringLiteral("practitioner")).toInt(), 2);
    QCOMPARE(byVoice.value(QStringLiteral("partner_agency")).toInt(), 1);
    QCOMPARE(byVoice.value(QStringLiteral("other")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestFeedbackVerb)
#include "tst_feedbackverb.moc"
