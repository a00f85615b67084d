// Audits in the workspace: references made and unique, the programme's occurrences (done, skipped,
// moved, reopened; stored when first touched), an audit planned from an occurrence, a sample
// recorded with its seed in one undo step, moderation checked against the audit's grades and the
// agreement it gives, answers that must be JSON, and what deleting an audit takes with it: an action
// answering a deleted finding or recommendation no longer names it, and one answering another kind
// of item with the same id keeps its source.
#include "core/audits/casesampling.h"
#include "storage/repository.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/audits/auditedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestAuditEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void referencesAreMadeAndUnique();
    void occurrencesDoneSkippedMoved();
    void planFromOccurrence();
    void sampleRecordedInOneStep();
    void moderationAndAgreement();
    void casesAuditedLatelyAreExcluded();
    void answersMustBeJson();
    void deletingAnAuditTakesItsParts();
    void actionsLetGoOfADeletedSource();

private:
    qint64 addAudit(const QString &title, const QString &scale = {});
    qint64 addCase(qint64 auditId, const QString &ref, const QString &grade);
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AuditEdits> m_edits;
    qint64 m_entry = 0;
    qint64 m_agency = 0;
    const QDate m_today{2026, 11, 16};
};

void TestAuditEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("audits.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    m_edits = std::make_unique<AuditEdits>(*m_ws);
    Agency a;
    a.name = QStringLiteral("Fenholt Council");
    QVERIFY(m_ws->add(a));
    m_agency = m_ws->items<Agency>().at(0).id;
    ProgrammeEntry e;
    e.subject = QStringLiteral("Multi-agency case audit");
    e.criteria = QStringLiteral("Six cases a quarter");
    e.frequency = ProgrammeFrequency::Quarterly;
    QVERIFY(m_ws->add(e));
    m_entry = m_ws->items<ProgrammeEntry>().at(0).id;
}

qint64 TestAuditEdits::addAudit(const QString &title, const QString &scale)
{
    Audit a;
    a.title = title;
    a.gradeScale = scale;
    qint64 id = 0;
    QString error;
    if (!m_edits->add(a, m_today, &error, &id))
        qWarning() << error;
    return id;
}

qint64 TestAuditEdits::addCase(qint64 auditId, const QString &ref, const QString &grade)
{
    AuditCase c;
    c.auditId = auditId;
    c.ref = ref;
    c.grade = grade;
    QString error;
    if (!m_ws->add(c, &error))
        qWarning() << error;
    return m_ws->items<AuditCase>().items().back().id;
}

void TestAuditEdits::referencesAreMadeAndUnique()
{
    QCOMPARE(m_edits->nextReference(2026), QStringLiteral("AU-2026-001"));
    addAudit(QStringLiteral("Neglect"));
    Audit odd;
    odd.ref = QStringLiteral("au-2026-041");
    odd.title = QStringLiteral("Imported");
    QVERIFY(m_ws->add(odd));
    QCOMPARE(m_edits->nextReference(2026), QStringLiteral("AU-2026-042"));
    QCOMPARE(m_edits->nextReference(2027), QStringLiteral("AU-2027-001"));
    Audit clash;
    clash.ref = QStringLiteral("AU-2026-001 ");
    clash.title = QStringLiteral("Again");
    QString error;
    QVERIFY(!m_ws->add(clash, &error));
    QVERIFY2(error.contains(QStringLiteral("already an audit with the reference “AU-2026-001”")), qPrintable(error));
}

void TestAuditEdits::occurrencesDoneSkippedMoved()
{
    const QDate jun(2026, 6, 1), sep(2026, 9, 1), dec(2026, 12, 1);
    QCOMPARE(m_edits->occurrence(m_entry, jun).id, 0); // generated, not stored
    const qint64 audit = addAudit(QStringLiteral("June's audit"));
    QVERIFY(m_edits->markDone(m_entry, jun, audit, QDate(2026, 6, 20)));
    QCOMPARE(onDisk<ProgrammeOccurrence>(), size_t(1));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add 2026-06 to “Multi-agency case audit”"));
    const ProgrammeOccurrence done = m_edits->occurrence(m_entry, jun);
    QVERIFY(done.id > 0);
    QCOMPARE(done.auditId, audit);
    QCOMPARE(occurrenceStatus(done, m_today), OccurrenceStatus::Done);

    QString error;
    QVERIFY(!m_edits->skip(m_entry, sep, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QCOMPARE(onDisk<ProgrammeOccurrence>(), size_t(1));
    QVERIFY(m_edits->skip(m_entry, sep, QStringLiteral("Covered by the themed review")));
    QCOMPARE(occurrenceStatus(m_edits->occurrence(m_entry, sep), m_today), OccurrenceStatus::Skipped);
    QVERIFY(m_edits->reopen(m_entry, sep));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Reopen 2026-09 of “Multi-agency case audit”"));
    QCOMPARE(occurrenceStatus(m_edits->occurrence(m_entry, sep), m_today), OccurrenceStatus::Overdue);

    // September's moved to January: planned, not overdue; undo puts it back to overdue.
    QVERIFY(m_edits->move(m_entry, sep, QDate(2027, 1, 15)));
    QCOMPARE(m_edits->occurrence(m_entry, sep).month(), QDate(2027, 1, 1));
    QCOMPARE(occurrenceStatus(m_edits->occurrence(m_entry, sep), m_today), OccurrenceStatus::Planned);
    m_ws->undoStack()->undo();
    QCOMPARE(occurrenceStatus(m_edits->occurrence(m_entry, sep), m_today), OccurrenceStatus::Overdue);
    // December's is due in its month; two occurrences of one month are refused.
    QCOMPARE(occurrenceStatus(m_edits->occurrence(m_entry, dec), QDate(2026, 12, 31)), OccurrenceStatus::Due);
    ProgrammeOccurrence twice;
    twice.entryId = m_entry;
    twice.due = jun;
    QVERIFY(!m_ws->add(twice, &error));
    QVERIFY2(error.contains(QStringLiteral("already has an occurrence due in 2026-06")), qPrintable(error));
    // Deleting the audit that did June's keeps the occurrence done, without the link.
    QVERIFY(m_ws->remove<Audit>(audit));
    QCOMPARE(m_edits->occurrence(m_entry, jun).auditId, 0);
    QCOMPARE(m_edits->occurrence(m_entry, jun).outcome, ProgrammeOccurrence::Outcome::Done);
}

void TestAuditEdits::planFromOccurrence()
{
    qint64 id = 0;
    QString error;
    const int steps = m_ws->undoStack()->count();
    QVERIFY2(
        m_edits->planFromOccurrence(m_entry, QDate(2026, 12, 1), AuditType::MultiAgencyCaseAudit, m_today, &error, &id),
        qPrintable(error));
    // The occurrence, stored for the first time, and its audit are one step: one undo takes both.
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->undoStack()->undoText(),
             QStringLiteral("Plan audit AU-2026-001 for 2026-12 of “Multi-agency case audit”"));
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<Audit>(), size_t(0));
    QCOMPARE(onDisk<ProgrammeOccurrence>(), size_t(0));
    m_ws->undoStack()->redo();
    QCOMPARE(onDisk<Audit>(), size_t(1));
    const Audit *a = m_ws->items<Audit>().find(id);
    QVERIFY(a);
    QCOMPARE(a->ref, QStringLiteral("AU-2026-001"));
    QCOMPARE(a->title, QStringLiteral("Multi-agency case audit"));
    QCOMPARE(a->scope, QStringLiteral("Six cases a quarter"));
    QCOMPARE(a->planned, QDate(2026, 12, 1));
    QCOMPARE(a->status, AuditStatus::Planned);
    const ProgrammeOccurrence o = m_edits->occurrence(m_entry, QDate(2026, 12, 1));
    QVERIFY(o.id > 0);
    QCOMPARE(a->occurrenceId, o.id);
}

void TestAuditEdits::sampleRecordedInOneStep()
{
    const qint64 audit = addAudit(QStringLiteral("Neglect"));
    addCase(audit, QStringLiteral("C-2026-0003"), QString());
    const int steps = m_ws->undoStack()->count();
    const QStringList refs{QStringLiteral("C-2026-0014"), QStringLiteral("c-2026-0003"), QStringLiteral("C-2026-0009")};
    QVERIFY(m_edits->recordSample(audit, refs, 18446744073709551615ULL));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->undoStack()->undoText(),
             QStringLiteral("Record the sample of AU-2026-001 (seed 18446744073709551615)"));
    QCOMPARE(onDisk<AuditCase>(), size_t(3)); // the case already there is not added twice
    QCOMPARE(m_ws->items<Audit>().find(audit)->samplingSeed, QStringLiteral("18446744073709551615"));
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<AuditCase>(), size_t(1));
    QVERIFY(m_ws->items<Audit>().find(audit)->samplingSeed.isEmpty());
}

void TestAuditEdits::moderationAndAgreement()
{
    const qint64 audit = addAudit(QStringLiteral("Neglect"));
    const qint64 a = addCase(audit, QStringLiteral("C-1"), QStringLiteral("good"));
    const qint64 b = addCase(audit, QStringLiteral("C-2"), QStringLiteral("inadequate"));
    const qint64 c = addCase(audit, QStringLiteral("C-3"), QStringLiteral("good"));
    addCase(audit, QStringLiteral("C-4"), QStringLiteral("good")); // not moderated
    QVERIFY(!m_edits->agreementOf(audit).kappa);
    QString error;
    QVERIFY(!m_edits->moderate(a, QStringLiteral("Good"), QString(), &error)); // the key, not the label
    QVERIFY2(error.contains(QStringLiteral("“Good” is not one of the audit's grades")), qPrintable(error));
    QVERIFY(m_edits->moderate(a, QStringLiteral("good"), QStringLiteral("good")));
    QVERIFY(m_edits->moderate(b, QStringLiteral("inadequate"), QStringLiteral("inadequate")));
    QVERIFY(m_edits->moderate(c, QStringLiteral("inadequate"), QStringLiteral("requires_improvement")));
    // Three moderated: po = 2/3; first good 2/3, inadequate 1/3; second good 1/3, inadequate 2/3;
    // pe = 2/9 + 2/9 = 4/9; kappa = (6/9 - 4/9) / (5/9) = 0.4.
    const Agreement agreed = m_edits->agreementOf(audit);
    QCOMPARE(agreed.cases, 3);
    QVERIFY(qAbs(*agreed.kappa - 0.4) < 1e-12);
    QCOMPARE(m_ws->items<AuditCase>().find(c)->finalGrade(), QStringLiteral("requires_improvement"));
    // An audit of its own scale takes its own grades only.
    const qint64 own =
        addAudit(QStringLiteral("Peer review"), QStringLiteral("Effective|Partly effective|Not effective"));
    QVERIFY(!m_ws->add(AuditCase{0, own, QStringLiteral("C-9"), {}, QStringLiteral("good"), {}, {}, {}, {}}, &error));
    QVERIFY(
        m_ws->add(AuditCase{0, own, QStringLiteral("C-9"), {}, QStringLiteral("Partly effective"), {}, {}, {}, {}}));
}

void TestAuditEdits::casesAuditedLatelyAreExcluded()
{
    // Cases of audits started in the last six months are left out of a new sample; older ones and
    // those of audits not yet started or planned before then are not.
    const qint64 recent = addAudit(QStringLiteral("Recent"));
    const qint64 old = addAudit(QStringLiteral("Old"));
    const qint64 planned = addAudit(QStringLiteral("Planned"));
    const std::pair<qint64, QDate> started[] = {{recent, QDate(2026, 7, 1)}, {old, QDate(2026, 1, 10)}};
    for (const auto &[id, day] : started) {
        Audit a = *m_ws->items<Audit>().find(id);
        a.started = day;
        QVERIFY(m_ws->update(a));
    }
    Audit p = *m_ws->items<Audit>().find(planned);
    p.planned = QDate(2027, 1, 1);
    QVERIFY(m_ws->update(p));
    addCase(recent, QStringLiteral("C-2026-0014"), QString());
    addCase(old, QStringLiteral("C-2026-0009"), QString());
    addCase(planned, QStringLiteral("C-2026-0003"), QString());
    const QStringList excluded = m_edits->auditedSince(m_today.addMonths(-6));
    QCOMPARE(excluded, QStringList({QStringLiteral("C-2026-0014"), QStringLiteral("C-2026-0003")}));
    SampleRequest request;
    for (int i = 1; i <= 20; ++i)
        request.candidates.append({QStringLiteral("C-2026-%1").arg(i, 4, 10, QLatin1Char('0')), QString(), 0});
    request.excluded = excluded;
    request.size = 18;
    request.seed = 42;
    const SampleResult drawn = CaseSampling::draw(request);
    QCOMPARE(drawn.refs.size(), 18);
    QVERIFY(!drawn.refs.contains(QStringLiteral("C-2026-0014")) && !drawn.refs.contains(QStringLiteral("C-2026-0003")));
    QVERIFY(drawn.refs.contains(QStringLiteral("C-2026-0009")));
}

void TestAuditEdits::answersMustBeJson()
{
    const qint64 audit = addAudit(QStringLiteral("Neglect"));
    AuditCase c{0, audit, QStringLiteral("C-1"), QStringLiteral("{\"timeliness\": \"yes\""), {}, {}, {}, {}, {}};
    QString error;
    QVERIFY(!m_ws->add(c, &error));
    QVERIFY2(error.contains(QStringLiteral("answers of case C-1 are not a JSON object")), qPrintable(error));
    c.answers = QStringLiteral("{\"timeliness\": \"yes\"}");
    QVERIFY(m_ws->add(c));
    QVERIFY(!m_ws->add(c, &error)); // the same reference twice in one audit
    QVERIFY2(error.contains(QStringLiteral("Case C-1 is already in AU-2026-001")), qPrintable(error));
}

void TestAuditEdits::deletingAnAuditTakesItsParts()
{
    const qint64 audit = addAudit(QStringLiteral("Neglect"));
    const qint64 reaudit = addAudit(QStringLiteral("Neglect re-audit"));
    Audit repeat = *m_ws->items<Audit>().find(reaudit);
    repeat.repeatsAuditId = audit;
    QVERIFY(m_ws->update(repeat));
    addCase(audit, QStringLiteral("C-1"), QStringLiteral("good"));
    QVERIFY(m_ws->add(AuditAgency{0, audit, m_agency}));
    QVERIFY(m_ws->add(Finding{0, audit, FindingKind::GoodPractice, QStringLiteral("Joint visits within a day")}));
    QVERIFY(m_ws->add(Recommendation{0, audit, QStringLiteral("Health in every strategy discussion"), m_agency, {}}));
    QVERIFY(m_ws->remove<Audit>(audit));
    QCOMPARE(onDisk<AuditCase>(), size_t(0));
    QCOMPARE(onDisk<AuditAgency>(), size_t(0));
    QCOMPARE(onDisk<Finding>(), size_t(0));
    QCOMPARE(onDisk<Recommendation>(), size_t(0));
    QCOMPARE(m_ws->items<Audit>().find(reaudit)->repeatsAuditId, 0); // kept, as an audit of its own
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<AuditCase>(), size_t(1));
    QCOMPARE(onDisk<Recommendation>(), size_t(1));
    QCOMPARE(m_ws->items<Audit>().find(reaudit)->repeatsAuditId, audit);
}

void TestAuditEdits::actionsLetGoOfADeletedSource()
{
    const qint64 audit = addAudit(QStringLiteral("Neglect"));
    QVERIFY(m_ws->add(Finding{0, audit, FindingKind::AreaForImprovement, QStringLiteral("Health not invited")}));
    QVERIFY(m_ws->add(Recommendation{0, audit, QStringLiteral("Health in every strategy discussion"), m_agency, {}}));
    const qint64 finding = m_ws->items<Finding>().at(0).id;
    const qint64 recommendation = m_ws->items<Recommendation>().at(0).id;
    QCOMPARE(finding, recommendation); // each kind numbers its own: the same id, two different items
    const auto addAction = [&](const QString &ref, ActionSource kind, qint64 sourceId) {
        Action a;
        a.ref = ref;
        a.title = QStringLiteral("Invite health to every strategy discussion");
        a.sourceKind = kind;
        a.sourceId = sourceId;
        QString error;
        QVERIFY2(m_ws->add(a, &error), qPrintable(error));
    };
    addAction(QStringLiteral("A-2026-001"), ActionSource::Finding, finding);
    addAction(QStringLiteral("A-2026-002"), ActionSource::Recommendation, recommendation);
    const auto action = [&](int i) { return m_ws->items<Action>().at(size_t(i)); };

    QVERIFY(m_ws->remove<Finding>(finding));
    QCOMPARE(action(0).sourceKind, ActionSource::Finding);
    QCOMPARE(action(0).sourceId, 0); // it answered a finding, no longer there
    QCOMPARE(action(1).sourceId, recommendation);
    QCOMPARE(Repository<Action>(m_ws->file().database()).loadAll().at(0).sourceId, 0);
    m_ws->undoStack()->undo();
    QCOMPARE(action(0).sourceId, finding);

    // Deleting the audit takes its recommendation, and the action answering it lets go too.
    QVERIFY(m_ws->remove<Audit>(audit));
    QCOMPARE(action(0).sourceId, 0);
    QCOMPARE(action(1).sourceId, 0);
    m_ws->undoStack()->undo();
    QCOMPARE(action(1).sourceId, recommendation);
}

QTEST_GUILESS_MAIN(TestAuditEdits)
#include "tst_auditedits.moc"
