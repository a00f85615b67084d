// Self-assessment packs at the interchange layer: ratings as people type them (accepted when
// unambiguous, refused otherwise), and a pack written and read back with no board file at all:
// last year's cells are not read, long evidence survives, a cleared cell clears the answer.
#include "interchange/returnpacks/assessmentpacks.h"
#include "testsupport/workbookedit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

AssessmentPackRound round()
{
    AssessmentPackRound r;
    r.round = AssessmentRound{5, 2, QStringLiteral("Adult safeguarding 2026/27"), 2026, QDate(2026, 11, 30), 0};
    r.framework = AssessmentFramework{2, QStringLiteral("Adult safeguarding"), 3, {}};
    r.standards = {AssessmentStandard{10, 2, 1, QStringLiteral("Empowerment")}};
    r.criteria = {AssessmentCriterion{100, 10, 1, QStringLiteral("People are asked what they want"), {}},
                  AssessmentCriterion{101, 10, 2, QStringLiteral("Advocacy is offered"), {}}};
    r.roundAgencyId = 7;
    r.agencyName = QStringLiteral("Westmere Care");
    r.answers = {CriterionReturn{50,
                                 7,
                                 101,
                                 AssessmentRating::Amber,
                                 QStringLiteral("Leaflet"),
                                 {},
                                 {},
                                 QStringLiteral("Which leaflet?"),
                                 AssessmentRating::Red}};
    return r;
}

} // namespace

class TestAssessmentPack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratings_data();
    void ratings();
    void writtenAndReadBack();
};

void TestAssessmentPack::ratings_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("rating"); // -1: refused
    QTest::newRow("as listed") << QStringLiteral("AMBER") << int(AssessmentRating::Amber);
    QTest::newRow("lower case") << QStringLiteral("green") << int(AssessmentRating::Green);
    QTest::newRow("spaces") << QStringLiteral("  Blue ") << int(AssessmentRating::Blue);
    QTest::newRow("not rated, spaced") << QStringLiteral("not   RATED") << int(AssessmentRating::NotRated);
    QTest::newRow("the key") << QStringLiteral("not_rated") << int(AssessmentRating::NotRated);
    QTest::newRow("blank") << QStringLiteral(" ") << int(AssessmentRating::NotRated);
    QTest::newRow("a letter") << QStringLiteral("R") << -1;
    QTest::newRow("two") << QStringLiteral("Green/Amber") << -1;
    QTest::newRow("misspelt") << QStringLiteral("Ambre") << -1;
}

void TestAssessmentPack::ratings()
{
    QFETCH(QString, cell);
    QFETCH(int, rating);
    const auto read = ratingFromCell(cell);
    QCOMPARE(read ? int(*read) : -1, rating);
}

void TestAssessmentPack::writtenAndReadBack()
{
    QTemporaryDir dir;
    AssessmentPackExport pack;
    pack.identity.boardId = QStringLiteral("b-1");
    pack.identity.boardName = QStringLiteral("Westmere SAB");
    pack.identity.agencyName = QStringLiteral("Westmere Care");
    pack.identity.agencyId = 3;
    pack.identity.exportId = QStringLiteral("e-1");
    pack.identity.exportedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    pack.content = round();
    pack.lastYear.insert(
        100, CriterionReturn{
                 9, 1, 90, AssessmentRating::Red, QStringLiteral("None yet"), {}, {}, {}, AssessmentRating::NotRated});
    const QString path = dir.filePath(QStringLiteral("pack.xlsx"));
    QString error;
    QVERIFY2(writeAssessmentPack(pack, path, &error), qPrintable(error));

    test::WorkbookEdit book;
    QVERIFY(book.read(path));
    const QString sheet = QStringLiteral("xl/worksheets/sheet2.xml");
    const QString evidence(20000, QLatin1Char('x'));
    QVERIFY(book.setCell(sheet, QStringLiteral("D2"), QStringLiteral("blue")));
    QVERIFY(book.setCell(sheet, QStringLiteral("E2"), evidence));
    QVERIFY(book.setCell(sheet, QStringLiteral("H2"), QStringLiteral("GREEN"))); // last year's: not read
    QVERIFY(book.setCell(sheet, QStringLiteral("E3"), QString()));               // the leaflet cleared
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    QVERIFY(book.write(filled));

    int lookups = 0;
    const auto lookup = [&lookups](const PackIdentity &id, QString *) -> std::optional<AssessmentPackRound> {
        ++lookups;
        if (id.round != round().round.label || id.agencyName != QStringLiteral("Westmere Care"))
            return std::nullopt;
        return round();
    };
    const AssessmentPackPlan plan = readAssessmentPack(filled, QStringLiteral("b-1"), {}, lookup);
    QVERIFY2(plan.canWrite(), qPrintable(plan.refusal + plan.problems.join(QLatin1Char('\n'))));
    QCOMPARE(lookups, 1);
    QCOMPARE(plan.identity.frameworkVersion, QStringLiteral("3"));
    QCOMPARE(plan.changes.size(), 2);
    QCOMPARE(plan.changes.at(0).cell, QStringLiteral("Standard 1!D2"));
    QCOMPARE(plan.changes.at(0).after.selfRating, AssessmentRating::Blue);
    QCOMPARE(plan.changes.at(0).after.evidence, evidence);
    QCOMPARE(plan.changes.at(0).before.id, 0);
    QCOMPARE(plan.changes.at(1).code, QStringLiteral("1.2"));
    QCOMPARE(plan.changes.at(1).before.id, 50);
    QCOMPARE(plan.changes.at(1).after.evidence, QString());
    QCOMPARE(plan.changes.at(1).after.selfRating, AssessmentRating::Amber);
    // The QA sub-group's work is not the agency's to change.
    QCOMPARE(plan.changes.at(1).after.challengeNote, QStringLiteral("Which leaflet?"));
    QCOMPARE(plan.changes.at(1).after.moderatedRating, AssessmentRating::Red);

    // Another agency's expected: refused before the round is looked up.
    const AssessmentPackPlan other =
        readAssessmentPack(filled, QStringLiteral("b-1"), QStringLiteral("Fenholt"), lookup);
    QVERIFY(!other.isUsable());
    QCOMPARE(lookups, 1);
}

QTEST_GUILESS_MAIN(TestAssessmentPack)
#include "tst_assessmentpack.moc"
