// The feedback log's core (issue 19, part 1): voice and method keys both ways, the names a
// spreadsheet may use, an entry's problems naming the field, and a year's figures worked by hand.
#include "core/voices/feedbackfigures.h"

#include <QTest>

using namespace assure;

namespace {

Feedback entry(qint64 id, const QDate &date, FeedbackVoice voice, FeedbackMethod method)
{
    Feedback f;
    f.id = id;
    f.date = date;
    f.voice = voice;
    f.method = method;
    f.summary = QStringLiteral("Young people said workers changed too often.");
    return f;
}

} // namespace

class TestFeedback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void fromText_data();
    void fromText();
    void problems();
    void figuresForAYear();
};

void TestFeedback::keys()
{
    QCOMPARE(allFeedbackVoices().size(), 5);
    QCOMPARE(allFeedbackMethods().size(), 7);
    for (FeedbackVoice v : allFeedbackVoices())
        QCOMPARE(feedbackVoiceFromKey(feedbackVoiceKey(v)), std::optional<FeedbackVoice>(v));
    for (FeedbackMethod m : allFeedbackMethods())
        QCOMPARE(feedbackMethodFromKey(feedbackMethodKey(m)), std::optional<FeedbackMethod>(m));
    QCOMPARE(feedbackVoiceKey(FeedbackVoice::ParentOrCarer), QStringLiteral("parent_or_carer"));
    QCOMPARE(feedbackMethodKey(FeedbackMethod::CaseAuditConversation), QStringLiteral("case_audit_conversation"));
    QCOMPARE(feedbackVoiceLabel(FeedbackVoice::ChildOrYoungPerson), QStringLiteral("Child or young person"));
    QVERIFY(!feedbackVoiceFromKey(QStringLiteral("Parent or carer")));
}

void TestFeedback::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("voice"); // -1: not a voice
    QTest::newRow("key") << QStringLiteral("parent_or_carer") << int(FeedbackVoice::ParentOrCarer);
    QTest::newRow("label") << QStringLiteral("Parent or carer") << int(FeedbackVoice::ParentOrCarer);
    QTest::newRow("shouting, spaced") << QStringLiteral("  PARTNER   AGENCY ") << int(FeedbackVoice::PartnerAgency);
    QTest::newRow("child") << QStringLiteral("child or young person") << int(FeedbackVoice::ChildOrYoungPerson);
    QTest::newRow("unknown") << QStringLiteral("grandparent") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestFeedback::fromText()
{
    QFETCH(QString, text);
    QFETCH(int, voice);
    const std::optional<FeedbackVoice> read = feedbackVoiceFromText(text);
    QCOMPARE(read ? int(*read) : -1, voice);
    QCOMPARE(feedbackMethodFromText(QStringLiteral("Focus group")), std::optional(FeedbackMethod::FocusGroup));
    QCOMPARE(feedbackMethodFromText(QStringLiteral("case audit conversation")),
             std::optional(FeedbackMethod::CaseAuditConversation));
    QVERIFY(!feedbackMethodFromText(QStringLiteral("telepathy")));
}

void TestFeedback::problems()
{
    Feedback f = entry(1, QDate(2026, 5, 4), FeedbackVoice::Practitioner, FeedbackMethod::Workshop);
    QVERIFY(f.problems().isEmpty());
    f.date = QDate();
    f.summary = QStringLiteral("   ");
    const QStringList found = f.problems();
    QCOMPARE(found.size(), 2);
    QVERIFY(found.at(0).startsWith(QStringLiteral("Date:")));
    QVERIFY(found.at(1).startsWith(QStringLiteral("Summary:")));
    f = entry(1, QDate(2026, 5, 4), FeedbackVoice::Practitioner, FeedbackMethod::Workshop);
    f.voice = FeedbackVoice(42);
    QCOMPARE(f.problems().size(), 1);
    QVERIFY(f.problems().constFirst().startsWith(QStringLiteral("Voice:")));

    FeedbackTheme t;
    QCOMPARE(t.problems().size(), 1);
    t.name = QStringLiteral("Timeliness");
    QVERIFY(t.problems().isEmpty());
}

void TestFeedback::figuresForAYear()
{
    // The year 2026/27 runs 1 April 2026 to 31 March 2027. By hand: entries 2 to 5 are in it (the
    // first the day before, the last the day after); two children, one parent, one practitioner;
    // of the ids acted on (1, 3, 5, 6) only 3 and 5 are in the year.
    const QList<Feedback> all = {
        entry(1, QDate(2026, 3, 31), FeedbackVoice::ChildOrYoungPerson, FeedbackMethod::Survey),
        entry(2, QDate(2026, 4, 1), FeedbackVoice::ChildOrYoungPerson, FeedbackMethod::Survey),
        entry(3, QDate(2026, 9, 15), FeedbackVoice::ChildOrYoungPerson, FeedbackMethod::Advocate),
        entry(4, QDate(2027, 1, 10), FeedbackVoice::ParentOrCarer, FeedbackMethod::FocusGroup),
        entry(5, QDate(2027, 3, 31), FeedbackVoice::Practitioner, FeedbackMethod::Survey),
        entry(6, QDate(2027, 4, 1), FeedbackVoice::Practitioner, FeedbackMethod::Survey),
    };
    const FeedbackFigures f = feedbackFigures(all, QSet<qint64>{1, 3, 5, 6}, QDate(2026, 4, 1), QDate(2027, 3, 31));
    QCOMPARE(f.entries, 4);
    QCOMPARE(f.withActions, 2);
    QCOMPARE(f.byVoice.value(FeedbackVoice::ChildOrYoungPerson), 2);
    QCOMPARE(f.byVoice.value(FeedbackVoice::ParentOrCarer), 1);
    QCOMPARE(f.byVoice.value(FeedbackVoice::Practitioner), 1);
    QVERIFY(!f.byVoice.contains(FeedbackVoice::PartnerAgency));
    QCOMPARE(f.byMethod.value(FeedbackMethod::Survey), 2);
    QCOMPARE(f.byMethod.value(FeedbackMethod::Advocate), 1);
    QCOMPARE(f.byMethod.value(FeedbackMethod::FocusGroup), 1);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
