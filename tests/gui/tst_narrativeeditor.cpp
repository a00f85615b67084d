// The narrative editor as people use it: a section clicked, words typed, kept on moving on, undone
// and redone with the dialog's own buttons, and a warning on what looks like personal data; the
// dashboard's audit and self-assessment tiles, counting what the board holds and opening their
// pages' links; the board papers dialog's audit chooser.
#include "core/audits/programme.h"
#include "gui/dashboard/dashboardpage.h"
#include "gui/dashboard/dashboardtile.h"
#include "gui/dashboard/oversighttiles.h"
#include "gui/narrative/narrativedialog.h"
#include "gui/pagelink.h"
#include "gui/periodchooser.h"
#include "gui/reports/reportdialog.h"
#include "testsupport/demowindow.h"
#include "testsupport/screenshots.h"
#include "ui_narrativedialog.h"
#include "ui_reportdialog.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/narrative/narrativeedits.h"

#include <QHash>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace assure;

class TestNarrativeEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typeKeepUndoAndRedo();
    void closingKeepsWhatWasTyped();
    void personalDataIsWarnedOf();
    void anotherPeriodHasItsOwn();
    void auditTilesCountTheProgrammeAndOpenIt();
    void assessmentTileOpensTheLatestRound();
    void boardPapersOfferAnAudit();

private:
    Workspace *workspace() const { return m_demo.window->workspace(); }
    DashboardPage *dashboard() const
    {
        return qobject_cast<DashboardPage *>(m_demo.window->page(QStringLiteral("dashboard")));
    }
    // Clicks a section in the list where it is drawn, as a user does.
    void clickSection(NarrativeDialog &dialog, NarrativeSection section);
    test::DemoWindow m_demo;
    const Period m_quarter = Period::quarter(2026, 2);
};

void TestNarrativeEditor::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dashboard());
}

void TestNarrativeEditor::cleanup()
{
    m_demo.window.reset();
}

void TestNarrativeEditor::clickSection(NarrativeDialog &dialog, NarrativeSection section)
{
    QListWidget *list = dialog.form()->sectionList;
    const int row = int(allNarrativeSections().indexOf(section));
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog.section(), section);
}

void TestNarrativeEditor::typeKeepUndoAndRedo()
{
    NarrativeDialog dialog(workspace(), m_quarter, m_demo.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *text = dialog.form()->textEdit;
    QCOMPARE(dialog.section(), NarrativeSection::ExecutiveSummary);

    clickSection(dialog, NarrativeSection::Audits);
    QVERIFY(dialog.form()->textLabel->text().contains(QStringLiteral("Audit programme and findings")));
    QVERIFY(text->toPlainText().isEmpty());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Two audits were reported."));
    // Nothing is kept while typing; moving to another section keeps it as one step.
    QVERIFY(NarrativeEdits::summary(*workspace(), m_quarter, NarrativeSection::Audits).isEmpty());
    const int steps = workspace()->undoStack()->count();
    clickSection(dialog, NarrativeSection::SelfAssessment);
    QCOMPARE(NarrativeEdits::summary(*workspace(), m_quarter, NarrativeSection::Audits),
             QStringLiteral("Two audits were reported."));
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    QCOMPARE(dialog.undoButton()->toolTip(),
             QStringLiteral("Write narrative “Audit programme and findings” of 2026/27 Q2"));
    // The section written now stands out in the list, in weight and in words.
    QListWidgetItem *audits =
        dialog.form()->sectionList->item(int(allNarrativeSections().indexOf(NarrativeSection::Audits)));
    QVERIFY(audits->font().bold());
    QCOMPARE(audits->toolTip(), QStringLiteral("Written for 2026/27 Q2"));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("narrative-editor")));

    // Back on it, the words are there; a change is a second step.
    clickSection(dialog, NarrativeSection::Audits);
    QCOMPARE(text->toPlainText(), QStringLiteral("Two audits were reported."));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(" Both were good."));
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    // Undo keeps what was typed as its own step, then takes it back.
    QCOMPARE(text->toPlainText(), QStringLiteral("Two audits were reported."));
    QCOMPARE(NarrativeEdits::summary(*workspace(), m_quarter, NarrativeSection::Audits),
             QStringLiteral("Two audits were reported."));
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(NarrativeEdits::find(*workspace(), m_quarter, NarrativeSection::Audits) == nullptr);
    QVERIFY(!audits->font().bold());
    QPushButton *redo = nullptr;
    for (QPushButton *b : dialog.form()->buttonBox->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Redo"))
            redo = b;
    QVERIFY(redo && redo->isEnabled());
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(text->toPlainText(), QStringLiteral("Two audits were reported."));
}

void TestNarrativeEditor::closingKeepsWhatWasTyped()
{
    NarrativeDialog dialog(workspace(), m_quarter, m_demo.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.form()->textEdit->setFocus();
    QTest::keyClicks(dialog.form()->textEdit, QStringLiteral("A steady quarter."));
    QTest::mouseClick(dialog.form()->buttonBox->button(QDialogButtonBox::Close), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(NarrativeEdits::summary(*workspace(), m_quarter, NarrativeSection::ExecutiveSummary),
             QStringLiteral("A steady quarter."));
}

void TestNarrativeEditor::personalDataIsWarnedOf()
{
    NarrativeDialog dialog(workspace(), m_quarter, m_demo.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *warning = dialog.form()->privacyLabel;
    dialog.form()->textEdit->setFocus();
    QTest::keyClicks(dialog.form()->textEdit, QStringLiteral("Child B's plan was reviewed. "));
    QVERIFY(!warning->isVisible());
    QTest::keyClicks(dialog.form()->textEdit, QStringLiteral("Mrs Jones moved to SW1A 1AA."));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("“Mrs Jones”")), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("“SW1A 1AA”")));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("narrative-privacy")));
}

void TestNarrativeEditor::anotherPeriodHasItsOwn()
{
    QVERIFY(NarrativeEdits(*workspace())
                .setSummary(m_quarter.previous(), NarrativeSection::ExecutiveSummary, QStringLiteral("Q1's story.")));
    NarrativeDialog dialog(workspace(), m_quarter, m_demo.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.form()->textEdit->toPlainText().isEmpty());
    dialog.form()->textEdit->setFocus();
    QTest::keyClicks(dialog.form()->textEdit, QStringLiteral("Q2's story."));
    dialog.periodChooser()->setPeriod(m_quarter.previous());
    QCOMPARE(dialog.form()->textEdit->toPlainText(), QStringLiteral("Q1's story."));
    QCOMPARE(NarrativeEdits::summary(*workspace(), m_quarter, NarrativeSection::ExecutiveSummary),
             QStringLiteral("Q2's story."));
}

void TestNarrativeEditor::auditTilesCountTheProgrammeAndOpenIt()
{
    OversightTiles *tiles = dashboard()->oversightTiles();
    QVERIFY(tiles && tiles->isVisible());
    const QDate day(2026, 11, 22);
    tiles->setDay(day);
    QCOMPARE(tiles->programmeYear(), 2026);
    // Counted here occurrence by occurrence from the stored programme.
    QHash<qint64, QList<ProgrammeOccurrence>> stored;
    for (const ProgrammeOccurrence &o : workspace()->items<ProgrammeOccurrence>())
        stored[o.entryId].append(o);
    int due = 0, overdue = 0;
    for (const ProgrammeEntry &e : workspace()->items<ProgrammeEntry>())
        for (const ProgrammeOccurrence &o : occurrencesInYear(e, stored.value(e.id), 2026)) {
            due += occurrenceStatus(o, day) == OccurrenceStatus::Due ? 1 : 0;
            overdue += occurrenceStatus(o, day) == OccurrenceStatus::Overdue ? 1 : 0;
        }
    QVERIFY(overdue > 0); // the demo has something to chase
    QCOMPARE(tiles->auditsDue()->count(), due);
    QCOMPARE(tiles->auditsOverdue()->count(), overdue);
    QCOMPARE(tiles->auditsOverdue()->accessibleName(),
             QStringLiteral("Audits overdue: %1 programme audits past the month they were due").arg(overdue));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("dashboard-oversight")));

    QSignalSpy links(dashboard(), &Page::linkRequested);
    QTest::mouseClick(tiles->auditsOverdue(), Qt::LeftButton);
    QTest::mouseClick(tiles->auditsDue(), Qt::LeftButton);
    QCOMPARE(links.count(), 2);
    QCOMPARE(links.at(0).at(0).toUrl(), PageLink::programme(2026, QStringLiteral("overdue")));
    QCOMPARE(links.at(1).at(0).toUrl(), PageLink::programme(2026, QStringLiteral("due")));
}

void TestNarrativeEditor::assessmentTileOpensTheLatestRound()
{
    OversightTiles *tiles = dashboard()->oversightTiles();
    const AssessmentRound *latest = nullptr;
    for (const AssessmentRound &r : workspace()->items<AssessmentRound>())
        if (!latest || r.year > latest->year || (r.year == latest->year && r.id > latest->id))
            latest = &r;
    QVERIFY(latest);
    int invited = 0, returned = 0;
    for (const RoundAgency &a : workspace()->items<RoundAgency>())
        if (a.roundId == latest->id) {
            ++invited;
            returned += a.status >= ReturnStatus::Returned ? 1 : 0;
        }
    QVERIFY(tiles->assessment()->isVisible());
    QCOMPARE(tiles->assessment()->count(), returned);
    QCOMPARE(tiles->assessment()->of(), invited);
    QCOMPARE(tiles->assessment()->accessibleName(),
             QStringLiteral("Self-assessment: %1 of %2 agencies invited have returned").arg(returned).arg(invited));
    // From the keyboard: the tile takes focus and Space opens it.
    QSignalSpy links(dashboard(), &Page::linkRequested);
    tiles->assessment()->setFocus();
    QTest::keyClick(tiles->assessment(), Qt::Key_Space);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), PageLink::assessment(latest->id));
}

void TestNarrativeEditor::boardPapersOfferAnAudit()
{
    ReportDialog dialog(workspace(), nullptr, m_quarter, m_demo.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *kind = dialog.form()->kindCombo;
    QVERIFY(!dialog.form()->auditCombo->isEnabled());
    kind->setCurrentIndex(kind->findData(reportKindKey(ReportKind::Audit)));
    QVERIFY(dialog.form()->auditCombo->isEnabled());
    QVERIFY(!dialog.form()->agencyCombo->isEnabled());
    QCOMPARE(dialog.form()->auditCombo->count(), workspace()->items<Audit>().size());
    dialog.form()->auditCombo->setCurrentIndex(2);
    const Audit &third = workspace()->items<Audit>().at(2);
    QCOMPARE(dialog.form()->auditCombo->currentText(), QStringLiteral("%1 · %2").arg(third.ref, third.title));
    QCOMPARE(dialog.request().audit, third.ref);
    QVERIFY(dialog.suggestedFileName().contains(third.ref));
    QTest::mouseClick(dialog.form()->previewButton, Qt::LeftButton);
    QVERIFY(dialog.form()->preview->toPlainText().contains(QStringLiteral("Audit report: %1").arg(third.ref)));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("report-dialog-audit")));
}

QTEST_MAIN(TestNarrativeEditor)
#include "tst_narrativeeditor.moc"
