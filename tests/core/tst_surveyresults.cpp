// The survey's rules (issue 18, part 3): answers read as numbers or words, a year's distribution
// and mean per statement, last year's mean beside it, and a breakdown's small groups suppressed.
#include "core/survey/surveyresults.h"

#include <QTest>

using namespace assure;

namespace {

SurveyQuestion question(qint64 id, int year, int position, SurveyQuestionKind kind, const char *text)
{
    SurveyQuestion q;
    q.id = id;
    q.year = year;
    q.position = position;
    q.kind = kind;
    q.text = QString::fromUtf8(text);
    return q;
}

// A small board's answers, made response by response.
struct Answers
{
    std::vector<SurveyResponse> responses;
    std::vector<SurveyAnswer> answers;

    qint64 respond(int year, const QList<std::pair<qint64, int>> &ratings,
                   const QList<std::pair<qint64, QString>> &texts = {})
    {
        SurveyResponse r;
        r.id = qint64(responses.size()) + 1;
        r.year = year;
        responses.push_back(r);
        for (const auto &[questionId, rating] : ratings) {
            SurveyAnswer a;
            a.id = qint64(answers.size()) + 1;
            a.responseId = r.id;
            a.questionId = questionId;
            a.rating = rating;
            answers.push_back(a);
        }
        for (const auto &[questionId, text] : texts) {
            SurveyAnswer a;
            a.id = qint64(answers.size()) + 1;
            a.responseId = r.id;
            a.questionId = questionId;
            a.text = text;
            answers.push_back(a);
        }
        return r.id;
    }
};

} // namespace

class TestSurveyResults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratings_data();
    void ratings();
    void distributionAndMean();
    void yearOnYear();
    void breakdownSuppressesSmallGroups();
    void oneSmallGroupHidesTheNextSmallest();
    void freeTextIsSortedNotInArrivalOrder();
};

void TestSurveyResults::ratings_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("rating"); // 0: not a rating
    QTest::newRow("1") << QStringLiteral("1") << 1;
    QTest::newRow("5 spaced") << QStringLiteral(" 5 ") << 5;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("6") << QStringLiteral("6") << 0;
    QTest::newRow("3.5") << QStringLiteral("3.5") << 0;
    QTest::newRow("strongly disagree") << QStringLiteral("strongly disagree") << 1;
    QTest::newRow("Disagree") << QStringLiteral("Disagree") << 2;
    QTest::newRow("neither") << QStringLiteral("Neither agree nor disagree") << 3;
    QTest::newRow("AGREE") << QStringLiteral("AGREE") << 4;
    QTest::newRow("Strongly agree") << QStringLiteral("Strongly  agree") << 5;
    QTest::newRow("Strongly agre") << QStringLiteral("Strongly agre") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestSurveyResults::ratings()
{
    QFETCH(QString, cell);
    QFETCH(int, rating);
    const std::optional<int> read = ratingFromText(cell);
    QCOMPARE(read.value_or(0), rating);
    if (rating)
        QCOMPARE(ratingFromText(ratingLabel(rating)), read);
}

void TestSurveyResults::distributionAndMean()
{
    const std::vector<SurveyQuestion> questions = {
        question(1, 2026, 1, SurveyQuestionKind::Statement, "The board has clear priorities"),
        question(2, 2026, 2, SurveyQuestionKind::Statement, "Meetings are well chaired"),
        question(3, 2026, 3, SurveyQuestionKind::FreeText, "What should change?")};
    Answers a;
    a.respond(2026, {{1, 5}, {2, 4}});
    a.respond(2026, {{1, 4}, {2, 4}});
    a.respond(2026, {{1, 4}});
    a.respond(2026, {{1, 1}, {2, 2}});
    a.respond(2025, {{1, 1}}); // another year's response is not counted

    const SurveyResults r = surveyResults(2026, questions, a.responses, a.answers);
    QCOMPARE(r.responses, 4);
    QCOMPARE(r.statements.size(), 2);
    QCOMPARE(r.statements[0].text, QStringLiteral("The board has clear priorities"));
    QCOMPARE(r.statements[0].counts, (std::array<int, 5>{1, 0, 0, 2, 1}));
    QCOMPARE(r.statements[0].answered(), 4);
    QCOMPARE(*r.statements[0].mean(), 3.5);
    // A statement left blank by one response is averaged over those that rated it.
    QCOMPARE(r.statements[1].counts, (std::array<int, 5>{0, 1, 0, 2, 0}));
    QCOMPARE(*r.statements[1].mean(), 10.0 / 3.0);
    QCOMPARE(r.freeText.size(), 1);
    QVERIFY(r.breakdownTitle.isEmpty());

    const SurveyResults none = surveyResults(2027, questions, a.responses, a.answers);
    QCOMPARE(none.responses, 0);
    QVERIFY(none.statements.isEmpty());
}

void TestSurveyResults::yearOnYear()
{
    const std::vector<SurveyQuestion> questions = {
        question(1, 2025, 1, SurveyQuestionKind::Statement, "Meetings are well chaired"),
        question(2, 2025, 2, SurveyQuestionKind::Statement, "Papers arrive on time"),
        // The same statement, written a little differently the next year, is matched.
        question(3, 2026, 1, SurveyQuestionKind::Statement, "meetings are  well chaired "),
        question(4, 2026, 2, SurveyQuestionKind::Statement, "The board hears from children")};
    Answers a;
    a.respond(2025, {{1, 2}, {2, 3}});
    a.respond(2025, {{1, 3}, {2, 3}});
    a.respond(2026, {{3, 4}, {4, 5}});
    const SurveyResults r = surveyResults(2026, questions, a.responses, a.answers);
    QCOMPARE(r.previousResponses, 2);
    QCOMPARE(r.statements.size(), 2);
    QCOMPARE(*r.statements[0].mean(), 4.0);
    QCOMPARE(r.statements[0].previousMean.value_or(0), 2.5);
    QVERIFY(!r.statements[1].previousMean); // new this year
}

void TestSurveyResults::breakdownSuppressesSmallGroups()
{
    const std::vector<SurveyQuestion> questions = {
        question(1, 2026, 1, SurveyQuestionKind::Breakdown, "Sector"),
        question(2, 2026, 2, SurveyQuestionKind::Statement, "Meetings are well chaired")};
    Answers a;
    for (int i = 0; i < 6; ++i)
        a.respond(2026, {{2, 4}}, {{1, QStringLiteral("Health")}});
    for (int i = 0; i < 5; ++i) // "police" and "Police" are one group of five: shown
        a.respond(2026, {{2, 2}}, {{1, i % 2 ? QStringLiteral("police") : QStringLiteral("Police")}});
    for (int i = 0; i < 4; ++i)
        a.respond(2026, {{2, 5}}, {{1, QStringLiteral("Education")}});
    for (int i = 0; i < 2; ++i)
        a.respond(2026, {{2, 1}}, {{1, QStringLiteral("Voluntary sector")}});
    const SurveyResults r = surveyResults(2026, questions, a.responses, a.answers);
    QCOMPARE(r.breakdownTitle, QStringLiteral("Sector"));
    QCOMPARE(r.groups.size(), 4);
    QCOMPARE(r.groups[0].name, QStringLiteral("Health"));
    QCOMPARE(r.groups[0].responses, 6);
    QVERIFY(!r.groups[0].suppressed);
    QCOMPARE(r.groups[0].means, (std::vector<std::optional<double>>{4.0}));
    QCOMPARE(r.groups[1].name, QStringLiteral("Police"));
    QCOMPARE(r.groups[1].responses, 5); // five is enough
    QVERIFY(!r.groups[1].suppressed);
    QCOMPARE(r.groups[2].name, QStringLiteral("Education"));
    QVERIFY(r.groups[2].suppressed); // four is not
    QVERIFY(r.groups[2].means.empty());
    QVERIFY(r.groups[3].suppressed);
    QVERIFY(!r.groups[3].suppressedSecondarily);
    QCOMPARE(r.suppressedGroups(), 2);
    // The whole year's figures count every response.
    QCOMPARE(r.responses, 17);
}

void TestSurveyResults::oneSmallGroupHidesTheNextSmallest()
{
    const std::vector<SurveyQuestion> questions = {
        question(1, 2026, 1, SurveyQuestionKind::Breakdown, "Sector"),
        question(2, 2026, 2, SurveyQuestionKind::Statement, "Meetings are well chaired")};
    Answers a;
    for (int i = 0; i < 8; ++i)
        a.respond(2026, {{2, 4}}, {{1, QStringLiteral("Health")}});
    for (int i = 0; i < 6; ++i)
        a.respond(2026, {{2, 3}}, {{1, QStringLiteral("Police")}});
    for (int i = 0; i < 3; ++i)
        a.respond(2026, {{2, 1}}, {{1, QStringLiteral("Education")}});
    const SurveyResults r = surveyResults(2026, questions, a.responses, a.answers);
    // Education alone hidden could be worked out from the total less Health and Police.
    QCOMPARE(r.groups.size(), 3);
    QVERIFY(!r.groups[0].suppressed);
    QCOMPARE(r.groups[1].name, QStringLiteral("Police"));
    QVERIFY(r.groups[1].suppressed);
    QVERIFY(r.groups[1].suppressedSecondarily);
    QVERIFY(r.groups[2].suppressed);
    QCOMPARE(r.suppressedGroups(), 2);
}

void TestSurveyResults::freeTextIsSortedNotInArrivalOrder()
{
    const std::vector<SurveyQuestion> questions = {
        question(1, 2026, 1, SurveyQuestionKind::FreeText, "What should change?")};
    Answers a;
    a.respond(2026, {}, {{1, QStringLiteral("Shorter papers")}});
    a.respond(2026, {}, {{1, QStringLiteral("  ")}});
    a.respond(2026, {}, {{1, QStringLiteral("An annual away day")}});
    const SurveyResults r = surveyResults(2026, questions, a.responses, a.answers);
    QCOMPARE(r.freeText.size(), 1);
    QCOMPARE(r.freeText[0].answers,
             (QStringList{QStringLiteral("An annual away day"), QStringLiteral("Shorter papers")}));
}

QTEST_GUILESS_MAIN(TestSurveyResults)
#include "tst_surveyresults.moc"
