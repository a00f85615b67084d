// Audit tools (issue 15, part 3): the exact JSON a tool is kept as, read back whole; tools that are
// not tools refused; and a table of answers checked against their questions' kinds, each refusal
// naming the question.
#include "core/audits/questionnaire.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace assure;

namespace {

Questionnaire sample()
{
    Questionnaire t;
    t.name = QStringLiteral("Case audit");
    t.kind = ToolKind::MultiAgency;
    t.sections = {
        {QStringLiteral("Timeliness"),
         {{QStringLiteral("q1"), QStringLiteral("Days to the strategy discussion"), QString(), AnswerKind::Number}}},
        {QStringLiteral("Seen and heard"),
         {{QStringLiteral("q2"), QStringLiteral("Overall practice"), QStringLiteral("Grade the whole"),
           AnswerKind::Grade},
          {QStringLiteral("q3"), QStringLiteral("Was the child seen?"), QStringLiteral("Alone, at home"),
           AnswerKind::YesNo},
          {QStringLiteral("q4"), QStringLiteral("What did the child say?"), QString(), AnswerKind::Text}}},
    };
    return t;
}

} // namespace

class TestQuestionnaire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void exactJson();
    void roundTrip();
    void refused();
    void numbering();
    void problems();
    void stored_data();
    void stored();
    void typed_data();
    void typed();
    void unknownQuestion();
};

void TestQuestionnaire::exactJson()
{
    QCOMPARE(
        sample().toJson(),
        QStringLiteral(
            R"({"kind":"multi_agency","name":"Case audit","sections":[)"
            R"({"questions":[{"guidance":"","id":"q1","kind":"number","text":"Days to the strategy discussion"}],)"
            R"("title":"Timeliness"},)"
            R"({"questions":[{"guidance":"Grade the whole","id":"q2","kind":"grade","text":"Overall practice"},)"
            R"({"guidance":"Alone, at home","id":"q3","kind":"yes_no","text":"Was the child seen?"},)"
            R"({"guidance":"","id":"q4","kind":"text","text":"What did the child say?"}],"title":"Seen and heard"}]})"));
}

void TestQuestionnaire::roundTrip()
{
    const std::optional<Questionnaire> back = Questionnaire::fromJson(sample().toJson());
    QVERIFY(back);
    QCOMPARE(*back, sample());
    QCOMPARE(back->questionCount(), 4);
    QVERIFY(Questionnaire::fromJson(QStringLiteral("  "))->isEmpty());
}

void TestQuestionnaire::refused()
{
    QString error;
    QVERIFY(!Questionnaire::fromJson(QStringLiteral("[1, 2]"), &error));
    QVERIFY2(error.contains(QStringLiteral("not a JSON object")), qPrintable(error));
    QVERIFY(!Questionnaire::fromJson(QStringLiteral(R"({"name":"T","kind":"both","sections":[]})"), &error));
    QCOMPARE(error, QStringLiteral("The audit tool's kind “both” is not multi_agency or single_agency."));
    QVERIFY(!Questionnaire::fromJson(
        QStringLiteral(R"({"name":"T","kind":"single_agency","sections":[{"title":"A","questions":)"
                       R"([{"id":"q1","text":"Seen?","kind":"maybe"}]}]})"),
        &error));
    QCOMPARE(error, QStringLiteral("The question “Seen?” has the answer kind “maybe”, which is not grade, yes_no, "
                                   "number or text."));
}

void TestQuestionnaire::numbering()
{
    const Questionnaire t = sample();
    QCOMPARE(t.number(QStringLiteral("q1")), QStringLiteral("Q1.1"));
    QCOMPARE(t.number(QStringLiteral("q3")), QStringLiteral("Q2.2"));
    QCOMPARE(t.number(QStringLiteral("q9")), QString());
    QCOMPARE(t.newQuestionId(), QStringLiteral("q5"));
    QCOMPARE(t.question(QStringLiteral("q4"))->text, QStringLiteral("What did the child say?"));
}

void TestQuestionnaire::problems()
{
    QVERIFY(sample().problems().isEmpty());
    Questionnaire t = sample();
    t.name = QStringLiteral(" ");
    t.sections[1].questions[1].id = QStringLiteral("q2");
    t.sections[1].questions[2].text.clear();
    QCOMPARE(t.problems(),
             QStringList({QStringLiteral("The audit tool needs a name."),
                          QStringLiteral("Q2.2 needs an id of its own."), QStringLiteral("Q2.3 needs its words.")}));
}

void TestQuestionnaire::stored_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QJsonValue>("answer");
    QTest::addColumn<QString>("problem");
    const auto q = [](const char *id) { return QString::fromLatin1(id); };
    QTest::newRow("a grade") << q("q2") << QJsonValue(QStringLiteral("requires_improvement")) << QString();
    QTest::newRow("a grade's label") << q("q2") << QJsonValue(QStringLiteral("Good"))
                                     << QStringLiteral("Q2.1 “Overall practice”: “Good” is not one of the grades "
                                                       "Outstanding, Good, Requires improvement and Inadequate");
    QTest::newRow("yes") << q("q3") << QJsonValue(QStringLiteral("yes")) << QString();
    QTest::newRow("n/a") << q("q3") << QJsonValue(QStringLiteral("not_applicable")) << QString();
    QTest::newRow("maybe") << q("q3") << QJsonValue(QStringLiteral("maybe"))
                           << QStringLiteral("Q2.2 “Was the child seen?”: “maybe” is not yes, no, partial or not "
                                             "applicable");
    QTest::newRow("true") << q("q3") << QJsonValue(true)
                          << QStringLiteral("Q2.2 “Was the child seen?”: “true” is not yes, no, partial or not "
                                            "applicable");
    QTest::newRow("a number") << q("q1") << QJsonValue(3.5) << QString();
    QTest::newRow("a number as text") << q("q1") << QJsonValue(QStringLiteral("3"))
                                      << QStringLiteral("Q1.1 “Days to the strategy discussion”: “3” is not a "
                                                        "number");
    QTest::newRow("text") << q("q4") << QJsonValue(QStringLiteral("She wanted to stay")) << QString();
    QTest::newRow("a number for text") << q("q4") << QJsonValue(7)
                                       << QStringLiteral("Q2.3 “What did the child say?”: “7” is not text");
}

void TestQuestionnaire::stored()
{
    QFETCH(QString, question);
    QFETCH(QJsonValue, answer);
    QFETCH(QString, problem);
    const Questionnaire t = sample();
    QCOMPARE(answerProblem(t, *t.question(question), GradeScale::standard(), answer), problem);
}

void TestQuestionnaire::typed_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("stored"); // null: refused or blank
    QTest::addColumn<QString>("problem");
    const auto q = [](const char *id) { return QString::fromLatin1(id); };
    QTest::newRow("grade label") << q("q2") << QStringLiteral("requires improvement")
                                 << QJsonValue(QStringLiteral("requires_improvement")) << QString();
    QTest::newRow("grade unknown") << q("q2") << QStringLiteral("fine") << QJsonValue()
                                   << QStringLiteral("Q2.1 “Overall practice”: “fine” is not one of the grades "
                                                     "Outstanding, Good, Requires improvement and Inadequate");
    QTest::newRow("y") << q("q3") << QStringLiteral("Y") << QJsonValue(QStringLiteral("yes")) << QString();
    QTest::newRow("n/a") << q("q3") << QStringLiteral("n/a") << QJsonValue(QStringLiteral("not_applicable"))
                         << QString();
    QTest::newRow("Partial") << q("q3") << QStringLiteral("Partial") << QJsonValue(QStringLiteral("partial"))
                             << QString();
    QTest::newRow("maybe") << q("q3") << QStringLiteral("maybe") << QJsonValue()
                           << QStringLiteral("Q2.2 “Was the child seen?”: “maybe” is not yes, no, partial or not "
                                             "applicable");
    QTest::newRow("number") << q("q1") << QStringLiteral("12") << QJsonValue(12) << QString();
    QTest::newRow("decimal") << q("q1") << QStringLiteral("2.5") << QJsonValue(2.5) << QString();
    QTest::newRow("ten") << q("q1") << QStringLiteral("ten") << QJsonValue()
                         << QStringLiteral("Q1.1 “Days to the strategy discussion”: “ten” is not a number");
    QTest::newRow("blank") << q("q1") << QStringLiteral("  ") << QJsonValue() << QString();
    QTest::newRow("text") << q("q4") << QStringLiteral(" ten ") << QJsonValue(QStringLiteral("ten")) << QString();
}

void TestQuestionnaire::typed()
{
    QFETCH(QString, question);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, stored);
    QFETCH(QString, problem);
    const Questionnaire t = sample();
    QString error = QStringLiteral("stale");
    const std::optional<QJsonValue> read = readAnswer(t, *t.question(question), GradeScale::standard(), typed, &error);
    QCOMPARE(read.value_or(QJsonValue()), stored);
    QCOMPARE(error, problem);
}

void TestQuestionnaire::unknownQuestion()
{
    const QJsonObject answers{{QStringLiteral("q3"), QStringLiteral("no")}, {QStringLiteral("q77"), 1}};
    QCOMPARE(answerProblems(sample(), GradeScale::standard(), answers),
             QStringList{QStringLiteral("“q77” is not a question of the audit's tool.")});
    QCOMPARE(answersToJson(answersFromJson(QStringLiteral(R"({"q3":"no","q1":4})"))),
             QStringLiteral(R"({"q1":4,"q3":"no"})"));
}

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
