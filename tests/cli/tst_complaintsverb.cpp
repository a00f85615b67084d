// assure-cli import --complaints and the `complaints` key of assure-cli voices (issue 19, parts 2
// and 6): rows from CSV and XLSX added and then updated by ref, each bad row named with its field
// and the board file left as it was, and the year's figures against ones worked by hand.
#include "interchange/tablefile.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kPolice = QStringLiteral("Westmere and Fenholt Police");
const QString kChildren = QStringLiteral("Westmere County Council Children's Services");

// The year 2029/30, which the demo (dated 2026) leaves empty. Working days worked by hand with the
// default target of 20 (bank holidays of 2029: Good Friday 30 Mar, Easter Monday 2 Apr, 7 and 28
// May, 27 Aug, 25 and 26 Dec):
// - C-101 received on Easter Monday, answered on the 20th working day after: in time, upheld;
// - C-102 received Tue 1 May, answered Fri 1 Jun, the 21st working day (7 and 28 May off): late;
// - P-201 a compliment received on Christmas Eve, answered on the 27th: 1 working day, in time;
// - M-301 a comment received 15 Mar 2030, not answered, its last day after the year's end: open;
// - C-104 received Fri 1 Feb 2030, its last day Fri 1 Mar, answered after the year's end: overdue
//   at the end of it;
// - C-103 received the year before: not counted.
const QByteArray kYear = "ref,received,agency,kind,theme,outcome,responded,learning\n"
                         "C-101,2029-04-02,Westmere and Fenholt Police,complaint,Communication,upheld,2029-04-30,"
                         "Officers now call back within a day\n"
                         "C-102,01/05/2029,Westmere County Council Children's Services,Complaint,Delay,partly upheld,"
                         "01/06/2029,\n"
                         "P-201,2029-12-24,westmere and fenholt police,compliment,Support,,2029-12-27,\n"
                         "M-301,2030-03-15,Westmere County Council Children's Services,comment,Communication,,,\n"
                         "C-104,2030-02-01,Westmere County Council Children's Services,complaint,,not_upheld,"
                         "2030-04-10,\n"
                         "C-103,2029-03-30,Westmere and Fenholt Police,complaint,,,,\n";

} // namespace

class TestComplaintsVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void yearFigures();
    void asOfInTheYear();
    void boardDayOff();
    void updateByRef();
    void importXlsx();
    void badRows_data();
    void badRows();
    void allOrNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    QString freshDemo(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return QFile::copy(m_demo, file) ? file : QString();
    }
    static QJsonObject complaints(const QString &file, const QString &asOf = QStringLiteral("2030-06-01"))
    {
        const Run r = cli({QStringLiteral("voices"), file, QStringLiteral("--year"), QStringLiteral("2029/30"),
                           QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("complaints")).toObject();
    }
    static bool exec(const QString &file, const char *sql)
    {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK &&
                        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }
    QString imported(const QString &name)
    {
        const QString file = freshDemo(name + QStringLiteral(".assure"));
        const QString csv = path(name + QStringLiteral(".csv"));
        if (!test::writeFile(csv, kYear))
            return {};
        const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
        return r.exitCode == 0 ? file : QString();
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestComplaintsVerb::initTestCase()
{
    m_demo = path("demo.assure");
    QCOMPARE(cli({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-22")}).exitCode,
             0);
}

void TestComplaintsVerb::yearFigures()
{
    const QString file = freshDemo(QStringLiteral("year.assure"));
    const QString csv = path("year.csv");
    QVERIFY(test::writeFile(csv, kYear));
    const Run dry =
        cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv, QStringLiteral("--dry-run")});
    QCOMPARE(dry.out.trimmed(), QStringLiteral("imported 6, unchanged 0, rejected 0"));
    QCOMPARE(complaints(file).value(QStringLiteral("received")).toInt(), 0);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 6, unchanged 0, rejected 0"));

    const QJsonObject c = complaints(file);
    QCOMPARE(c.value(QStringLiteral("received")).toInt(), 5);
    QCOMPARE(c.value(QStringLiteral("by_kind")).toObject(),
             (QJsonObject{
                 {QStringLiteral("complaint"), 3}, {QStringLiteral("compliment"), 1}, {QStringLiteral("comment"), 1}}));
    QCOMPARE(c.value(QStringLiteral("by_outcome")).toObject(), (QJsonObject{{QStringLiteral("upheld"), 1},
                                                                            {QStringLiteral("partly_upheld"), 1},
                                                                            {QStringLiteral("not_upheld"), 1}}));
    QCOMPARE(c.value(QStringLiteral("by_agency")).toObject(), (QJsonObject{{kPolice, 2}, {kChildren, 3}}));
    QCOMPARE(c.value(QStringLiteral("responded")).toInt(), 3);
    QCOMPARE(c.value(QStringLiteral("in_time")).toInt(), 2);
    QCOMPARE(c.value(QStringLiteral("late")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("overdue")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("responded_in_time")).toDouble(), 2.0 / 3.0);
    QCOMPARE(c.value(QStringLiteral("target_days")).toInt(), 20);

    // The same file again changes nothing.
    const Run again = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 0, unchanged 6, rejected 0"));
}

void TestComplaintsVerb::asOfInTheYear()
{
    const QString file = imported(QStringLiteral("asof"));
    QVERIFY(!file.isEmpty());
    // On 31 May 2029 C-102 is on its last day and not answered yet: open, not late.
    const QJsonObject c = complaints(file, QStringLiteral("2029-05-31"));
    QCOMPARE(c.value(QStringLiteral("received")).toInt(), 2);
    QCOMPARE(c.value(QStringLiteral("responded")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("overdue")).toInt(), 0);
    QCOMPARE(c.value(QStringLiteral("responded_in_time")).toDouble(), 1.0);
    // Before anything was received there is no fraction to give.
    const QJsonObject none = complaints(file, QStringLiteral("2029-04-01"));
    QCOMPARE(none.value(QStringLiteral("received")).toInt(), 0);
    QCOMPARE(none.value(QStringLiteral("responded_in_time")), QJsonValue());
    QCOMPARE(none.value(QStringLiteral("by_agency")).toObject(), QJsonObject());
}

void TestComplaintsVerb::boardDayOff()
{
    const QString file = imported(QStringLiteral("dayoff"));
    QVERIFY(!file.isEmpty());
    // A day the board closes in May is not counted: C-102 took 20 working days, in time.
    QVERIFY(exec(file, "INSERT INTO complaint_holiday (day, name) VALUES ('2029-05-15', 'Closure')"));
    QJsonObject c = complaints(file);
    QCOMPARE(c.value(QStringLiteral("in_time")).toInt(), 3);
    QCOMPARE(c.value(QStringLiteral("late")).toInt(), 0);
    QCOMPARE(c.value(QStringLiteral("responded_in_time")).toDouble(), 1.0);
    // A target of 19 days makes C-101 and C-102 late; the compliment's one day is still in time.
    QVERIFY(exec(file, "UPDATE complaint_settings SET target_days = 19"));
    c = complaints(file);
    QCOMPARE(c.value(QStringLiteral("in_time")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("late")).toInt(), 2);
    QCOMPARE(c.value(QStringLiteral("target_days")).toInt(), 19);
}

void TestComplaintsVerb::updateByRef()
{
    const QString file = imported(QStringLiteral("update"));
    QVERIFY(!file.isEmpty());
    const QString csv = path("update.csv");
    // c-102 in another case, answered in time now; columns left out keep what is stored.
    QVERIFY(test::writeFile(csv,
                            "Ref,Kind,Agency,Received,Responded\n"
                            "c-102,complaint,Westmere County Council Children's Services,2029-05-01,2029-05-30\n"));
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 0"));
    const QJsonObject c = complaints(file);
    QCOMPARE(c.value(QStringLiteral("received")).toInt(), 5);
    QCOMPARE(c.value(QStringLiteral("late")).toInt(), 0);
    QCOMPARE(c.value(QStringLiteral("by_outcome")).toObject().value(QStringLiteral("partly_upheld")).toInt(), 1);
}

void TestComplaintsVerb::importXlsx()
{
    const QString file = freshDemo(QStringLiteral("xlsx.assure"));
    const QString xlsx = path("complaints.xlsx");
    TableSheet sheet;
    sheet.name = QStringLiteral("Complaints");
    sheet.header = QStringList{QStringLiteral("ref"), QStringLiteral("received"), QStringLiteral("agency"),
                               QStringLiteral("kind"), QStringLiteral("responded")};
    // Dates as a spreadsheet holds them, not as text.
    sheet.rows << QVariantList{QStringLiteral("X-1"), QDate(2029, 6, 4), kPolice, QStringLiteral("complaint"),
                               QDate(2029, 6, 5)}
               << QVariantList{QStringLiteral("X-2"), QDate(2029, 6, 4), kPolice, QStringLiteral("praise"), QVariant()};
    QString error;
    QVERIFY2(writeTableFile(xlsx, {sheet}, &error), qPrintable(error));
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), xlsx});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out.trimmed(), QStringLiteral("imported 1, unchanged 0, rejected 1\n"
                                             "row 3: kind: “praise” is not complaint, compliment or comment"));
    const QJsonObject c = complaints(file);
    QCOMPARE(c.value(QStringLiteral("received")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("in_time")).toInt(), 1);
}

void TestComplaintsVerb::badRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("responded before received")
        << QByteArray("C-9,2029-05-10,Westmere and Fenholt Police,complaint,,,2029-05-01,")
        << QStringLiteral("row 2: responded: “2029-05-01” is before received “2029-05-10”");
    QTest::newRow("unknown agency") << QByteArray("C-9,2029-05-10,Nowhere Police,complaint,,,,")
                                    << QStringLiteral("row 2: agency: “Nowhere Police” is not an agency of this "
                                                      "board (it has Westmere County Council Children's Services, ");
    QTest::newRow("30/02/2026") << QByteArray("C-9,30/02/2026,Westmere and Fenholt Police,complaint,,,,")
                                << QStringLiteral("row 2: received: “30/02/2026” is not a date (YYYY-MM-DD or "
                                                  "DD/MM/YYYY)");
    QTest::newRow("an NHS number in the learning")
        << QByteArray("C-9,2029-05-10,Westmere and Fenholt Police,complaint,,,,Records for 943 476 5919 merged")
        << QStringLiteral("row 2: learning: looks like an NHS number (“943 476 5919”); write it in anonymised words");
    QTest::newRow("a titled name in the learning")
        << QByteArray("C-9,2029-05-10,Westmere and Fenholt Police,complaint,,,,Mrs Jones was not told")
        << QStringLiteral("row 2: learning: looks like a person's name after a title (“Mrs Jones”)");
    QTest::newRow("a name as the ref") << QByteArray("Mr Smith,2029-05-10,Westmere and Fenholt Police,complaint,,,,")
                                       << QStringLiteral("row 2: ref: looks like a person's name after a title");
    QTest::newRow("an upheld compliment")
        << QByteArray("P-9,2029-05-10,Westmere and Fenholt Police,compliment,,upheld,,")
        << QStringLiteral("row 2: outcome: only a complaint is upheld or not");
    QTest::newRow("no ref") << QByteArray(",2029-05-10,Westmere and Fenholt Police,complaint,,,,")
                            << QStringLiteral("row 2: ref: empty");
}

void TestComplaintsVerb::badRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QString file = freshDemo(QStringLiteral("bad.assure"));
    const QString csv = path("bad.csv");
    QVERIFY(test::writeFile(csv, "ref,received,agency,kind,theme,outcome,responded,learning\n" + row + "\n"));
    const QByteArray before = test::fileDigest(file);
    const Run r = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("imported 0, unchanged 0, rejected 1"));
    QVERIFY2(lines.value(1).startsWith(message), qPrintable(r.out));
    QCOMPARE(test::fileDigest(file), before);
}

void TestComplaintsVerb::allOrNothing()
{
    const QString file = freshDemo(QStringLiteral("whole.assure"));
    const QString csv = path("whole.csv");
    QVERIFY(test::writeFile(csv, "ref,received,agency,kind\n"
                                 "A-1,2029-05-01,Westmere and Fenholt Police,complaint\n"
                                 "A-2,2029-05-01,Westmere and Fenholt Police,grumble\n"
                                 "a-1,2029-05-02,Westmere and Fenholt Police,comment\n"));
    const QByteArray before = test::fileDigest(file);
    const Run refused =
        cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv, QStringLiteral("--all-or-nothing")});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.out.trimmed(), QStringLiteral("imported 0, unchanged 0, rejected 2\n"
                                                   "row 3: kind: “grumble” is not complaint, compliment or comment\n"
                                                   "row 4: ref: “a-1” is given on an earlier row too"));
    QCOMPARE(test::fileDigest(file), before);
    const Run taken = cli({QStringLiteral("import"), file, QStringLiteral("--complaints"), csv});
    QCOMPARE(taken.exitCode, 4);
    QVERIFY2(taken.out.startsWith(QStringLiteral("imported 1, unchanged 0, rejected 2")), qPrintable(taken.out));
    QCOMPARE(complaints(file).value(QStringLiteral("received")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestComplaintsVerb)
#include "tst_complaintsverb.moc"
