// The Actions page as a chair uses it, with the mouse and the keyboard: an action created from a
// priority on the Board page and filled from the keyboard until the SMART check passes, its
// progress logged, completed and its impact accepted; a bulk change over rows chosen with the
// mouse undone in one step; the board's settings changing what is due soon; the mail to a lead;
// the grouped view and the timeline; screenshots of each.
#include "gui/actions/actiondialog.h"
#include "gui/actions/actionoverviews.h"
#include "gui/actions/actionsettingsdialog.h"
#include "gui/actions/actionspage.h"
#include "gui/actions/actionstepdialogs.h"
#include "gui/actions/bulkchangedialog.h"
#include "gui/actions/developmentplandialog.h"
#include "gui/actions/developmentplansdialog.h"
#include "gui/board/boardpage.h"
#include "gui/entitytablepanel.h"
#include "models/actions/actionmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_actionspageform.h"
#include "ui_bulkchangedialog.h"
#include "ui_developmentplandialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

namespace {

// Keys to whatever has the focus, as a person at the keyboard sends them.
QWidget *focused()
{
    return QApplication::focusWidget();
}
void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Keys go to the window that is active, as they would for a person: make the dialog so.
void activate(QWidget *dialog)
{
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
}

// Tabs on until the widget has the focus (a date field takes a Tab for each of its parts).
void tabTo(QWidget *target)
{
    for (int i = 0; i < 8 && focused() != target; ++i)
        tab();
    QCOMPARE(focused(), target);
}

// Chooses an item of the focused combo box from the keyboard: Space opens its list, typing the
// text finds the item (spaces included, as they would not be in the closed box), Return takes it.
void choose(const QString &text)
{
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QWidget *list = QApplication::activePopupWidget()->findChild<QAbstractItemView *>();
    QVERIFY(list);
    QTest::keyClicks(list, text);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

// A dialog left open by a failed check would wait for a user for ever: close it.
struct CloseOnFailure
{
    QDialog *dialog;
    ~CloseOnFailure()
    {
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    }
};

} // namespace

class TestActionPlansPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_demo.window.reset(); }
    void actionFromPriorityByKeyboardToImpact();
    void bulkChangeOverMouseSelectionUndoesInOneStep();
    void settingsChangeWhatIsDueSoon();
    void mailToTheLeadListsTheirOpenActions();
    void groupedAndTimelineViews();
    void developmentPlanEditedWithItsComponents();

private:
    ActionsPage *page() const { return qobject_cast<ActionsPage *>(m_demo.window->page(QStringLiteral("actions"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    test::DemoWindow m_demo;
};

void TestActionPlansPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("actions"));
    QVERIFY(page());
    page()->model()->setAsOf(QDate(2026, 11, 22)); // the demo's own day
}

void TestActionPlansPage::actionFromPriorityByKeyboardToImpact()
{
    // On the Board page, the chair clicks a priority and asks for an action answering it.
    m_demo.window->showPage(QStringLiteral("board"));
    auto *board = qobject_cast<BoardPage *>(m_demo.window->page(QStringLiteral("board")));
    board->showView(QStringLiteral("priorities"));
    const Priority priority = workspace()->items<Priority>().at(1);
    QTableView *priorities = board->priorities()->view();
    const int row = rowWithText(priorities, 0, priority.title);
    QVERIFY(row >= 0);
    clickCell(priorities, priorities->model()->index(row, 0));
    auto *create = board->findChild<QPushButton *>(QStringLiteral("createActionButton"));
    QVERIFY(create && create->isVisible() && create->isEnabled());

    const int before = workspace()->items<Action>().size();
    const int steps = workspace()->undoStack()->count();
    bool filled = false;
    // The link opens the editor once the Actions page is up (a queued call): wait for it after the click.
    create->click();
    test::whenModal<ActionDialog>([&](ActionDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        // The source is filled and named, the title suggested from it; nothing is saved yet.
        QCOMPARE(dialog->action().sourceKind, ActionSource::Priority);
        QCOMPARE(dialog->action().sourceId, priority.id);
        QCOMPARE(dialog->action().title, priority.title);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("sourceNameLabel"))->text(),
                 QStringLiteral("Priority “%1”").arg(priority.title));
        QCOMPARE(workspace()->items<Action>().size(), before);
        QVERIFY(!dialog->smartNow().passes(SmartLetter::Specific) || !dialog->smartNow().passes(SmartLetter::Timed));
        QVERIFY(test::saveShot(dialog, QStringLiteral("action-editor-from-priority")));

        // From the reference field on, by the keyboard alone.
        dialog->findChild<QLineEdit *>(QStringLiteral("refEdit"))->setFocus();
        tab(); // title
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Every strategy discussion has health present"));
        tab(); // specifically
        type(QStringLiteral("Health attends or sends written information to every strategy discussion."));
        tab(); // success measure
        type(QStringLiteral("95% of strategy discussions with health present by March"));
        QVERIFY(dialog->smartNow().passes(SmartLetter::Measurable));
        tab(); // evidence
        type(QStringLiteral("Monthly MASH return"));
        const Person lead = workspace()->items<Person>().at(0);
        const Agency *agency = workspace()->items<Agency>().find(lead.agencyId);
        QVERIFY(agency);
        tab(); // owner agency
        choose(agency->name);
        tab(); // lead
        choose(lead.name);
        QVERIFY2(dialog->smartNow().passes(SmartLetter::Achievable),
                 qPrintable(focused()->objectName() + QLatin1Char('|') +
                            dialog->findChild<QComboBox *>(QStringLiteral("agencyCombo"))->currentText() +
                            QLatin1Char('|') +
                            dialog->findChild<QComboBox *>(QStringLiteral("leadCombo"))->currentText() +
                            QLatin1Char('|') + agency->name + QLatin1Char('|') + lead.name));
        tab(); // resources
        tab(); // answers
        tab(); // rationale
        tab(); // starts on
        QTest::keyClick(focused(), Qt::Key_Space);
        tabTo(dialog->findChild<QWidget *>(QStringLiteral("dueCheck"))); // through the start date's day, month, year
        QTest::keyClick(focused(), Qt::Key_Space);
        // All five letters pass, and the label beside the fields says so.
        QVERIFY2(dialog->smartNow().score() == 5, qPrintable(dialog->smartNow().problems().join(QLatin1Char('|'))));
        QVERIFY2(dialog->smartText().contains(QStringLiteral("SMART: 5 of 5")), qPrintable(dialog->smartText()));
        QTest::keyClick(focused(), Qt::Key_Return);
        filled = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(filled, 10000);
    QTRY_COMPARE(workspace()->items<Action>().size(), before + 1);
    QCOMPARE(workspace()->undoStack()->count(), steps + 1); // one undo step
    QVERIFY(page()->isVisible());                           // the link brought the Actions page up behind the editor
    const Action added = workspace()->items<Action>().items().back();
    QCOMPARE(added.sourceKind, ActionSource::Priority);
    QCOMPARE(added.sourceId, priority.id);
    QCOMPARE(added.title, QStringLiteral("Every strategy discussion has health present"));
    QCOMPARE(page()->shownActionId(), added.id);
    QCOMPARE(page()->sourceText(), QStringLiteral("Answers: Priority “%1”").arg(priority.title));
    QVERIFY(page()->smartText().contains(QStringLiteral("SMART: 5 of 5")));

    // Progress, from the keyboard.
    test::whenModal<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        dialog->authorEdit()->setFocus();
        type(QStringLiteral("Ann Chair"));
        tab();
        type(QStringLiteral("Health now joins every strategy discussion"));
        dialog->percentCheck()->setFocus();
        QTest::keyClick(focused(), Qt::Key_Space);
        tab();
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("100"));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    page()->form()->progressButton->click();
    QCOMPARE(page()->progressLog()->rowCount(), 1);
    QCOMPARE(workspace()->items<Action>().find(added.id)->status, ActionStatus::InProgress); // progress started it

    // Completed, then its impact recorded and accepted.
    test::whenModal<StatusDialog>([](StatusDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        dialog->statusCombo()->setFocus();
        type(actionStatusLabel(ActionStatus::Completed));
        QVERIFY(dialog->refusal().isEmpty());
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    page()->form()->statusButton->click();
    QCOMPARE(workspace()->items<Action>().find(added.id)->status, ActionStatus::Completed);
    test::whenModal<ImpactDialog>([](ImpactDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        dialog->evidenceEdit()->setFocus();
        type(QStringLiteral("Dip sample: health present in 19 of 20 discussions."));
        dialog->acceptedByEdit()->setFocus();
        type(QStringLiteral("QA sub-group"));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    page()->form()->impactButton->click();
    const Action *done = workspace()->items<Action>().find(added.id);
    QCOMPARE(done->status, ActionStatus::ImpactEvidenced);
    QCOMPARE(done->impactAcceptedBy, QStringLiteral("QA sub-group"));
    QCOMPARE(page()->model()->standingOf(*done).rag, std::optional<Rag>(Rag::Blue));
    QVERIFY(page()->detailTitle().contains(actionStatusLabel(ActionStatus::ImpactEvidenced)));
}

void TestActionPlansPage::bulkChangeOverMouseSelectionUndoesInOneStep()
{
    QTableView *view = page()->table()->view();
    view->sortByColumn(ActionModel::Due, Qt::DescendingOrder); // as people sort it: rows are not in id order
    const QList<qint64> shown = page()->shownIds();
    QVERIFY(shown.size() > 5);
    clickCell(view, view->model()->index(1, ActionModel::Title));
    view->scrollTo(view->model()->index(4, ActionModel::Title));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      view->visualRect(view->model()->index(4, ActionModel::Title)).center());
    const QList<qint64> chosen = page()->selectedIds();
    QCOMPARE(QSet<qint64>(chosen.begin(), chosen.end()), QSet<qint64>(shown.begin() + 1, shown.begin() + 5));
    std::vector<Action> before = workspace()->items<Action>().items();
    const int steps = workspace()->undoStack()->count();
    const Person lead = workspace()->items<Person>().at(2);

    bool refusedFirst = false;
    test::whenModal<BulkChangeDialog>([&](BulkChangeDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        Ui::BulkChangeDialog *ui = dialog->form();
        // Cancelling with no reason: each action is listed as refused.
        ui->statusCheck->setFocus();
        QTest::keyClick(focused(), Qt::Key_Space);
        tab();
        type(actionStatusLabel(ActionStatus::Cancelled));
        QCOMPARE(ui->refusalList->count(), 4);
        refusedFirst = ui->refusalList->item(0)->text().contains(QStringLiteral("Say why the action is cancelled"));
        QVERIFY2(refusedFirst, qPrintable(ui->refusalList->item(0)->text()));
        tab();
        type(QStringLiteral("Merged into the new front door plan"));
        QCOMPARE(ui->refusalList->count(), 0);
        tab(); // the lead, too: past the due date's box (its date is off until ticked)
        tab();
        QCOMPARE(focused(), static_cast<QWidget *>(ui->leadCheck));
        QTest::keyClick(focused(), Qt::Key_Space);
        tab();
        choose(lead.name);
        QCOMPARE(dialog->plan().changes.size(), 4);
        QVERIFY(test::saveShot(dialog, QStringLiteral("actions-bulk-change")));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    page()->form()->bulkButton->click();
    QVERIFY(refusedFirst);
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    for (qint64 id : chosen) {
        const Action *a = workspace()->items<Action>().find(id);
        QCOMPARE(a->status, ActionStatus::Cancelled);
        QCOMPARE(a->leadPersonId, lead.id);
        QCOMPARE(a->cancelReason, QStringLiteral("Merged into the new front door plan"));
    }
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Action>().items(), before); // every action exactly as it was
}

void TestActionPlansPage::settingsChangeWhatIsDueSoon()
{
    page()->form()->dueSoonFilter->setChecked(true);
    const int dueSoon = page()->table()->proxy()->rowCount();
    test::whenModal<ActionSettingsDialog>([](ActionSettingsDialog *dialog) {
        CloseOnFailure guard{dialog};
        activate(dialog);
        QCOMPARE(dialog->settings(), ActionSettings{}); // 14 days, 90%, 70%
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("dueSoonSpin"));
        spin->setFocus();
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("100"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exampleLabel"))
                    ->text()
                    .contains(QStringLiteral("GREEN from 45% reported, AMBER from 35%")));
        QTest::keyClick(focused(), Qt::Key_Return);
    });
    page()->form()->settingsButton->click();
    QCOMPARE(workspace()->items<ActionSettings>().value().dueSoonDays, 100);
    QVERIFY(page()->table()->proxy()->rowCount() > dueSoon); // the table reads by the board's days
    workspace()->undoStack()->undo();
    QCOMPARE(page()->table()->proxy()->rowCount(), dueSoon);
}

void TestActionPlansPage::mailToTheLeadListsTheirOpenActions()
{
    const Action *chosen = nullptr;
    for (const Action &a : workspace()->items<Action>())
        if (!chosen && isOpen(a.status) && a.leadPersonId != 0)
            chosen = &a;
    QVERIFY(chosen);
    page()->selectAction(chosen->id);
    const Person *lead = workspace()->items<Person>().find(chosen->leadPersonId);
    QVERIFY(page()->form()->mailButton->isEnabled());
    const QUrl url = page()->mailToLead();
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), lead->email);
    const QString body = QUrlQuery(url).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    int open = 0;
    for (const Action &a : workspace()->items<Action>())
        if (a.leadPersonId == lead->id && isOpen(a.status)) {
            ++open;
            QVERIFY2(body.contains(a.ref + QLatin1Char(' ') + a.title), qPrintable(a.ref));
        }
    QVERIFY(body.startsWith(QStringLiteral("Dear %1,").arg(lead->name)));
    QCOMPARE(body.count(QStringLiteral("\r\n- ")), open);
}

void TestActionPlansPage::groupedAndTimelineViews()
{
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("actions-table")));
    page()->showOverview(1);
    QTreeWidget *groups = page()->groups()->tree();
    QVERIFY(groups->topLevelItemCount() > 1);
    // Per agency: its open actions, overdue first, with counts.
    for (int g = 0; g < groups->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = groups->topLevelItem(g);
        bool seenOther = false;
        int overdue = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            const bool isOverdue = group->child(c)->text(3) == QStringLiteral("Overdue");
            QVERIFY2(!(isOverdue && seenOther), qPrintable(group->text(0)));
            seenOther = seenOther || !isOverdue;
            overdue += isOverdue;
        }
        QVERIFY2(group->text(1).contains(QStringLiteral("%1 overdue").arg(overdue)), qPrintable(group->text(1)));
    }
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("actions-by-agency")));

    // Enter on an action opens it in the table.
    QTreeWidgetItem *first = groups->topLevelItem(0)->child(0);
    const QString ref = first->text(0);
    groups->setFocus();
    groups->setCurrentItem(first);
    QTest::keyClick(groups, Qt::Key_Return);
    QVERIFY(page()->detailTitle().startsWith(ref));

    page()->showOverview(2);
    QTreeWidget *timeline = page()->timeline()->tree();
    QVERIFY(timeline->topLevelItemCount() > 2);
    QDate previous;
    int items = 0;
    for (int m = 0; m < timeline->topLevelItemCount(); ++m)
        for (int c = 0; c < timeline->topLevelItem(m)->childCount(); ++c, ++items) {
            const QDate day =
                QDate::fromString(timeline->topLevelItem(m)->child(c)->text(0), QStringLiteral("d MMM yyyy"));
            QVERIFY(!previous.isValid() || !day.isValid() || day >= previous);
            previous = day.isValid() ? day : previous;
        }
    int due = 0;
    for (const Action &a : workspace()->items<Action>())
        due += a.due.isValid();
    QCOMPARE(items, due + workspace()->items<Milestone>().size());
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("actions-timeline")));
}

void TestActionPlansPage::developmentPlanEditedWithItsComponents()
{
    QCOMPARE(workspace()->items<DevelopmentPlan>().size(), 1); // the demo's
    const DevelopmentPlan plan = workspace()->items<DevelopmentPlan>().at(0);
    int components = 0;
    for (const Action &a : workspace()->items<Action>())
        components += a.sourceKind == ActionSource::DevelopmentPlan && a.sourceId == plan.id;
    QVERIFY(components > 0);
    const int steps = workspace()->undoStack()->count();
    bool edited = false;
    test::whenModal<DevelopmentPlansDialog>([&](DevelopmentPlansDialog *plans) {
        CloseOnFailure guard{plans};
        activate(plans);
        QTableView *view = plans->table()->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 4).data().toInt(), components);
        QVERIFY(test::saveShot(plans, QStringLiteral("development-plans")));
        test::whenModal<DevelopmentPlanDialog>([&](DevelopmentPlanDialog *dialog) {
            CloseOnFailure inner{dialog};
            activate(dialog);
            Ui::DevelopmentPlanDialog *ui = dialog->form();
            QCOMPARE(ui->titleEdit->text(), plan.title);
            QCOMPARE(ui->componentsTable->rowCount(), components);
            QVERIFY(ui->addComponentButton->isEnabled());
            QVERIFY(test::saveShot(dialog, QStringLiteral("development-plan")));
            ui->consultationEdit->setFocus();
            QTest::keyClick(focused(), Qt::Key_End, Qt::ControlModifier);
            type(QStringLiteral("; the young people's forum"));
            QTest::keyClick(ui->titleEdit, Qt::Key_Return);
            edited = true;
        });
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return); // Enter opens the plan, as it opens any row
        QVERIFY(edited);
        plans->reject();
    });
    page()->form()->plansButton->click();
    QVERIFY(edited);
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    QVERIFY(workspace()->items<DevelopmentPlan>().at(0).consultation.endsWith(QStringLiteral("young people's forum")));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<DevelopmentPlan>().at(0), plan);
}

QTEST_MAIN(TestActionPlansPage)
#include "tst_actionplanspage.moc"
