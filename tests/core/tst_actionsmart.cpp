// The SMART check of issue 14, part 2, row by row: each letter's rule exactly as the issue words
// it (the vague verbs, a source or a rationale, a due date not before the start), with actions
// that look fine but are not, and each piece of advice, which never fails a letter.
#include "core/actions/actionrules.h"
#include "testsupport/soundaction.h"

#include <QTest>

using namespace assure;
using assure::test::soundAction;

class TestActionSmart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smartLetters_data();
    void smartLetters();
    void advice_data();
    void advice();
    void aSoundActionPassesEverything();
};

void TestActionSmart::smartLetters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("failed"); // the letters that fail, in order

    // Specific: no description AND a title that is only a vague verb.
    for (const char *verb : {"Review", "Monitor", "Consider", "Explore", "Look at", "look at.", "  MONITOR  "})
        QTest::addRow("title %s, no description", verb) << "title+nodesc" << verb << "S";
    QTest::newRow("vague verb with a description") << "title"
                                                   << "Review"
                                                   << "";
    QTest::newRow("vague verb with an object") << "title+nodesc"
                                               << "Review the neglect pathway"
                                               << "";
    QTest::newRow("a verb not on the list") << "title+nodesc"
                                            << "Audit"
                                            << "";
    QTest::newRow("a vague verb's other form") << "title+nodesc"
                                               << "Reviewing"
                                               << "";
    // Measurable: a success measure, whatever the evidence.
    QTest::newRow("no success measure") << "successMeasure"
                                        << ""
                                        << "M";
    QTest::newRow("blank success measure") << "successMeasure"
                                           << "   "
                                           << "M";
    QTest::newRow("no evidence alone passes M") << "evidence"
                                                << ""
                                                << "";
    // Achievable: an owner agency and a lead.
    QTest::newRow("no owner agency") << "ownerAgencyId"
                                     << "0"
                                     << "A";
    QTest::newRow("no lead") << "leadPersonId"
                             << "0"
                             << "A";
    QTest::newRow("neither") << "owner+lead"
                             << "0"
                             << "A";
    QTest::newRow("no resources alone passes A") << "resources"
                                                 << ""
                                                 << "";
    // Relevant: a source or a rationale.
    QTest::newRow("no source, a rationale") << "source"
                                            << ""
                                            << "";
    QTest::newRow("no source, no rationale") << "source+norationale"
                                             << ""
                                             << "R";
    QTest::newRow("a source, no rationale") << "rationale"
                                            << ""
                                            << "";
    // Timed: a due date, not before the start.
    QTest::newRow("no due date") << "due"
                                 << ""
                                 << "T";
    QTest::newRow("due before the start") << "due"
                                          << "2026-06-30"
                                          << "T";
    QTest::newRow("due on the start") << "due"
                                      << "2026-07-01"
                                      << "";
    QTest::newRow("due, no start") << "start"
                                   << ""
                                   << "";
    QTest::newRow("no due and no start") << "start+nodue"
                                         << ""
                                         << "T";
    // Looks fine, is not: a long description cannot make up for a measure of whitespace.
    QTest::newRow("a measure of a line break") << "successMeasure"
                                               << "\n\t"
                                               << "M";
}

void TestActionSmart::smartLetters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Action a = soundAction();
    a.rationale = QStringLiteral("Neglect audit, finding 3");
    if (field.startsWith(QLatin1String("title"))) {
        a.title = value;
        if (field.endsWith(QLatin1String("+nodesc")))
            a.description.clear();
    } else if (field == QLatin1String("successMeasure")) {
        a.successMeasure = value;
    } else if (field == QLatin1String("evidence")) {
        a.evidence = value;
    } else if (field == QLatin1String("ownerAgencyId")) {
        a.ownerAgencyId = 0;
    } else if (field == QLatin1String("leadPersonId")) {
        a.leadPersonId = 0;
    } else if (field == QLatin1String("owner+lead")) {
        a.ownerAgencyId = a.leadPersonId = 0;
    } else if (field == QLatin1String("resources")) {
        a.resources.clear();
    } else if (field.startsWith(QLatin1String("source"))) {
        a.sourceKind = ActionSource::None;
        a.sourceId = 0;
        if (field.endsWith(QLatin1String("+norationale")))
            a.rationale = QStringLiteral(" ");
    } else if (field == QLatin1String("rationale")) {
        a.rationale.clear();
    } else if (field == QLatin1String("due")) {
        a.due = QDate::fromString(value, Qt::ISODate);
    } else if (field.startsWith(QLatin1String("start"))) {
        a.start = QDate();
        if (field.endsWith(QLatin1String("+nodue")))
            a.due = QDate();
    } else {
        QFAIL("unknown field");
    }
    const SmartCheck c = smartCheck(a);
    QString failed;
    for (SmartLetter l : allSmartLetters())
        if (!c.passes(l))
            failed += smartLetterKey(l);
    QTEST(failed, "failed");
    QCOMPARE(c.score(), 5 - int(failed.size()));
    QCOMPARE(c.problems().size(), failed.size());
    for (const QString &p : c.problems())
        QVERIFY(!p.isEmpty());
}

void TestActionSmart::advice_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("said"); // a word of the one piece of advice expected; empty: none

    QTest::newRow("sound") << "sound"
                           << "";
    QTest::newRow("measure restates the title") << "restates"
                                                << "restates";
    QTest::newRow("measure restates the title in other case and order") << "restatesShuffled"
                                                                        << "restates";
    QTest::newRow("measure with more than the title") << "measureMore"
                                                      << "";
    QTest::newRow("measure with no evidence") << "noEvidence"
                                              << "evidence";
    QTest::newRow("no measure: no advice on evidence") << "noMeasure"
                                                       << "";
    QTest::newRow("four months, no milestone") << "long"
                                               << "milestones";
    QTest::newRow("exactly three months, no milestone") << "threeMonths"
                                                        << "";
    QTest::newRow("four months with a milestone") << "longWithMilestone"
                                                  << "";
    QTest::newRow("milestone after the due date") << "milestoneLate"
                                                  << "outside";
    QTest::newRow("milestone before the start") << "milestoneEarly"
                                                << "outside";
    QTest::newRow("lead of another agency") << "otherAgency"
                                            << "another agency";
    QTest::newRow("lead of no agency") << "noLeadAgency"
                                       << "";
    QTest::newRow("due on a Saturday") << "saturday"
                                       << "weekend";
    QTest::newRow("due on a Sunday") << "sunday"
                                     << "weekend";
    QTest::newRow("due on a Friday") << "friday"
                                     << "";
}

void TestActionSmart::advice()
{
    QFETCH(QString, case_);
    QFETCH(QString, said);
    Action a = soundAction(); // 1 Jul to 30 Sep 2026 (a Wednesday): three months less a day
    SmartContext context;
    context.leadAgencyId = a.ownerAgencyId;
    Milestone m;
    m.actionId = a.id;
    m.text = QStringLiteral("Draft to the sub-group");
    m.date = QDate(2026, 8, 15);
    if (case_ == QLatin1String("restates"))
        a.successMeasure = a.title;
    else if (case_ == QLatin1String("restatesShuffled"))
        a.successMeasure = QStringLiteral("The neglect pathway: REVIEW.");
    else if (case_ == QLatin1String("measureMore"))
        a.successMeasure = a.title + QStringLiteral(" and 80% of referrals use it");
    else if (case_ == QLatin1String("noEvidence"))
        a.evidence.clear();
    else if (case_ == QLatin1String("noMeasure"))
        a.successMeasure.clear(), a.evidence.clear();
    else if (case_ == QLatin1String("long"))
        a.due = QDate(2026, 11, 2);
    else if (case_ == QLatin1String("threeMonths"))
        a.due = QDate(2026, 10, 1); // a Thursday, exactly three months on
    else if (case_ == QLatin1String("longWithMilestone"))
        a.due = QDate(2026, 11, 2), context.milestones << m;
    else if (case_ == QLatin1String("milestoneLate"))
        m.date = a.due.addDays(1), context.milestones << m;
    else if (case_ == QLatin1String("milestoneEarly"))
        m.date = a.start.addDays(-1), context.milestones << m;
    else if (case_ == QLatin1String("otherAgency"))
        context.leadAgencyId = a.ownerAgencyId + 1;
    else if (case_ == QLatin1String("noLeadAgency"))
        context.leadAgencyId = 0;
    else if (case_ == QLatin1String("saturday"))
        a.due = QDate(2026, 9, 26);
    else if (case_ == QLatin1String("sunday"))
        a.due = QDate(2026, 9, 27);
    else if (case_ == QLatin1String("friday"))
        a.due = QDate(2026, 9, 25);
    const SmartCheck c = smartCheck(a, context);
    if (said.isEmpty()) {
        QVERIFY2(c.advice.isEmpty(), qPrintable(c.advice.join(QLatin1Char('|'))));
    } else {
        QCOMPARE(c.advice.size(), 1);
        QVERIFY2(c.advice.constFirst().contains(said), qPrintable(c.advice.constFirst()));
    }
    QCOMPARE(c.score(), case_ == QLatin1String("noMeasure") ? 4 : 5); // advice never fails a letter
}

void TestActionSmart::aSoundActionPassesEverything()
{
    const SmartCheck c = smartCheck(soundAction(), SmartContext{{}, 1});
    QCOMPARE(c.score(), 5);
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.advice.isEmpty());
}

QTEST_GUILESS_MAIN(TestActionSmart)
#include "tst_actionsmart.moc"
