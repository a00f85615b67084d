// The risk register's rules (issue 18, part 5): scores, bands at their edges (4/5, 10/12) with
// the defaults and with a board's own, levels of 6 and 0 refused, review dates across the as-of
// day, and which indicator standings are flagged against a risk.
#include "core/risks/riskrules.h"

#include <QTest>

using namespace assure;

namespace {

const QDate kAsOf(2026, 11, 22);

QString ratingName(std::optional<RiskRating> rating)
{
    return rating ? riskRatingKey(*rating) : QStringLiteral("none");
}

Risk sound()
{
    Risk r;
    r.title = QStringLiteral("Thresholds applied unevenly");
    r.likelihood = 3;
    r.impact = 4;
    return r;
}

} // namespace

class TestRiskRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void score();
    void bands_data();
    void bands();
    void boardBands();
    void bandSettingsRefused();
    void levels_data();
    void levels();
    void problems();
    void reviewOverdue_data();
    void reviewOverdue();
    void concerns();
};

void TestRiskRules::keys()
{
    const QStringList keys{QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("red")};
    QCOMPARE(allRiskRatings().size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(riskRatingKey(allRiskRatings().at(i)), keys.at(i));
        QCOMPARE(riskRatingFromKey(keys.at(i)), allRiskRatings().at(i));
    }
    QCOMPARE(riskRatingLabel(RiskRating::Red), ragLabel(Rag::Red));
    QVERIFY(!riskRatingFromKey(QStringLiteral("blue")));
}

void TestRiskRules::score()
{
    QCOMPARE(riskScore(1, 1), 1);
    QCOMPARE(riskScore(3, 4), 12);
    QCOMPARE(riskScore(5, 5), 25);
    QCOMPARE(riskScore(sound()), 12);
    // A level outside 1 to 5 makes no score at all, rather than one that looks rated.
    QCOMPARE(riskScore(6, 1), 0);
    QCOMPARE(riskScore(0, 5), 0);
    QCOMPARE(riskScore(2, 6), 0);
}

void TestRiskRules::bands_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<QString>("rating");
    QTest::newRow("1 green") << 1 << 1 << "green";
    QTest::newRow("4 green (edge)") << 2 << 2 << "green";
    QTest::newRow("4 green (1x4)") << 1 << 4 << "green";
    QTest::newRow("5 amber (edge)") << 1 << 5 << "amber";
    QTest::newRow("6 amber") << 2 << 3 << "amber";
    QTest::newRow("10 amber (edge)") << 2 << 5 << "amber";
    QTest::newRow("12 red (edge)") << 3 << 4 << "red";
    QTest::newRow("12 red (4x3)") << 4 << 3 << "red";
    QTest::newRow("25 red") << 5 << 5 << "red";
}

void TestRiskRules::bands()
{
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(QString, rating);
    QCOMPARE(ratingName(ratingOf(riskScore(likelihood, impact))), rating);
}

void TestRiskRules::boardBands()
{
    // Every score from 1 to 25 by the defaults, including those no product makes (11).
    for (int score = 1; score <= 25; ++score)
        QCOMPARE(ratingName(ratingOf(score)), score <= 4    ? QStringLiteral("green")
                                              : score <= 11 ? QStringLiteral("amber")
                                                            : QStringLiteral("red"));
    // A stricter board: AMBER from 3, RED from 8.
    RiskSettings strict;
    strict.amberFrom = 3;
    strict.redFrom = 8;
    QVERIFY(strict.problems().isEmpty());
    QCOMPARE(ratingName(ratingOf(2, strict)), QStringLiteral("green"));
    QCOMPARE(ratingName(ratingOf(3, strict)), QStringLiteral("amber"));
    QCOMPARE(ratingName(ratingOf(6, strict)), QStringLiteral("amber"));
    QCOMPARE(ratingName(ratingOf(8, strict)), QStringLiteral("red"));
    // A score that is no score has no rating.
    QCOMPARE(ratingName(ratingOf(0)), QStringLiteral("none"));
    QCOMPARE(ratingName(ratingOf(26)), QStringLiteral("none"));
}

void TestRiskRules::bandSettingsRefused()
{
    QVERIFY(RiskSettings{}.problems().isEmpty());
    RiskSettings s;
    s.amberFrom = 1; // no GREEN left
    QCOMPARE(s.problems().size(), 1);
    s = {};
    s.redFrom = 5; // RED where AMBER starts
    QCOMPARE(s.problems(), QStringList{QStringLiteral("RED must start above the score AMBER starts at.")});
    s = {};
    s.redFrom = 26;
    QCOMPARE(s.problems().size(), 1);
}

void TestRiskRules::levels_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("1") << "1" << 1 << "";
    QTest::newRow("5") << " 5 " << 5 << "";
    QTest::newRow("3.0 from a spreadsheet") << "3.0" << 3 << "";
    QTest::newRow("6") << "6" << 0 << "6 is not from 1 to 5";
    QTest::newRow("0") << "0" << 0 << "0 is not from 1 to 5";
    QTest::newRow("-1") << "-1" << 0 << "-1 is not from 1 to 5";
    QTest::newRow("2.5") << "2.5" << 0 << "“2.5” is not a whole number from 1 to 5";
    QTest::newRow("words") << "high" << 0 << "“high” is not a whole number from 1 to 5";
    QTest::newRow("empty") << "" << 0 << "is empty; give a whole number from 1 to 5";
}

void TestRiskRules::levels()
{
    QFETCH(QString, written);
    QFETCH(int, level);
    QFETCH(QString, refusal);
    int got = 0;
    QCOMPARE(levelRefusal(written, &got), refusal);
    QCOMPARE(got, level);
}

void TestRiskRules::problems()
{
    QVERIFY(sound().problems().isEmpty());
    Risk r = sound();
    r.likelihood = 6;
    QCOMPARE(r.problems(), QStringList{QStringLiteral("The likelihood 6 is not from 1 to 5.")});
    r = sound();
    r.impact = 0;
    QCOMPARE(r.problems(), QStringList{QStringLiteral("The impact 0 is not from 1 to 5.")});
    r = sound();
    r.title = QStringLiteral("  ");
    r.targetScore = 30;
    QCOMPARE(r.problems().size(), 2);
    r = sound();
    r.targetScore = 25;
    QVERIFY(r.problems().isEmpty());
}

void TestRiskRules::reviewOverdue_data()
{
    QTest::addColumn<QDate>("review");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("none set") << QDate() << false;
    QTest::newRow("the day before") << kAsOf.addDays(-1) << true;
    QTest::newRow("a year before") << kAsOf.addYears(-1) << true;
    QTest::newRow("on the day") << kAsOf << false;
    QTest::newRow("the day after") << kAsOf.addDays(1) << false;
}

void TestRiskRules::reviewOverdue()
{
    QFETCH(QDate, review);
    QFETCH(bool, overdue);
    Risk r = sound();
    r.reviewDate = review;
    QCOMPARE(isReviewOverdue(r, kAsOf), overdue);
}

void TestRiskRules::concerns()
{
    IndicatorStatus s;
    s.rag.rag = Rag::Green;
    QVERIFY(concernsOf(s).isEmpty());
    s.spcPoint = SpcPointType::Improvement; // a special cause, but the good way
    QVERIFY(concernsOf(s).isEmpty());
    s.spcPoint = SpcPointType::Common;
    s.rag.rag = Rag::Amber;
    QVERIFY(concernsOf(s).isEmpty());
    s.rag.rag = Rag::Red;
    QCOMPARE(concernsOf(s), QList<IndicatorConcern>{IndicatorConcern::Red});
    s.spcPoint = SpcPointType::Concern;
    QCOMPARE(concernsOf(s), (QList<IndicatorConcern>{IndicatorConcern::Red, IndicatorConcern::SpcConcern}));
    s.rag.rag = Rag::Green; // green against target, yet the process has shifted the wrong way
    QCOMPARE(concernsOf(s), QList<IndicatorConcern>{IndicatorConcern::SpcConcern});
    QCOMPARE(indicatorConcernLabel(IndicatorConcern::SpcConcern), QStringLiteral("special cause of concern"));
}

QTEST_GUILESS_MAIN(TestRiskRules)
#include "tst_riskrules.moc"
