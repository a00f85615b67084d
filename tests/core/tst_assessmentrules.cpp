// The rules of self-assessment rounds (issue 16), row by row: rating keys, worst and typical
// ratings, counts, evidence completeness, the self/moderated gap, the change since last year,
// next year's round, and versioning a framework in use; and the two shipped frameworks.
#include "core/assessment/assessmentrules.h"
#include "core/assessment/shippedframeworks.h"

#include <QTest>

using namespace assure;

namespace {

// "BGAR-": one letter a rating, "-" for not rated.
QList<AssessmentRating> ratings(const QString &letters)
{
    QList<AssessmentRating> out;
    for (QChar c : letters) {
        switch (c.toLatin1()) {
        case 'B': out.append(AssessmentRating::Blue); break;
        case 'G': out.append(AssessmentRating::Green); break;
        case 'A': out.append(AssessmentRating::Amber); break;
        case 'R': out.append(AssessmentRating::Red); break;
        default: out.append(AssessmentRating::NotRated); break;
        }
    }
    return out;
}

CriterionReturn answer(qint64 criterionId, AssessmentRating self, const QString &evidence,
                       AssessmentRating moderated = AssessmentRating::NotRated)
{
    CriterionReturn a;
    a.roundAgencyId = 1;
    a.criterionId = criterionId;
    a.selfRating = self;
    a.evidence = evidence;
    a.moderatedRating = moderated;
    return a;
}

AssessmentCriterion criterion(qint64 id, qint64 standardId, int number)
{
    AssessmentCriterion c;
    c.id = id;
    c.standardId = standardId;
    c.number = number;
    c.text = QStringLiteral("Criterion");
    return c;
}

} // namespace

class TestAssessmentRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void summaries_data();
    void summaries();
    void counts();
    void completeness();
    void byStandard();
    void gap();
    void changes_data();
    void changes();
    void nextRoundCarriesFrameworkAndAgencies();
    void frameworkVersions();
    void shippedFrameworks();
    void problemsAndLabels();
};

void TestAssessmentRules::keys()
{
    const QStringList keys{QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("amber"),
                           QStringLiteral("red"), QStringLiteral("not_rated")};
    QCOMPARE(allAssessmentRatings().size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(assessmentRatingKey(allAssessmentRatings().at(i)), keys.at(i));
        QCOMPARE(assessmentRatingFromKey(keys.at(i)), allAssessmentRatings().at(i));
    }
    QCOMPARE(assessmentRatingLabel(AssessmentRating::Amber), QStringLiteral("AMBER"));
    QVERIFY(!assessmentRatingFromKey(QStringLiteral("greenish")));
    const QStringList statuses{QStringLiteral("invited"), QStringLiteral("in_progress"), QStringLiteral("returned"),
                               QStringLiteral("challenged"), QStringLiteral("accepted")};
    QCOMPARE(allReturnStatuses().size(), statuses.size());
    for (int i = 0; i < statuses.size(); ++i)
        QCOMPARE(returnStatusFromKey(statuses.at(i)), allReturnStatuses().at(i));
}

void TestAssessmentRules::summaries_data()
{
    QTest::addColumn<QString>("ratings");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<QString>("typical");
    QTest::newRow("none") << ""
                          << "not_rated"
                          << "not_rated";
    QTest::newRow("all not rated") << "---"
                                   << "not_rated"
                                   << "not_rated";
    QTest::newRow("one") << "A"
                         << "amber"
                         << "amber";
    QTest::newRow("unrated ignored") << "G-G-"
                                     << "green"
                                     << "green";
    QTest::newRow("odd median") << "BGR"
                                << "red"
                                << "green";
    QTest::newRow("even: the worse middle") << "BGAR"
                                            << "red"
                                            << "amber";
    QTest::newRow("even, two") << "BG"
                               << "green"
                               << "green";
    QTest::newRow("order does not matter") << "RGGB"
                                           << "red"
                                           << "green";
    QTest::newRow("mostly blue") << "BBBR"
                                 << "red"
                                 << "blue";
}

void TestAssessmentRules::summaries()
{
    QFETCH(QString, ratings);
    QFETCH(QString, worst);
    QFETCH(QString, typical);
    QCOMPARE(assessmentRatingKey(worstRating(::ratings(ratings))), worst);
    QCOMPARE(assessmentRatingKey(typicalRating(::ratings(ratings))), typical);
    QCOMPARE(summaryRating(::ratings(ratings), StandardSummary::Worst), worstRating(::ratings(ratings)));
    QCOMPARE(summaryRating(::ratings(ratings), StandardSummary::Typical), typicalRating(::ratings(ratings)));
}

void TestAssessmentRules::counts()
{
    const RatingCounts c = countRatings(ratings(QStringLiteral("BGGA--R")));
    QCOMPARE(c[size_t(AssessmentRating::Blue)], 1);
    QCOMPARE(c[size_t(AssessmentRating::Green)], 2);
    QCOMPARE(c[size_t(AssessmentRating::Amber)], 1);
    QCOMPARE(c[size_t(AssessmentRating::Red)], 1);
    QCOMPARE(c[size_t(AssessmentRating::NotRated)], 2);
}

void TestAssessmentRules::completeness()
{
    const std::vector<AssessmentCriterion> criteria{criterion(1, 1, 1), criterion(2, 1, 2), criterion(3, 2, 1),
                                                    criterion(4, 2, 2)};
    // Rated with evidence; rated with blank evidence; evidence but not rated; not answered at all.
    const std::vector<CriterionReturn> answers{answer(1, AssessmentRating::Green, QStringLiteral("Policy 2025")),
                                               answer(2, AssessmentRating::Amber, QStringLiteral("  ")),
                                               answer(3, AssessmentRating::NotRated, QStringLiteral("Minutes"))};
    const Completeness c = evidenceCompleteness(criteria, answers);
    QCOMPARE(c.ratedWithEvidence, 1);
    QCOMPARE(c.criteria, 4);
    QCOMPARE(c.fraction(), 0.25);
    QCOMPARE(evidenceCompleteness({}, answers).fraction(), 0.0);
}

void TestAssessmentRules::byStandard()
{
    AssessmentStandard s1{1, 9, 1, QStringLiteral("One")};
    AssessmentStandard s2{2, 9, 2, QStringLiteral("Two")};
    // Given out of order: the result is in number order, criteria too.
    const std::vector<AssessmentStandard> standards{s2, s1};
    const std::vector<AssessmentCriterion> criteria{criterion(12, 1, 2), criterion(11, 1, 1), criterion(21, 2, 1),
                                                    criterion(99, 7, 1)};
    const std::vector<CriterionReturn> answers{answer(11, AssessmentRating::Blue, {}, AssessmentRating::Green),
                                               answer(12, AssessmentRating::Green, {}, AssessmentRating::Red)};
    const QList<StandardRatings> self = ratingsByStandard(standards, criteria, answers, RatingSource::Self);
    QCOMPARE(self.size(), 2);
    QCOMPARE(self.at(0).number, 1);
    QCOMPARE(self.at(0).ratings, ratings(QStringLiteral("BG")));
    QCOMPARE(self.at(1).number, 2);
    QCOMPARE(self.at(1).ratings, ratings(QStringLiteral("-")));
    const QList<StandardRatings> moderated = ratingsByStandard(standards, criteria, answers, RatingSource::Moderated);
    QCOMPARE(moderated.at(0).ratings, ratings(QStringLiteral("GR")));
}

void TestAssessmentRules::gap()
{
    const std::vector<CriterionReturn> answers{
        answer(1, AssessmentRating::Green, {}, AssessmentRating::Green), // agreed
        answer(2, AssessmentRating::Blue, {}, AssessmentRating::Amber),  // two steps down
        answer(3, AssessmentRating::Red, {}, AssessmentRating::Amber),   // one up
        answer(4, AssessmentRating::Green, {}),                          // not moderated: not compared
        answer(5, AssessmentRating::NotRated, {}, AssessmentRating::Red)};
    const RatingGap g = ratingGap(answers);
    QCOMPARE(g.compared, 3);
    QCOMPARE(g.agreed, 1);
    QCOMPARE(g.lower, 1);
    QCOMPARE(g.higher, 1);
    QCOMPARE(g.steps, -1);
}

void TestAssessmentRules::changes_data()
{
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("summary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("better") << "A"
                            << "G" << int(StandardSummary::Worst) << "Better";
    QTest::newRow("worse") << "G"
                           << "R" << int(StandardSummary::Worst) << "Worse";
    QTest::newRow("same") << "GA"
                          << "AG" << int(StandardSummary::Worst) << "Same";
    QTest::newRow("not rated last year") << "--"
                                         << "GG" << int(StandardSummary::Worst) << "No comparison";
    QTest::newRow("worst worse, typical same") << "GGG"
                                               << "GGR" << int(StandardSummary::Worst) << "Worse";
    QTest::newRow("typical same") << "GGG"
                                  << "GGR" << int(StandardSummary::Typical) << "Same";
}

void TestAssessmentRules::changes()
{
    QFETCH(QString, last);
    QFETCH(QString, now);
    QFETCH(int, summary);
    QFETCH(QString, expected);
    const QList<StandardRatings> lastYear{{1, 3, ratings(last)}};
    const QList<StandardRatings> thisYear{{7, 3, ratings(now)}, {8, 4, ratings(now)}}; // matched by number
    const QList<StandardChange> c = changesSinceLastYear(lastYear, thisYear, StandardSummary(summary));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).number, 3);
    QCOMPARE(ratingChangeLabel(c.at(0).change), expected);
    QCOMPARE(c.at(1).change, RatingChange::NotComparable); // standard 4 was not there last year
}

void TestAssessmentRules::nextRoundCarriesFrameworkAndAgencies()
{
    AssessmentFramework v1{3, QStringLiteral("Section 11"), 1, {}};
    AssessmentFramework v2{8, QStringLiteral("Section 11"), 2, {}};
    AssessmentFramework other{9, QStringLiteral("Adult safeguarding"), 4, {}};
    const std::vector<AssessmentFramework> frameworks{v1, other, v2};
    QCOMPARE(newestVersion(v1, frameworks).id, 8);
    QCOMPARE(newestVersion(other, frameworks).id, 9);

    AssessmentRound last{5, 3, QStringLiteral("Section 11 2025/26"), 2025, QDate(2025, 12, 19), 0};
    RoundAgency a;
    a.id = 20;
    a.roundId = 5;
    a.agencyId = 101;
    a.setStatus(ReturnStatus::Invited, QDate(2025, 9, 1));
    a.setStatus(ReturnStatus::Accepted, QDate(2026, 2, 3));
    RoundAgency b = a;
    b.id = 21;
    b.agencyId = 102;
    RoundAgency elsewhere = a;
    elsewhere.roundId = 6;
    elsewhere.agencyId = 103;
    const QDate today(2026, 9, 16);
    const NextRound next = nextRound(last, {a, b, elsewhere}, newestVersion(v1, frameworks), today);
    QCOMPARE(next.round.frameworkId, 8); // the newest version
    QCOMPARE(next.round.year, 2026);
    QCOMPARE(next.round.label, QStringLiteral("Section 11 2026/27"));
    QCOMPARE(next.round.deadline, QDate(2026, 12, 19));
    QCOMPARE(next.round.previousRoundId, 5);
    QCOMPARE(next.round.id, 0);
    QCOMPARE(int(next.agencies.size()), 2);
    QCOMPARE(next.agencies.at(0).agencyId, 101);
    QCOMPARE(next.agencies.at(1).agencyId, 102);
    for (const RoundAgency &r : next.agencies) {
        QCOMPARE(r.id, 0);
        QCOMPARE(r.status, ReturnStatus::Invited);
        QCOMPARE(r.invitedOn, today);
        QVERIFY(!r.acceptedOn.isValid()); // last year's dates stay with last year
    }
    QCOMPARE(roundLabel(QStringLiteral("Section 11"), 2099), QStringLiteral("Section 11 2099/00"));
}

void TestAssessmentRules::frameworkVersions()
{
    const std::vector<AssessmentRound> rounds{{1, 3, QStringLiteral("R"), 2025, {}, 0}};
    QVERIFY(frameworkInUse(3, rounds));
    QVERIFY(!frameworkInUse(4, rounds));
    const std::vector<AssessmentFramework> frameworks{{3, QStringLiteral("Section 11"), 1, {}},
                                                      {4, QStringLiteral("section 11"), 2, {}},
                                                      {5, QStringLiteral("Adult safeguarding"), 7, {}}};
    QCOMPARE(nextFrameworkVersion(QStringLiteral("Section 11"), frameworks), 3);
    QCOMPARE(nextFrameworkVersion(QStringLiteral("New"), frameworks), 1);

    AssessmentStandard s1{10, 3, 1, {}};
    AssessmentStandard s2{11, 3, 2, {}};
    const std::vector<AssessmentCriterion> criteria{criterion(100, 10, 1), criterion(101, 11, 1),
                                                    criterion(102, 11, 2)};
    QCOMPARE(sameCriterion(2, 2, {s1, s2}, criteria), 102);
    QCOMPARE(sameCriterion(2, 3, {s1, s2}, criteria), 0);
    QCOMPARE(sameCriterion(5, 1, {s1, s2}, criteria), 0);
}

void TestAssessmentRules::shippedFrameworks()
{
    const FrameworkContent s11 = section11Framework();
    QCOMPARE(s11.framework.name, QStringLiteral("Section 11"));
    QCOMPARE(s11.standards.size(), 8);
    QVERIFY(s11.standards.at(4).standard.title.startsWith(QStringLiteral("Staff training")));
    const FrameworkContent adults = adultSafeguardingFramework();
    QCOMPARE(adults.standards.size(), 6);
    const QStringList principles{QStringLiteral("Empowerment"),     QStringLiteral("Prevention"),
                                 QStringLiteral("Proportionality"), QStringLiteral("Protection"),
                                 QStringLiteral("Partnership"),     QStringLiteral("Accountability")};
    for (const FrameworkContent &f : assure::shippedFrameworks()) {
        QVERIFY(f.framework.problems().isEmpty());
        for (int i = 0; i < f.standards.size(); ++i) {
            const FrameworkContent::Standard &s = f.standards.at(i);
            QCOMPARE(s.standard.number, i + 1);
            QVERIFY2(s.criteria.size() >= 3 && s.criteria.size() <= 4, qPrintable(s.standard.title));
            if (f.framework.name == adults.framework.name)
                QVERIFY(s.standard.title.startsWith(principles.at(i)));
            for (int c = 0; c < s.criteria.size(); ++c) {
                QCOMPARE(s.criteria.at(c).number, c + 1);
                QVERIFY(!s.criteria.at(c).text.isEmpty());
                QVERIFY(!s.criteria.at(c).evidenceGuidance.isEmpty());
            }
        }
    }
    QCOMPARE(s11.criterionCount(), 25);
}

void TestAssessmentRules::problemsAndLabels()
{
    QCOMPARE(AssessmentRound().problems().size(), 3);
    QCOMPARE(RoundAgency().problems().size(), 2);
    QCOMPARE(CriterionReturn().problems().size(), 2);
    QVERIFY(CriterionReturn().isBlank());
    CriterionReturn noted;
    noted.challengeNote = QStringLiteral("Where is the audit?");
    QVERIFY(!noted.isBlank());
    RoundAgency r;
    r.setStatus(ReturnStatus::Returned, QDate(2026, 10, 1));
    QCOMPARE(r.status, ReturnStatus::Returned);
    QCOMPARE(r.dateOf(ReturnStatus::Returned), QDate(2026, 10, 1));
    QVERIFY(!r.dateOf(ReturnStatus::Accepted).isValid());
    QCOMPARE(criterionCode(3, 2), QStringLiteral("3.2"));
    QCOMPARE(ratingSourceLabel(RatingSource::Moderated), QStringLiteral("Moderated rating"));
}

QTEST_GUILESS_MAIN(TestAssessmentRules)
#include "tst_assessmentrules.moc"
