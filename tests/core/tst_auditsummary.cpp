// An audit's summary (issue 15, part 6) over cases worked by hand: final grades (the agreed one once
// moderated), yes / partial / no / n/a counts and the yes share, grade counts, the mean of the
// numbers, strengths and areas gathered most often first, agreement, and the audit it repeats.
#include "core/audits/auditsummary.h"

#include <QTest>

using namespace assure;

namespace {

Questionnaire tool()
{
    Questionnaire t;
    t.name = QStringLiteral("Case audit");
    t.sections = {{QStringLiteral("Seen"),
                   {{QStringLiteral("q1"), QStringLiteral("Seen alone?"), QString(), AnswerKind::YesNo},
                    {QStringLiteral("q2"), QStringLiteral("Days"), QString(), AnswerKind::Number},
                    {QStringLiteral("q3"), QStringLiteral("Practice"), QString(), AnswerKind::Grade},
                    {QStringLiteral("q4"), QStringLiteral("Notes"), QString(), AnswerKind::Text}}}};
    return t;
}

AuditCase made(const char *answers, const char *grade, const char *second = "", const char *agreed = "",
               const char *strengths = "", const char *areas = "")
{
    AuditCase c;
    c.answers = QString::fromUtf8(answers);
    c.grade = QString::fromUtf8(grade);
    c.secondGrade = QString::fromUtf8(second);
    c.agreedGrade = QString::fromUtf8(agreed);
    c.strengths = QString::fromUtf8(strengths);
    c.areas = QString::fromUtf8(areas);
    return c;
}

std::vector<const AuditCase *> pointers(const std::vector<AuditCase> &cases)
{
    std::vector<const AuditCase *> out;
    for (const AuditCase &c : cases)
        out.push_back(&c);
    return out;
}

} // namespace

class TestAuditSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary();
    void comparedWithTheAuditItRepeats();
};

void TestAuditSummary::summary()
{
    Audit audit;
    audit.questionnaire = tool().toJson();
    const std::vector<AuditCase> cases = {
        made(R"({"q1":"yes","q2":4,"q3":"good","q4":"x"})", "good", "good", "", "Voice heard", "No plan"),
        made(R"({"q1":"no","q2":10,"q3":"inadequate"})", "inadequate", "requires_improvement", "requires_improvement",
             "Quick response", "No plan"),
        made(R"({"q1":"not_applicable","q3":"good","q9":"yes"})", "good", "", "", " Voice heard "),
        made(R"({"q1":"partial","q2":"many"})", "outstanding"),
        made("", ""),
    };
    const AuditSummary s = summariseAudit(audit, pointers(cases));
    QCOMPARE(s.cases, 5);
    QCOMPARE(s.graded, 4);
    // outstanding, good, requires improvement (agreed), inadequate
    QCOMPARE(s.gradeCounts, QList<int>({1, 2, 1, 0}));
    QCOMPARE(s.questions.size(), 4);
    const QuestionResult &seen = s.questions.at(0);
    QCOMPARE(seen.number, QStringLiteral("Q1.1"));
    QCOMPARE(seen.answered, 4);
    QCOMPARE(seen.yesNo, (std::array<int, 4>{1, 1, 1, 1}));
    QCOMPARE(*seen.yesShare(), 1.0 / 3); // n/a left out
    const QuestionResult &days = s.questions.at(1);
    QCOMPARE(days.answered, 2); // "many" is not counted
    QCOMPARE(*days.mean, 7.0);
    const QuestionResult &practice = s.questions.at(2);
    QCOMPARE(practice.grades, QList<int>({0, 2, 0, 1}));
    QCOMPARE(*practice.goodShare(), 2.0 / 3);
    QCOMPARE(s.questions.at(3).answered, 1);
    QCOMPARE(s.strengths.size(), 2);
    QCOMPARE(s.strengths.at(0).text, QStringLiteral("Voice heard"));
    QCOMPARE(s.strengths.at(0).cases, 2);
    QCOMPARE(s.areas.at(0).cases, 2);
    QCOMPARE(s.agreement.cases, 2);
    QCOMPARE(*s.agreement.percent, 0.5);
    QVERIFY(!s.previousCases);
}

void TestAuditSummary::comparedWithTheAuditItRepeats()
{
    Audit before;
    Questionnaire old = tool();
    old.sections[0].questions[1].kind = AnswerKind::Text; // asked differently then: not compared
    before.questionnaire = old.toJson();
    const std::vector<AuditCase> earlier = {made(R"({"q1":"no","q2":"slow","q3":"inadequate"})", "inadequate"),
                                            made(R"({"q1":"no"})", "requires_improvement")};
    Audit audit;
    audit.questionnaire = tool().toJson();
    const std::vector<AuditCase> now = {made(R"({"q1":"yes","q2":3})", "good")};
    const AuditSummary s = summariseAudit(audit, pointers(now), &before, pointers(earlier));
    QCOMPARE(*s.previousCases, 2);
    QCOMPARE(s.previousGradeCounts, QList<int>({0, 0, 1, 1}));
    QCOMPARE(s.previousQuestions.size(), 4);
    QCOMPARE(s.previousQuestions.at(0).id, QStringLiteral("q1"));
    QCOMPARE(*s.previousQuestions.at(0).yesShare(), 0.0);
    QCOMPARE(*s.questions.at(0).yesShare(), 1.0);
    QCOMPARE(s.previousQuestions.at(1).answered, 0);
    QCOMPARE(s.previousQuestions.at(2).grades, QList<int>({0, 0, 0, 1}));
}

QTEST_GUILESS_MAIN(TestAuditSummary)
#include "tst_auditsummary.moc"
