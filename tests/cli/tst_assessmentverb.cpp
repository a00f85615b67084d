// assure-cli assessment: the keys and values issue 16 names for `rounds` and `summary` (self and
// moderated) on a board made here with known answers, a readable table, and the refusals (an
// unknown round, no round, an unknown sub-verb) with exit 2.
#include "core/assessment/shippedframeworks.h"
#include "storage/assessment/assessmentmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/repository.h"
#include "testsupport/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

QJsonArray parsed(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        qWarning() << "not a JSON array:" << r.out << r.err;
    return doc.array();
}

template <class T> void insert(const QSqlDatabase &db, T &item)
{
    QString error;
    if (!Repository<T>(db).insert(item, &error))
        qWarning() << error;
}

} // namespace

class TestAssessmentVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rounds();
    void summarySelfAndModerated();
    void readableTables();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

// Two rounds of Section 11; this year Fenholt Police answered standard 1 (B, G with evidence; A
// without) and the QA sub-group moderated 1.1 down to GREEN; Fenholt Council is invited only.
void TestAssessmentVerb::initTestCase()
{
    m_file = m_dir.filePath(QStringLiteral("s11.assure"));
    OpenResult r;
    auto file = BoardFile::create(m_file, &r);
    QVERIFY2(file, qPrintable(r.message));
    const QSqlDatabase db = file->database();
    Board board;
    board.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    QString error;
    QVERIFY(BoardRepository(db).save(board, &error));
    Agency police{0, QStringLiteral("Fenholt Police"), Sector::Police, true, true};
    Agency council{0, QStringLiteral("Fenholt Council"), Sector::LocalAuthority, true, true};
    insert(db, police);
    insert(db, council);
    const FrameworkContent content = section11Framework();
    AssessmentFramework framework = content.framework;
    insert(db, framework);
    QList<qint64> standard1;
    for (const FrameworkContent::Standard &s : content.standards) {
        AssessmentStandard standard = s.standard;
        standard.frameworkId = framework.id;
        insert(db, standard);
        for (AssessmentCriterion c : s.criteria) {
            c.standardId = standard.id;
            insert(db, c);
            if (standard.number == 1)
                standard1 << c.id;
        }
    }
    AssessmentRound last{0, framework.id, QStringLiteral("Section 11 2025/26"), 2025, QDate(2025, 12, 19), 0};
    insert(db, last);
    AssessmentRound now{0, framework.id, QStringLiteral("Section 11 2026/27"), 2026, QDate(2026, 12, 18), last.id};
    insert(db, now);
    RoundAgency lastPolice{0, last.id, police.id, ReturnStatus::Accepted, {}, {}, {}, {}, {}};
    insert(db, lastPolice);
    RoundAgency nowPolice{0, now.id, police.id, ReturnStatus::Challenged, {}, {}, {}, {}, {}};
    RoundAgency nowCouncil{0, now.id, council.id, ReturnStatus::Invited, {}, {}, {}, {}, {}};
    insert(db, nowPolice);
    insert(db, nowCouncil);
    QCOMPARE(standard1.size(), 3);
    CriterionReturn a1{0,
                       nowPolice.id,
                       standard1.at(0),
                       AssessmentRating::Blue,
                       QStringLiteral("Board minutes"),
                       {},
                       {},
                       QStringLiteral("Minutes show one report a year."),
                       AssessmentRating::Green};
    CriterionReturn a2{
        0,  nowPolice.id, standard1.at(1),        AssessmentRating::Green, QStringLiteral("Plan 2026"), {},
        {}, {},           AssessmentRating::Green};
    CriterionReturn a3{0,  nowPolice.id, standard1.at(2),           AssessmentRating::Amber, {}, {},
                       {}, {},           AssessmentRating::NotRated};
    insert(db, a1);
    insert(db, a2);
    insert(db, a3);
}

void TestAssessmentVerb::rounds()
{
    const Run r = cli({QStringLiteral("assessment"), QStringLiteral("rounds"), m_file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = parsed(r);
    QCOMPARE(rows.size(), 2);
    const QJsonObject now = rows.at(1).toObject();
    QCOMPARE(now.value(QStringLiteral("label")).toString(), QStringLiteral("Section 11 2026/27"));
    QCOMPARE(now.value(QStringLiteral("framework")).toString(), QStringLiteral("Section 11"));
    QCOMPARE(now.value(QStringLiteral("framework_version")).toInt(), 1);
    QCOMPARE(now.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(now.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-18"));
    QCOMPARE(now.value(QStringLiteral("agencies")).toInt(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("agencies")).toInt(), 1);
}

void TestAssessmentVerb::summarySelfAndModerated()
{
    const QStringList args{
        QStringLiteral("assessment"),         QStringLiteral("summary"), m_file, QStringLiteral("--round"),
        QStringLiteral("section 11 2026/27"), QStringLiteral("--json")};
    const Run self = cli(args);
    QCOMPARE(self.exitCode, 0);
    const QJsonArray rows = parsed(self);
    QCOMPARE(rows.size(), 2);
    // By agency name: the council first, with nothing answered.
    const QJsonObject council = rows.at(0).toObject();
    QCOMPARE(council.value(QStringLiteral("agency")).toString(), QStringLiteral("Fenholt Council"));
    QCOMPARE(council.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    QCOMPARE(council.value(QStringLiteral("completeness")).toDouble(), 0.0);
    const QJsonObject councilRatings = council.value(QStringLiteral("ratings")).toObject();
    QCOMPARE(councilRatings.size(), 8);
    QCOMPARE(councilRatings.value(QStringLiteral("8")).toObject().value(QStringLiteral("not_rated")).toInt(), 4);

    const QJsonObject police = rows.at(1).toObject();
    QCOMPARE(police.value(QStringLiteral("status")).toString(), QStringLiteral("challenged"));
    QCOMPARE(police.value(QStringLiteral("completeness")).toDouble(), 2.0 / 25.0);
    QCOMPARE(police.value(QStringLiteral("ratings_of")).toString(), QStringLiteral("self"));
    const QJsonObject s1 = police.value(QStringLiteral("ratings")).toObject().value(QStringLiteral("1")).toObject();
    QCOMPARE(s1, (QJsonObject{{QStringLiteral("blue"), 1},
                              {QStringLiteral("green"), 1},
                              {QStringLiteral("amber"), 1},
                              {QStringLiteral("red"), 0},
                              {QStringLiteral("not_rated"), 0}}));

    const Run moderated = cli(args + QStringList{QStringLiteral("--moderated")});
    QCOMPARE(moderated.exitCode, 0);
    const QJsonObject m = parsed(moderated).at(1).toObject();
    QCOMPARE(m.value(QStringLiteral("ratings_of")).toString(), QStringLiteral("moderated"));
    QCOMPARE(m.value(QStringLiteral("completeness")).toDouble(), 2.0 / 25.0); // of the agency's own evidence
    const QJsonObject m1 = m.value(QStringLiteral("ratings")).toObject().value(QStringLiteral("1")).toObject();
    QCOMPARE(m1.value(QStringLiteral("green")).toInt(), 2);
    QCOMPARE(m1.value(QStringLiteral("blue")).toInt(), 0);
    QCOMPARE(m1.value(QStringLiteral("not_rated")).toInt(), 1);
}

void TestAssessmentVerb::readableTables()
{
    const Run rounds = cli({QStringLiteral("assessment"), QStringLiteral("rounds"), m_file});
    QCOMPARE(rounds.exitCode, 0);
    QVERIFY2(rounds.out.contains(QStringLiteral("Section 11 2026/27")) &&
                 rounds.out.contains(QStringLiteral("18/12/2026")) && rounds.out.contains(QStringLiteral("2 agencies")),
             qPrintable(rounds.out));
    const Run summary = cli({QStringLiteral("assessment"), QStringLiteral("summary"), m_file, QStringLiteral("--round"),
                             QStringLiteral("Section 11 2026/27"), QStringLiteral("--moderated")});
    QCOMPARE(summary.exitCode, 0);
    const QStringList lines = summary.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Section 11 2026/27: Moderated rating, the worst per standard"));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("Fenholt Police")) &&
                 lines.at(3).contains(QStringLiteral("Challenged")) && lines.at(3).contains(QStringLiteral("8%")) &&
                 lines.at(3).contains(QStringLiteral("GREEN")),
             qPrintable(lines.at(3)));
}

void TestAssessmentVerb::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown round") << QStringList{QStringLiteral("summary"), QStringLiteral("FILE"),
                                                  QStringLiteral("--round"), QStringLiteral("Section 11 2030/31")}
                                   << QStringLiteral("the board has no round called “Section 11 2030/31”");
    QTest::newRow("no round") << QStringList{QStringLiteral("summary"), QStringLiteral("FILE")}
                              << QStringLiteral("--round: say which round");
    QTest::newRow("unknown sub-verb") << QStringList{QStringLiteral("export"), QStringLiteral("FILE")}
                                      << QStringLiteral("usage: assure-cli assessment rounds FILE");
    QTest::newRow("no file") << QStringList{QStringLiteral("rounds")} << QStringLiteral("usage:");
}

void TestAssessmentVerb::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("FILE"), m_file);
    const Run r = cli(QStringList{QStringLiteral("assessment")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessmentVerb)
#include "tst_assessmentverb.moc"
