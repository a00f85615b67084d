// Self-assessment in the workspace: a shipped framework added, rounds started and next year's
// round carrying the framework and agencies (not the ratings), answers, challenge and moderation
// each one undo step, a framework in use kept as it is (a new version instead), and what deleting
// an agency, a round or a framework does.
#include "storage/repository.h"
#include "testsupport/demoworkspace.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/assessment/rounddata.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestAssessmentEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void frameworkAddedAsOneStep();
    void answersChallengeAndModeration();
    void nextRoundCarriesFrameworkAndAgencies();
    void frameworkInUseGetsANewVersion();
    void deletes();
    void demoRounds();

private:
    qint64 criterion(const QString &code) const; // of the first framework
    qint64 invitation(qint64 roundId, qint64 agencyId) const;
    template <class T> std::vector<T> onDisk() const { return Repository<T>(m_ws->file().database()).loadAll(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_agencies;
    qint64 m_framework = 0;
    qint64 m_round = 0;
    const QDate m_today{2025, 9, 16};
};

void TestAssessmentEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("s11.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    m_agencies.clear();
    for (const char *name : {"Fenholt Police", "Fenholt Council", "Fenholt Hospitals Trust"}) {
        Agency a;
        a.name = QString::fromUtf8(name);
        QVERIFY(m_ws->add(a));
        m_agencies << m_ws->items<Agency>().items().back().id;
    }
    QString error;
    AssessmentEdits edits(*m_ws);
    QVERIFY2(edits.addFramework(section11Framework(), &error, &m_framework), qPrintable(error));
    QVERIFY2(edits.startRound(m_framework, 2025, QDate(2025, 12, 19), {m_agencies.at(0), m_agencies.at(1)}, m_today,
                              &error, &m_round),
             qPrintable(error));
}

qint64 TestAssessmentEdits::criterion(const QString &code) const
{
    const RoundData data(*m_ws, m_round);
    for (const AssessmentCriterion &c : data.criteria())
        if (data.codeOf(c) == code)
            return c.id;
    return 0;
}

qint64 TestAssessmentEdits::invitation(qint64 roundId, qint64 agencyId) const
{
    for (const RoundAgency &a : m_ws->items<RoundAgency>())
        if (a.roundId == roundId && a.agencyId == agencyId)
            return a.id;
    return 0;
}

void TestAssessmentEdits::frameworkAddedAsOneStep()
{
    QCOMPARE(onDisk<AssessmentFramework>().size(), size_t(1));
    QCOMPARE(onDisk<AssessmentFramework>().front().version, 1);
    QCOMPARE(onDisk<AssessmentStandard>().size(), size_t(8));
    QCOMPARE(onDisk<AssessmentCriterion>().size(), size_t(25));
    QCOMPARE(onDisk<AssessmentRound>().front().label, QStringLiteral("Section 11 2025/26"));
    QCOMPARE(onDisk<RoundAgency>().size(), size_t(2));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Start round Section 11 2025/26"));
    m_ws->undoStack()->undo();
    QVERIFY(onDisk<RoundAgency>().empty());
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add framework Section 11"));
    m_ws->undoStack()->undo();
    QVERIFY(onDisk<AssessmentCriterion>().empty());
    QVERIFY(onDisk<AssessmentFramework>().empty());
    m_ws->undoStack()->redo();
    m_ws->undoStack()->redo();
    QCOMPARE(onDisk<AssessmentCriterion>().size(), size_t(25));
    QCOMPARE(m_ws->items<RoundAgency>().size(), 2);
    // The same framework again is its next version; the same round label is refused.
    AssessmentEdits edits(*m_ws);
    qint64 again = 0;
    QVERIFY(edits.addFramework(section11Framework(), nullptr, &again));
    QCOMPARE(m_ws->items<AssessmentFramework>().find(again)->version, 2);
    QString error;
    QVERIFY(!edits.startRound(again, 2025, {}, {}, m_today, &error));
    QCOMPARE(error, QStringLiteral("There is already a round called “Section 11 2025/26”."));
}

void TestAssessmentEdits::answersChallengeAndModeration()
{
    AssessmentEdits edits(*m_ws);
    const qint64 police = invitation(m_round, m_agencies.at(0));
    const qint64 c52 = criterion(QStringLiteral("5.2"));
    QVERIFY(c52);
    CriterionReturn a;
    a.roundAgencyId = police;
    a.criterionId = c52;
    a.selfRating = AssessmentRating::Blue;
    a.evidence = QStringLiteral("Refresher training every two years; 97% up to date.");
    a.evidenceRefs = QStringLiteral("Training register, Sept 2025");
    const int steps = m_ws->undoStack()->count();
    QString error;
    QVERIFY2(edits.setAnswer(a, m_today.addDays(3), &error), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Answer 5.2"));
    const std::vector<CriterionReturn> stored = onDisk<CriterionReturn>();
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored.front().selfRating, AssessmentRating::Blue);
    QCOMPARE(stored.front().evidenceRefs, a.evidenceRefs);
    // Answering starts the return, in the same step.
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->status, ReturnStatus::InProgress);
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->startedOn, m_today.addDays(3));

    QVERIFY(edits.setStatus(police, ReturnStatus::Returned, m_today.addDays(30)));
    QVERIFY2(
        edits.challenge(police, c52, QStringLiteral("The register shows 81% up to date."), m_today.addDays(40), &error),
        qPrintable(error));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Challenge 5.2"));
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->status, ReturnStatus::Challenged);
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->returnedOn, m_today.addDays(30));
    QVERIFY(edits.moderate(police, c52, AssessmentRating::Amber));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Moderate 5.2 to AMBER"));
    CriterionReturn now = onDisk<CriterionReturn>().front();
    QCOMPARE(now.selfRating, AssessmentRating::Blue); // both are kept
    QCOMPARE(now.moderatedRating, AssessmentRating::Amber);
    QCOMPARE(now.challengeNote, QStringLiteral("The register shows 81% up to date."));

    // The agency changing its answer keeps the QA sub-group's.
    a.selfRating = AssessmentRating::Green;
    QVERIFY(edits.setAnswer(a, m_today.addDays(45)));
    now = onDisk<CriterionReturn>().front();
    QCOMPARE(now.selfRating, AssessmentRating::Green);
    QCOMPARE(now.moderatedRating, AssessmentRating::Amber);
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->status, ReturnStatus::Challenged);

    RoundData data(*m_ws, m_round);
    QCOMPARE(data.completeness(police).ratedWithEvidence, 1);
    QCOMPARE(data.completeness(police).criteria, 25);
    QCOMPARE(data.ratings(police, RatingSource::Moderated).at(4).ratings.at(1), AssessmentRating::Amber);
    QCOMPARE(data.ratings(police, RatingSource::Self).at(4).ratings.at(1), AssessmentRating::Green);

    // Each edit was one step: undo walks back through them.
    m_ws->undoStack()->undo(); // the answer changed
    QCOMPARE(onDisk<CriterionReturn>().front().selfRating, AssessmentRating::Blue);
    m_ws->undoStack()->undo(); // the moderation
    QCOMPARE(onDisk<CriterionReturn>().front().moderatedRating, AssessmentRating::NotRated);
    m_ws->undoStack()->undo(); // the challenge
    QCOMPARE(onDisk<CriterionReturn>().front().challengeNote, QString());
    QCOMPARE(m_ws->items<RoundAgency>().find(police)->status, ReturnStatus::Returned);

    // Clearing everything leaves no row: not rated, as before.
    QVERIFY(edits.setAnswer(
        CriterionReturn{0, police, c52, AssessmentRating::NotRated, {}, {}, {}, {}, AssessmentRating::NotRated},
        m_today));
    QVERIFY(onDisk<CriterionReturn>().empty());
}

void TestAssessmentEdits::nextRoundCarriesFrameworkAndAgencies()
{
    AssessmentEdits edits(*m_ws);
    const qint64 police = invitation(m_round, m_agencies.at(0));
    const qint64 c11 = criterion(QStringLiteral("1.1"));
    QVERIFY(edits.setAnswer(
        CriterionReturn{
            0, police, c11, AssessmentRating::Green, QStringLiteral("Minutes"), {}, {}, {}, AssessmentRating::NotRated},
        m_today));
    QVERIFY(edits.moderate(police, c11, AssessmentRating::Amber));
    QVERIFY(edits.setStatus(police, ReturnStatus::Accepted, m_today.addDays(90)));

    qint64 next = 0;
    QString error;
    const QDate nextYear = m_today.addYears(1);
    QVERIFY2(edits.startNextRound(m_round, nextYear, &error, &next), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Start round Section 11 2026/27"));
    const AssessmentRound *round = m_ws->items<AssessmentRound>().find(next);
    QCOMPARE(round->frameworkId, m_framework);
    QCOMPARE(round->year, 2026);
    QCOMPARE(round->deadline, QDate(2026, 12, 19));
    QCOMPARE(round->previousRoundId, m_round);
    const RoundData data(*m_ws, next);
    QCOMPARE(int(data.agencies().size()), 2);
    QCOMPARE(data.agencyName(data.agencies().at(0)), QStringLiteral("Fenholt Council")); // by name
    for (const RoundAgency &a : data.agencies()) {
        QCOMPARE(a.status, ReturnStatus::Invited);
        QCOMPARE(a.invitedOn, nextYear);
        QVERIFY(data.answers(a.id).empty()); // ratings and evidence start afresh
    }
    // ... and last year's are there for reference.
    const qint64 policeNow = invitation(next, m_agencies.at(0));
    const CriterionReturn *last = data.lastYearsAnswer(policeNow, c11);
    QVERIFY(last);
    QCOMPARE(last->selfRating, AssessmentRating::Green);
    QCOMPARE(last->moderatedRating, AssessmentRating::Amber);
    QCOMPARE(last->evidence, QStringLiteral("Minutes"));
    QVERIFY(!data.lastYearsAnswer(policeNow, criterion(QStringLiteral("1.2"))));
    QVERIFY(!data.lastYearsAnswer(invitation(next, m_agencies.at(1)), c11));
    QVERIFY(!edits.startNextRound(m_round, nextYear, &error)); // the label is taken
}

void TestAssessmentEdits::frameworkInUseGetsANewVersion()
{
    const qint64 c32 = criterion(QStringLiteral("3.2"));
    AssessmentCriterion changed = *m_ws->items<AssessmentCriterion>().find(c32);
    changed.text = QStringLiteral("Safeguarding leads have protected time.");
    QString error;
    QVERIFY(!m_ws->update(changed, &error));
    QCOMPARE(error, QStringLiteral("Version 1 of the framework “Section 11” is used by a self-assessment round and is "
                                   "kept as it is; make a new version of it to change it."));
    AssessmentStandard standard = *m_ws->items<AssessmentStandard>().find(changed.standardId);
    standard.title = QStringLiteral("Accountability");
    QVERIFY(!m_ws->update(standard, &error));
    AssessmentFramework framework = *m_ws->items<AssessmentFramework>().find(m_framework);
    framework.description = QStringLiteral("Changed");
    QVERIFY(!m_ws->update(framework, &error));

    AssessmentEdits edits(*m_ws);
    qint64 v2 = 0;
    QVERIFY2(edits.newVersion(m_framework, &error, &v2), qPrintable(error));
    QCOMPARE(m_ws->items<AssessmentFramework>().find(v2)->version, 2);
    const QString original = m_ws->items<AssessmentCriterion>().find(c32)->text;
    qint64 v2criterion = 0;
    for (const AssessmentCriterion &c : m_ws->items<AssessmentCriterion>())
        if (c.text == original && c.id != c32)
            v2criterion = c.id;
    QVERIFY(v2criterion);
    AssessmentCriterion edited = *m_ws->items<AssessmentCriterion>().find(v2criterion);
    edited.text = changed.text;
    QVERIFY2(m_ws->update(edited, &error), qPrintable(error));              // not in use yet
    QCOMPARE(m_ws->items<AssessmentCriterion>().find(c32)->text, original); // version 1 as it was

    // Next year's round takes the new version, and still finds last year's answers by code.
    const qint64 police = invitation(m_round, m_agencies.at(0));
    QVERIFY(edits.setAnswer(
        CriterionReturn{
            0, police, c32, AssessmentRating::Red, QStringLiteral("None"), {}, {}, {}, AssessmentRating::NotRated},
        m_today));
    qint64 next = 0;
    QVERIFY(edits.startNextRound(m_round, m_today.addYears(1), &error, &next));
    QCOMPARE(m_ws->items<AssessmentRound>().find(next)->frameworkId, v2);
    const RoundData data(*m_ws, next);
    const CriterionReturn *last = data.lastYearsAnswer(invitation(next, m_agencies.at(0)), v2criterion);
    QVERIFY(last);
    QCOMPARE(last->selfRating, AssessmentRating::Red);
}

void TestAssessmentEdits::deletes()
{
    AssessmentEdits edits(*m_ws);
    const qint64 police = invitation(m_round, m_agencies.at(0));
    QVERIFY(edits.setAnswer(CriterionReturn{0,
                                            police,
                                            criterion(QStringLiteral("1.1")),
                                            AssessmentRating::Green,
                                            QStringLiteral("Minutes"),
                                            {},
                                            {},
                                            {},
                                            AssessmentRating::NotRated},
                            m_today));
    // A framework in use is not deleted, and says why.
    QString error;
    QVERIFY(!m_ws->remove<AssessmentFramework>(m_framework, &error));
    QVERIFY2(error.contains(QStringLiteral("1 self-assessment rounds use it")), qPrintable(error));
    // Nor is a criterion an agency has answered.
    QVERIFY(!m_ws->remove<AssessmentCriterion>(criterion(QStringLiteral("1.1")), &error));

    // An agency takes its returns and their answers, and the question says so; undo brings them back.
    const Dependents deps = m_ws->dependents<Agency>(m_agencies.at(0));
    QVERIFY2(deps.describe().contains(QStringLiteral("Its 1 self-assessment returns go with it")),
             qPrintable(deps.describe()));
    QVERIFY(m_ws->remove<Agency>(m_agencies.at(0)));
    QVERIFY(onDisk<CriterionReturn>().empty());
    QCOMPARE(onDisk<RoundAgency>().size(), size_t(1));
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<CriterionReturn>().size(), size_t(1));
    QCOMPARE(onDisk<RoundAgency>().size(), size_t(2));

    // A round takes every return; then the framework may go, with its standards and criteria.
    QVERIFY(m_ws->remove<AssessmentRound>(m_round));
    QVERIFY(onDisk<RoundAgency>().empty());
    QVERIFY(onDisk<CriterionReturn>().empty());
    QVERIFY2(m_ws->remove<AssessmentFramework>(m_framework, &error), qPrintable(error));
    QVERIFY(onDisk<AssessmentCriterion>().empty());
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<CriterionReturn>().size(), size_t(1));
    QCOMPARE(onDisk<AssessmentCriterion>().size(), size_t(25));
}

// The small demo: last year's Section 11 round and this year's, started from it, with every stage
// of a round this year, evidence, challenges and moderated ratings that differ from the agencies' own.
void TestAssessmentEdits::demoRounds()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> demo;
    test::openDemoWorkspace(dir, &demo);
    QVERIFY(demo);
    QCOMPARE(demo->items<AssessmentFramework>().size(), 2);
    QCOMPARE(demo->items<AssessmentRound>().size(), 2);
    const AssessmentRound &last = demo->items<AssessmentRound>().at(0);
    const AssessmentRound &now = demo->items<AssessmentRound>().at(1);
    QCOMPARE(now.previousRoundId, last.id);
    QCOMPARE(now.year, last.year + 1);
    QVERIFY(now.label.startsWith(QStringLiteral("Section 11 ")));
    const RoundData data(*demo, now.id);
    QVERIFY(data.agencies().size() >= 8);
    QSet<ReturnStatus> statuses;
    for (const RoundAgency &a : data.agencies())
        statuses.insert(a.status);
    QCOMPARE(statuses.size(), 5);
    int differing = 0, challenged = 0, withEvidence = 0, lastYears = 0;
    for (const CriterionReturn &a : demo->items<CriterionReturn>()) {
        differing += isRated(a.moderatedRating) && a.moderatedRating != a.selfRating ? 1 : 0;
        challenged += a.challengeNote.isEmpty() ? 0 : 1;
        withEvidence += a.evidence.isEmpty() ? 0 : 1;
    }
    for (const RoundAgency &a : data.agencies())
        for (const AssessmentCriterion &c : data.criteria())
            lastYears += data.lastYearsAnswer(a.id, c.id) ? 1 : 0;
    QVERIFY2(differing >= 10 && challenged >= differing && withEvidence > 100, qPrintable(QString::number(differing)));
    QCOMPARE(lastYears, int(data.agencies().size() * data.criteria().size())); // every agency answered last year
}

QTEST_GUILESS_MAIN(TestAssessmentEdits)
#include "tst_assessmentedits.moc"
