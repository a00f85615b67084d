// Return packs and frameworks on the Self-assessment page, driven as a user does: Export packs… offers the round's
// agencies and writes every pack into a folder; a filled pack is imported through its preview with a click on Import
// (one undo step), and its criterion then challenged and moderated; a pack with a bad rating shows the cell and
// imports nothing; a page link opens a return; Create action asks for the action editor; the framework editor makes
// a new version of a framework in use. Screenshots of the export dialog, the preview and the editor.
#include "gui/assessment/assessmentpackflow.h"
#include "gui/assessment/assessmentpage.h"
#include "gui/assessment/exportpacksdialog.h"
#include "gui/assessment/frameworkdialog.h"
#include "gui/assessment/packpreviewdialog.h"
#include "gui/pagelink.h"
#include "models/assessment/returnmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "testsupport/workbookedit.h"
#include "ui_assessmentpageform.h"
#include "ui_exportpacksdialog.h"
#include "ui_frameworkdialog.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace assure;
using assure::test::clickCell;
using assure::test::doubleClickCell;

namespace {

const QString kStandard1 = QStringLiteral("xl/worksheets/sheet2.xml"); // after the cover

void click(QWidget *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

} // namespace

class TestAssessmentPacksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportDialogAndEveryPack();
    void importThroughPreviewThenChallengeAndModerate();
    void badRatingShowsItsCell();
    void linkOpensReturnAndCreateActionAsks();
    void frameworkInUseIsEditedAsNewVersion();

private:
    AssessmentPage *page() const
    {
        return qobject_cast<AssessmentPage *>(m_demo.window->page(QStringLiteral("assessment")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    // This year's round, and an agency invited to it that has not answered yet.
    const AssessmentRound &thisYear() const;
    const RoundAgency &notStarted() const;
    // The pack of that agency, filled in: 1.1 "green" with evidence, or a rating that is not one.
    QString filledPack(const QString &rating);
    CriterionReturn stored(qint64 roundAgencyId, int row) const;

    test::DemoWindow m_demo;
    QTemporaryDir m_dir;
};

void TestAssessmentPacksPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("assessment"));
    QVERIFY(page());
    page()->returnModel()->setToday(QDate(2026, 11, 22));
}

void TestAssessmentPacksPage::cleanup()
{
    m_demo.window.reset();
}

const AssessmentRound &TestAssessmentPacksPage::thisYear() const
{
    const AssessmentRound *newest = &workspace()->items<AssessmentRound>().items().front();
    for (const AssessmentRound &r : workspace()->items<AssessmentRound>())
        if (r.year > newest->year)
            newest = &r;
    return *newest;
}

const RoundAgency &TestAssessmentPacksPage::notStarted() const
{
    const RoundAgency *found = nullptr;
    for (const RoundAgency &a : workspace()->items<RoundAgency>())
        if (a.roundId == thisYear().id && a.status == ReturnStatus::Invited && !found)
            found = &a;
    if (!found)
        qFatal("the demo's round has no agency still invited");
    return *found;
}

QString TestAssessmentPacksPage::filledPack(const QString &rating)
{
    const QString pack = m_dir.filePath(QStringLiteral("pack.xlsx"));
    if (!page()->packs()->exportPacks(thisYear().id, notStarted().id, pack))
        return {};
    test::WorkbookEdit book;
    const QString filled = m_dir.filePath(QStringLiteral("%1 filled.xlsx").arg(rating));
    if (!book.read(pack) || !book.setCell(kStandard1, QStringLiteral("D2"), rating) ||
        !book.setCell(kStandard1, QStringLiteral("E2"), QStringLiteral("The lead is named in the annual report")) ||
        !book.write(filled))
        return {};
    return filled;
}

CriterionReturn TestAssessmentPacksPage::stored(qint64 roundAgencyId, int row) const
{
    const qint64 criterion = page()->returnModel()->criterionAt(row);
    for (const CriterionReturn &a : workspace()->items<CriterionReturn>())
        if (a.roundAgencyId == roundAgencyId && a.criterionId == criterion)
            return a;
    return {};
}

void TestAssessmentPacksPage::exportDialogAndEveryPack()
{
    int agencies = 0;
    for (const RoundAgency &a : workspace()->items<RoundAgency>())
        agencies += a.roundId == thisYear().id;
    QCOMPARE(page()->form()->roundChooser->currentData().toLongLong(), thisYear().id);
    // The dialog offers every agency at once, then each; Cancel writes nothing.
    test::whenModal<ExportPacksDialog>([agencies](ExportPacksDialog *dialog) {
        QComboBox *combo = dialog->form()->agencyCombo;
        QCOMPARE(combo->count(), agencies + 1);
        QVERIFY2(combo->itemText(0).startsWith(QStringLiteral("Every agency invited")), qPrintable(combo->itemText(0)));
        QVERIFY(dialog->form()->roundValue->text().contains(QStringLiteral("Section 11")));
        QVERIFY(test::saveShot(dialog, QStringLiteral("assessment-export-packs")));
        click(dialog->form()->buttonBox->button(QDialogButtonBox::Cancel));
    });
    click(page()->form()->exportPacksButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    const QString folder = m_dir.filePath(QStringLiteral("packs"));
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy said(page()->packs(), &AssessmentPackFlow::statusMessage);
    QVERIFY(page()->packs()->exportPacks(thisYear().id, 0, folder));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files).size(), agencies);
    QCOMPARE(said.size(), 1);
    QVERIFY(said.at(0).at(0).toString().startsWith(QStringLiteral("Wrote %1 self-assessment packs").arg(agencies)));
}

void TestAssessmentPacksPage::importThroughPreviewThenChallengeAndModerate()
{
    const qint64 returnId = notStarted().id;
    const QString pack = filledPack(QStringLiteral("green"));
    QVERIFY(!pack.isEmpty());
    const int steps = workspace()->undoStack()->count();
    test::whenModal<PackPreviewDialog>([](PackPreviewDialog *preview) {
        QTableWidget *changes = preview->changes();
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("1.1"));
        QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Not rated → GREEN"));
        QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("The lead is named in the annual report"));
        QVERIFY(preview->problems().isEmpty());
        QVERIFY(preview->importButton()->isEnabled());
        QVERIFY(test::saveShot(preview, QStringLiteral("assessment-pack-preview")));
        click(preview->importButton());
    });
    QVERIFY(page()->packs()->importPack(pack));
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    // The return it answers is shown, with what it now holds.
    QCOMPARE(page()->returnModel()->returnId(), returnId);
    QCOMPARE(stored(returnId, 0).selfRating, AssessmentRating::Green);
    QCOMPARE(stored(returnId, 0).evidence, QStringLiteral("The lead is named in the annual report"));
    QCOMPARE(workspace()->items<RoundAgency>().find(returnId)->status, ReturnStatus::Returned);
    QCOMPARE(page()->returnModel()->index(0, ReturnModel::SelfRating).data().toString(), QStringLiteral("GREEN"));

    // The QA sub-group challenges 1.1 (double-click, type, click away) and moderates it (F2, arrows, Enter).
    QTableView *view = page()->returnView();
    clickCell(view, page()->returnModel()->index(0, ReturnModel::Challenge));
    doubleClickCell(view, page()->returnModel()->index(0, ReturnModel::Challenge));
    auto *note = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(note);
    QTest::keyClicks(note, QStringLiteral("Which report, and which page?"));
    clickCell(view, page()->returnModel()->index(0, ReturnModel::Code));
    QTRY_COMPARE(stored(returnId, 0).challengeNote, QStringLiteral("Which report, and which page?"));
    QCOMPARE(workspace()->items<RoundAgency>().find(returnId)->status, ReturnStatus::Challenged);
    view->setCurrentIndex(page()->returnModel()->index(0, ReturnModel::Moderated));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Home);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down); // BLUE, GREEN, AMBER
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(stored(returnId, 0).moderatedRating, AssessmentRating::Amber);
    QCOMPARE(stored(returnId, 0).selfRating, AssessmentRating::Green); // the agency's own is kept
    QCOMPARE(workspace()->undoStack()->count(), steps + 3);
    // Undoing the three takes the return back to where it was.
    for (int i = 0; i < 3; ++i)
        workspace()->undoStack()->undo();
    QCOMPARE(stored(returnId, 0).id, 0);
    QCOMPARE(workspace()->items<RoundAgency>().find(returnId)->status, ReturnStatus::Invited);
}

void TestAssessmentPacksPage::badRatingShowsItsCell()
{
    const QString pack = filledPack(QStringLiteral("Greenish"));
    QVERIFY(!pack.isEmpty());
    const int steps = workspace()->undoStack()->count();
    test::whenModal<PackPreviewDialog>([](PackPreviewDialog *preview) {
        QCOMPARE(preview->problems(), (QStringList{QStringLiteral("Standard 1!D2: “Greenish” is not a rating: choose "
                                                                  "one of BLUE, GREEN, AMBER, RED, Not rated")}));
        QVERIFY(!preview->importButton()->isEnabled());
        QVERIFY(!preview->changes()->isVisible());
        QVERIFY(test::saveShot(preview, QStringLiteral("assessment-pack-problems")));
        preview->reject();
    });
    QVERIFY(!page()->packs()->importPack(pack));
    QCOMPARE(workspace()->undoStack()->count(), steps);
}

void TestAssessmentPacksPage::linkOpensReturnAndCreateActionAsks()
{
    // Last year's round, at an agency's return.
    const AssessmentRound *last = workspace()->items<AssessmentRound>().find(thisYear().previousRoundId);
    QVERIFY(last);
    const RoundAgency *invited = nullptr;
    for (const RoundAgency &a : workspace()->items<RoundAgency>())
        if (a.roundId == last->id)
            invited = &a;
    QVERIFY(invited);
    const QString agency = workspace()->items<Agency>().find(invited->agencyId)->name;
    QVERIFY(page()->openLink(PageLink::assessment(last->id, invited->agencyId)));
    QCOMPARE(page()->form()->roundChooser->currentText(), last->label);
    QCOMPARE(page()->returnModel()->returnId(), invited->id);
    QVERIFY(page()->form()->returnCaption->text().startsWith(agency));
    QVERIFY(!page()->openLink(PageLink::action(1)));

    // Create action on the criterion clicked asks for the action editor, its source that criterion.
    QSignalSpy asked(page(), &Page::linkRequested);
    clickCell(page()->returnView(), page()->returnModel()->index(2, ReturnModel::CriterionColumn));
    click(page()->form()->createActionButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toUrl(),
             PageLink::newAction(QStringLiteral("self_assessment"), page()->returnModel()->criterionAt(2)));
}

void TestAssessmentPacksPage::frameworkInUseIsEditedAsNewVersion()
{
    const int frameworks = workspace()->items<AssessmentFramework>().size();
    const qint64 used = thisYear().frameworkId;
    const int steps = workspace()->undoStack()->count();
    test::whenModal<FrameworkDialog>([used](FrameworkDialog *dialog) {
        Ui::FrameworkDialog *form = dialog->form();
        form->frameworkCombo->setCurrentIndex(form->frameworkCombo->findData(used));
        Q_EMIT form->frameworkCombo->activated(form->frameworkCombo->currentIndex());
        QVERIFY2(form->versionNote->text().contains(QStringLiteral("Saving your changes makes version 2")),
                 qPrintable(form->versionNote->text()));
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("&Save as version 2"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // Click criterion 1.2, and write new words for it.
        QTreeWidget *tree = form->tree;
        QTreeWidgetItem *criterion = tree->topLevelItem(0)->child(1);
        tree->scrollToItem(criterion);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(criterion).center());
        QVERIFY(tree->currentItem()->text(0).startsWith(QStringLiteral("1.2")));
        form->textEdit->setFocus();
        form->textEdit->selectAll();
        QTest::keyClicks(form->textEdit, QStringLiteral("The board sees a safeguarding report twice a year"));
        // A new criterion after it, moved up above it.
        click(form->addCriterionButton);
        QTest::keyClicks(form->textEdit, QStringLiteral("Leaders visit front-line teams"));
        QVERIFY(tree->currentItem()->text(0).startsWith(QStringLiteral("1.3  Leaders visit")));
        click(form->upButton);
        QVERIFY(tree->currentItem()->text(0).startsWith(QStringLiteral("1.2  Leaders visit")));
        QVERIFY(test::saveShot(dialog, QStringLiteral("assessment-framework-editor")));
        click(dialog->saveButton());
        QVERIFY2(form->versionNote->text().startsWith(QStringLiteral("Saved as version 2")),
                 qPrintable(form->versionNote->text()));
        click(form->buttonBox->button(QDialogButtonBox::Close));
    });
    click(page()->form()->frameworksButton);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QCOMPARE(workspace()->items<AssessmentFramework>().size(), frameworks + 1);
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    const AssessmentFramework added = workspace()->items<AssessmentFramework>().items().back();
    QCOMPARE(added.version, 2);
    QCOMPARE(thisYear().frameworkId, used); // the round keeps the version it was started on
    QStringList criteria;
    for (const AssessmentStandard &s : workspace()->items<AssessmentStandard>())
        if (s.frameworkId == added.id && s.number == 1)
            for (const AssessmentCriterion &c : workspace()->items<AssessmentCriterion>())
                if (c.standardId == s.id)
                    criteria << QStringLiteral("%1 %2").arg(c.number).arg(c.text);
    criteria.sort();
    QVERIFY2(criteria.value(1) == QStringLiteral("2 Leaders visit front-line teams") &&
                 criteria.value(2) == QStringLiteral("3 The board sees a safeguarding report twice a year"),
             qPrintable(criteria.join(QLatin1Char('\n'))));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<AssessmentFramework>().size(), frameworks);
}

QTEST_MAIN(TestAssessmentPacksPage)
#include "tst_assessmentpackspage.moc"
