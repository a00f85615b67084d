// The Escalations page on the demo board (issue 19, part 3): the model passes Qt's tester; the
// pane follows each row clicked in the sorted, filtered table; the filters chosen by keyboard
// narrow the log; an escalation typed in with an action is one undoable step, and a case reference
// that looks like an NHS number stops the save; the board's levels change the choices; and the
// Trends tab counts the year as the voices section does.
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/privacy/privacycheck.h"
#include "gui/risks/linkpicker.h"
#include "gui/voices/escalationdialog.h"
#include "gui/voices/escalationimportdialog.h"
#include "gui/voices/escalationsettingsdialog.h"
#include "gui/voices/escalationspage.h"
#include "models/searchproxymodel.h"
#include "models/voices/escalationmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_escalationdialog.h"
#include "workspace/voices/escalationedits.h"
#include "workspace/voices/escalationyear.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

namespace {

const QDate kAsOf(2026, 11, 22);

// Chooses a combo box's entry by its words, as a pick from its list does (typing into a closed
// combo box cannot reach a name with spaces: the space bar opens the list).
void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).contains(text))
            return b;
    return nullptr;
}

} // namespace

class TestEscalationsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void paneFollowsEachClickInSortedTable();
    void filtersChosenByKeyboard();
    void typedInWithAnActionIsOneStep();
    void nhsNumberStopsTheSave();
    void levelsChangeTheChoices();
    void importWithAPreview();
    void trendsCountTheYear();

private:
    EscalationsPage *page() const
    {
        return qobject_cast<EscalationsPage *>(m_demo.window->page(QStringLiteral("escalations")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    const Escalation *withRef(const QString &ref) const
    {
        for (const Escalation &e : workspace()->items<Escalation>())
            if (e.ref == ref)
                return &e;
        return nullptr;
    }
    QTableView *view() const { return page()->table()->view(); }
    QStringList shown(int column) const
    {
        QStringList out;
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            out << view()->model()->index(r, column).data().toString();
        return out;
    }
    void clickAdd()
    {
        QPushButton *add = buttonWithText(page()->table(), QStringLiteral("Add"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
    }
    test::DemoWindow m_demo;
};

void TestEscalationsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("escalations"));
    QVERIFY(page());
    page()->setAsOf(kAsOf);
}

void TestEscalationsPage::cleanup()
{
    m_demo.window.reset();
}

void TestEscalationsPage::modelPassesTester()
{
    EscalationModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.columnCount(), int(EscalationModel::ColumnCount));
    // An edit through the workspace, and its undo, as the tester watches.
    Escalation e = model.itemAt(0);
    e.level = 4;
    QString error;
    QVERIFY2(EscalationEdits(*workspace()).save(e, EscalationEdits(*workspace()).actionsOf(e.id), &error),
             qPrintable(error));
    QCOMPARE(model.index(0, EscalationModel::Level).data().toString(), QStringLiteral("4 Director to director"));
    workspace()->undoStack()->undo();
}

void TestEscalationsPage::paneFollowsEachClickInSortedTable()
{
    // Sorted by days to resolve, longest first: a click on the header, twice if need be.
    QHeaderView *header = view()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(EscalationModel::Days) + 10, 5);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    // Open ones first (they have no days), then the longest.
    for (const int row : {0, 7, 23, 41}) {
        const QModelIndex cell = view()->model()->index(row, EscalationModel::Reason);
        clickCell(view(), cell);
        const QString ref = view()->model()->index(row, EscalationModel::Ref).data().toString();
        const Escalation *e = withRef(ref);
        QVERIFY(e);
        QCOMPARE(page()->shownId(), e->id);
        QVERIFY2(page()->detailText().startsWith(ref), qPrintable(page()->detailText()));
    }
    // The resolved ones are in falling order of days.
    int last = std::numeric_limits<int>::max();
    for (const QString &days : shown(EscalationModel::Days)) {
        if (days.isEmpty())
            continue;
        QVERIFY(days.toInt() <= last);
        last = days.toInt();
    }
    QVERIFY(test::saveShot(page(), QStringLiteral("escalations-page")));
}

void TestEscalationsPage::filtersChosenByKeyboard()
{
    // Level 4 by typing its number into the level filter.
    page()->levelFilter()->setFocus();
    QTest::keyClicks(page()->levelFilter(), QStringLiteral("4"));
    QCOMPARE(page()->levelFilter()->currentText(), QStringLiteral("4 Director to director"));
    const QStringList levels = shown(EscalationModel::Level);
    QVERIFY(!levels.isEmpty());
    QVERIFY(levels.size() < 60);
    for (const QString &l : levels)
        QCOMPARE(l, QStringLiteral("4 Director to director"));
    QTest::keyClick(page()->levelFilter(), Qt::Key_Home); // Any level
    QCOMPARE(shown(EscalationModel::Level).size(), 60);
    // Open ones only: none shows a day resolved.
    page()->stateFilter()->setFocus();
    QTest::keyClick(page()->stateFilter(), Qt::Key_Down);
    QCOMPARE(page()->stateFilter()->currentText(), QStringLiteral("Open"));
    const QStringList open = shown(EscalationModel::Resolved);
    QVERIFY(!open.isEmpty());
    for (const QString &r : open)
        QCOMPARE(r, QStringLiteral("Open"));
    // An agency on either side.
    QTest::keyClick(page()->stateFilter(), Qt::Key_Up);
    const QString police = QStringLiteral("Westmere and Fenholt Police");
    choose(page()->agencyFilter(), police);
    QCOMPARE(page()->agencyFilter()->currentText(), police);
    const QStringList by = shown(EscalationModel::RaisedBy);
    const QStringList with = shown(EscalationModel::RaisedWith);
    QVERIFY(!by.isEmpty());
    for (int i = 0; i < by.size(); ++i)
        QVERIFY(by.at(i) == police || with.at(i) == police);
}

void TestEscalationsPage::typedInWithAnActionIsOneStep()
{
    const int before = workspace()->items<Escalation>().size();
    const int undoBefore = workspace()->undoStack()->index();
    bool typed = false;
    test::whenModal<EscalationDialog>([&typed](EscalationDialog *dialog) {
        Ui::EscalationDialog *form = dialog->form();
        QTest::keyClicks(form->refEdit, QStringLiteral("ESC-T-0001"));
        form->raisedEdit->setFocus();
        form->raisedEdit->setSelectedSection(QDateTimeEdit::DaySection);
        // A whole day section moves on to the month by itself, as people type dates.
        QTest::keyClicks(form->raisedEdit, QStringLiteral("02112026"));
        choose(form->byCombo, QStringLiteral("Fenholt College"));
        choose(form->withCombo, QStringLiteral("Westmere and Fenholt Police"));
        // One word is enough for a reason: typed into the closed list.
        QTest::keyClicks(form->reasonCombo, QStringLiteral("Information"));
        QTest::keyClicks(form->levelCombo, QStringLiteral("3"));
        QTest::keyClick(form->resolvedCheck, Qt::Key_Space);
        form->resolvedEdit->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(form->resolvedEdit, QStringLiteral("12112026"));
        QCOMPARE(form->daysLabel->text(), QStringLiteral("10 calendar days"));
        QTest::keyClicks(form->learningEdit, QStringLiteral("Colleges now have a named police contact."));
        LinkPicker *actions = dialog->actionPicker();
        QTest::keyClicks(actions->searchEdit(), QStringLiteral("Private fostering"));
        clickCell(actions->view(), actions->view()->model()->index(0, 0));
        QTest::keyClick(actions->view(), Qt::Key_Space);
        QCOMPARE(actions->checkedIds().size(), 1);
        QVERIFY(test::saveShot(dialog, QStringLiteral("escalation-dialog")));
        typed = true;
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    clickAdd();
    QVERIFY(typed);
    QCOMPARE(workspace()->items<Escalation>().size(), before + 1);
    const Escalation *added = withRef(QStringLiteral("ESC-T-0001"));
    QVERIFY(added);
    QCOMPARE(added->raised, QDate(2026, 11, 2));
    QCOMPARE(added->resolved, QDate(2026, 11, 12));
    QCOMPARE(added->level, 3);
    QCOMPARE(workspace()->items<Agency>().find(added->raisedByAgencyId)->name, QStringLiteral("Fenholt College"));
    QCOMPARE(workspace()->items<EscalationReason>().find(added->reasonId)->name, QStringLiteral("Information sharing"));
    const qint64 id = added->id;
    QCOMPARE(EscalationEdits(*workspace()).actionsOf(id).size(), 1);
    // The new one is chosen, and the pane says what was learnt and the action.
    QCOMPARE(page()->shownId(), id);
    QVERIFY2(page()->detailText().contains(QStringLiteral("named police contact")), qPrintable(page()->detailText()));
    QVERIFY2(page()->detailText().contains(QStringLiteral("Private fostering")), qPrintable(page()->detailText()));
    // The escalation and its link were one step: one undo takes both away.
    QCOMPARE(workspace()->undoStack()->index(), undoBefore + 1);
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Escalation>().size(), before);
    QVERIFY(EscalationEdits(*workspace()).actionsOf(id).isEmpty());
}

void TestEscalationsPage::nhsNumberStopsTheSave()
{
    const int before = workspace()->items<Escalation>().size();
    bool warned = false;
    test::whenModal<EscalationDialog>([&warned](EscalationDialog *dialog) {
        Ui::EscalationDialog *form = dialog->form();
        QTest::keyClicks(form->refEdit, QStringLiteral("943 476 5919"));
        choose(form->byCombo, QStringLiteral("Fenholt College"));
        choose(form->withCombo, QStringLiteral("Westmere and Fenholt Police"));
        // The guard asks; going back keeps the editor open with nothing saved.
        test::whenModal<PrivacyCheck>([&warned](PrivacyCheck *check) {
            warned = true;
            QPushButton *back = buttonWithText(check, QStringLiteral("Go back"));
            QVERIFY(back);
            QTest::mouseClick(back, Qt::LeftButton);
        });
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    clickAdd();
    QVERIFY(warned);
    QCOMPARE(workspace()->items<Escalation>().size(), before);
}

void TestEscalationsPage::levelsChangeTheChoices()
{
    QCOMPARE(page()->levelFilter()->count(), 5); // any, and four levels
    test::whenModal<EscalationSettingsDialog>([](EscalationSettingsDialog *dialog) {
        QTest::mouseClick(dialog->addLevelButton(), Qt::LeftButton);
        // Its name is the next level's until it is renamed (saved renames: tst_escalationedits).
        QCOMPARE(dialog->levelList()->count(), 5);
        QCOMPARE(dialog->levelList()->item(4)->text(), QStringLiteral("Level 5"));
        test::saveShot(dialog, QStringLiteral("escalation-settings"));
        buttonWithText(dialog, QStringLiteral("OK"))->click();
    });
    QTest::mouseClick(page()->settingsButton(), Qt::LeftButton);
    QCOMPARE(workspace()->items<EscalationSettings>().value().highestLevel(), 5);
    QCOMPARE(page()->levelFilter()->count(), 6);
    QCOMPARE(page()->levelFilter()->itemText(5), QStringLiteral("5 Level 5"));
    workspace()->undoStack()->undo();
    QCOMPARE(page()->levelFilter()->count(), 5);
}

void TestEscalationsPage::trendsCountTheYear()
{
    QTest::keyClick(page()->tabs(), Qt::Key_T, Qt::AltModifier);
    page()->tabs()->setCurrentIndex(1);
    QCOMPARE(page()->yearCombo()->currentText(), QStringLiteral("2026/27"));
    const EscalationTally year = escalationYear(*workspace(), 2026, kAsOf);
    QVERIFY(year.raised() > 0);
    int raised = 0;
    int resolved = 0;
    for (int r = 0; r < page()->quarterTable()->rowCount(); ++r) {
        raised += page()->quarterTable()->item(r, 1)->text().toInt();
        resolved += page()->quarterTable()->item(r, 2)->text().toInt();
    }
    QCOMPARE(raised, year.raised());
    QCOMPARE(resolved, year.resolved());
    // The quarter after the day holds nothing yet.
    QCOMPARE(page()->quarterTable()->item(3, 1)->text(), QStringLiteral("0"));
    int byPair = 0;
    for (int r = 0; r < page()->pairTable()->rowCount(); ++r)
        byPair += page()->pairTable()->item(r, 1)->text().toInt();
    QCOMPARE(byPair, year.raised());
    QCOMPARE(page()->reasonTable()->rowCount(), workspace()->items<EscalationReason>().size());
    QVERIFY2(page()->trendSummary()->text().startsWith(QStringLiteral("%1 raised").arg(year.raised())),
             qPrintable(page()->trendSummary()->text()));
    QVERIFY(test::saveShot(page(), QStringLiteral("escalations-trends")));
}

void TestEscalationsPage::importWithAPreview()
{
    const QString csv = m_demo.dir->filePath(QStringLiteral("log.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ref,raised,raised_by,raised_with,reason,level,resolved,learning\n"
               "IMP-1,2026-10-01,Fenholt College,Westmere and Fenholt Police,Case progress,2,2026-10-05,\n"
               "IMP-2,2026-10-02,Fenholt College,Westmere and Fenholt Police,Case progress,7,,\n");
    file.close();
    const int before = workspace()->items<Escalation>().size();
    EscalationImportDialog dialog(workspace(), csv, page());
    dialog.show();
    // Every row shown before anything is written, the rejected one with its reason.
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->item(1, 3)->text(), QStringLiteral("level: 7 is not from 1 to 4"));
    QVERIFY2(dialog.summary()->text().startsWith(QStringLiteral("1 to add, 0 to update, 0 unchanged, 1 rejected")),
             qPrintable(dialog.summary()->text()));
    QCOMPARE(workspace()->items<Escalation>().size(), before);
    test::saveShot(&dialog, QStringLiteral("escalation-import"));
    QPushButton *import = buttonWithText(&dialog, QStringLiteral("Import"));
    QVERIFY(import && import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(workspace()->items<Escalation>().size(), before + 1);
    QVERIFY(withRef(QStringLiteral("IMP-1")));
    QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Import 1 escalations from log.csv"));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Escalation>().size(), before);
}

QTEST_MAIN(TestEscalationsPage)
#include "tst_escalationspage.moc"
