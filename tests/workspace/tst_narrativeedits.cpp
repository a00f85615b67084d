// A period's narrative in the workspace: a section's summary written, changed and cleared, each one
// undo step with its words in the Edit menu; stored in the board file; one per section and period;
// and the anonymisation guard's warning on what looks like personal data.
#include "storage/repository.h"
#include "workspace/narrative/narrativeedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestNarrativeEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void writeChangeClearAndUndo();
    void periodsAndSectionsKeepTheirOwn();
    void storedInTheBoardFile();
    void oneSummaryPerSectionAndPeriod();
    void personalDataIsFlagged();

private:
    std::vector<Narrative> onDisk() const { return Repository<Narrative>(m_ws->file().database()).loadAll(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    const Period m_q2 = Period::quarter(2026, 2);
};

void TestNarrativeEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("narrative.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
}

void TestNarrativeEdits::writeChangeClearAndUndo()
{
    NarrativeEdits edits(*m_ws);
    QUndoStack *undo = m_ws->undoStack();
    const auto exec = NarrativeSection::ExecutiveSummary;
    QVERIFY(edits.setSummary(m_q2, exec, QStringLiteral("  Timeliness recovered in Q2.  ")));
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, exec), QStringLiteral("Timeliness recovered in Q2."));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Write narrative “Executive summary” of 2026/27 Q2"));

    QVERIFY(edits.setSummary(m_q2, exec, QStringLiteral("Timeliness recovered; workforce remains a risk.")));
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->undoText(), QStringLiteral("Edit narrative “Executive summary” of 2026/27 Q2"));
    // The same words again change nothing and add no step.
    QVERIFY(edits.setSummary(m_q2, exec, QStringLiteral("Timeliness recovered; workforce remains a risk.")));
    QCOMPARE(undo->count(), 2);

    QVERIFY(edits.setSummary(m_q2, exec, QStringLiteral("   ")));
    QCOMPARE(undo->undoText(), QStringLiteral("Clear narrative “Executive summary” of 2026/27 Q2"));
    QVERIFY(NarrativeEdits::summary(*m_ws, m_q2, exec).isEmpty());
    QVERIFY(onDisk().empty());

    undo->undo();
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, exec),
             QStringLiteral("Timeliness recovered; workforce remains a risk."));
    undo->undo();
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, exec), QStringLiteral("Timeliness recovered in Q2."));
    QCOMPARE(onDisk().size(), size_t(1));
    QCOMPARE(onDisk().front().text, QStringLiteral("Timeliness recovered in Q2."));
    undo->undo();
    QVERIFY(NarrativeEdits::find(*m_ws, m_q2, exec) == nullptr);
    QVERIFY(onDisk().empty());
    undo->redo();
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, exec), QStringLiteral("Timeliness recovered in Q2."));
}

void TestNarrativeEdits::periodsAndSectionsKeepTheirOwn()
{
    NarrativeEdits edits(*m_ws);
    QVERIFY(edits.setSummary(m_q2, NarrativeSection::Audits, QStringLiteral("Two audits reported.")));
    QVERIFY(edits.setSummary(m_q2.next(), NarrativeSection::Audits, QStringLiteral("One audit reported.")));
    QVERIFY(edits.setSummary(m_q2, NarrativeSection::SelfAssessment, QStringLiteral("Six of ten returned.")));
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, NarrativeSection::Audits), QStringLiteral("Two audits reported."));
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2.next(), NarrativeSection::Audits),
             QStringLiteral("One audit reported."));
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, NarrativeSection::SelfAssessment),
             QStringLiteral("Six of ten returned."));
    QVERIFY(NarrativeEdits::summary(*m_ws, m_q2, NarrativeSection::Performance).isEmpty());
    // A month of the quarter is a period of its own.
    QVERIFY(NarrativeEdits::summary(*m_ws, Period::month(2026, 9), NarrativeSection::Audits).isEmpty());
    QString error;
    QVERIFY(!edits.setSummary(Period(), NarrativeSection::Audits, QStringLiteral("Nowhere"), &error));
    QCOMPARE(error, QStringLiteral("A summary belongs to a period."));
}

void TestNarrativeEdits::storedInTheBoardFile()
{
    NarrativeEdits edits(*m_ws);
    QVERIFY(edits.setSummary(m_q2, NarrativeSection::Actions, QStringLiteral("Three actions overdue.\n\nAll agreed.")));
    const QString path = m_ws->file().path();
    m_ws.reset();
    OpenResult r;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    QCOMPARE(NarrativeEdits::summary(*m_ws, m_q2, NarrativeSection::Actions),
             QStringLiteral("Three actions overdue.\n\nAll agreed."));
}

void TestNarrativeEdits::oneSummaryPerSectionAndPeriod()
{
    NarrativeEdits edits(*m_ws);
    QVERIFY(edits.setSummary(m_q2, NarrativeSection::Performance, QStringLiteral("Steady.")));
    Narrative twin;
    twin.periodKey = m_q2.key();
    twin.section = NarrativeSection::Performance;
    twin.text = QStringLiteral("A second one");
    QString error;
    QVERIFY(!m_ws->add(twin, &error));
    QCOMPARE(error, QStringLiteral("2026/27 Q2 already has a summary for “Performance”."));
    QCOMPARE(onDisk().size(), size_t(1));
}

void TestNarrativeEdits::personalDataIsFlagged()
{
    const QList<PrivacyHit> hits =
        NarrativeEdits::privacyHits(QStringLiteral("Mrs Jones (DOB 03/04/2015) moved to SW1A 1AA."));
    QList<PrivacyKind> kinds;
    for (const PrivacyHit &h : hits)
        kinds << h.kind;
    QVERIFY(kinds.contains(PrivacyKind::TitledName));
    QVERIFY(kinds.contains(PrivacyKind::DateOfBirth));
    QVERIFY(kinds.contains(PrivacyKind::Postcode));
    QVERIFY(NarrativeEdits::privacyHits(QStringLiteral("Child B's plan was reviewed in Q2.")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNarrativeEdits)
#include "tst_narrativeedits.moc"
