// The Actions page on the demo board: the model passes Qt's tester; the detail pane follows each
// row clicked with the mouse; the add dialog's SMART check changes live as fields are filled and
// the new action is undoable; a refused change of status shows the rules' reason; filters narrow.
#include "gui/actions/actiondialog.h"
#include "gui/actions/actionspage.h"
#include "gui/actions/actionstepdialogs.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/pagelink.h"
#include "gui/voices/complaintspage.h"
#include "models/actions/actionmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_actiondialog.h"
#include "ui_actionspageform.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

class TestActionsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void paneFollowsEachClick();
    void addedActionChecksLiveAndUndoes();
    void refusedStatusShowsReason();
    void progressUpdateIsLoggedAndUndone();
    void filtersNarrowTheTable();
    void linkedEntriesOpenOnTheirPages();

private:
    ActionsPage *page() const { return qobject_cast<ActionsPage *>(m_demo.window->page(QStringLiteral("actions"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    // Clicks the action's row (by reference); fails the test when it is not shown.
    void clickAction(const QString &ref);
    test::DemoWindow m_demo;
};

void TestActionsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("actions"));
    QVERIFY(page());
    page()->model()->setAsOf(QDate(2026, 11, 22)); // the demo's own day
}

void TestActionsPage::cleanup()
{
    m_demo.window.reset();
}

void TestActionsPage::clickAction(const QString &ref)
{
    QTableView *view = page()->table()->view();
    const int row = rowWithText(view, ActionModel::Reference, ref);
    QVERIFY2(row >= 0, qPrintable(ref));
    clickCell(view, view->model()->index(row, ActionModel::Title));
}

void TestActionsPage::modelPassesTester()
{
    ActionModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.columnCount(), int(ActionModel::ColumnCount));
    // Every SMART cell reads "n/5" and names its failed letters in the tooltip.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex smart = model.index(r, ActionModel::SmartColumn);
        const SmartCheck check = model.standingAt(r).smart;
        QCOMPARE(smart.data().toString(), QStringLiteral("%1/5").arg(check.score()));
        for (SmartLetter l : allSmartLetters())
            if (!check.passes(l))
                QVERIFY(smart.data(Qt::ToolTipRole).toString().contains(check.reasons[size_t(l)]));
    }
    // An update through the workspace reaches the model's rows, still passing the tester.
    const Action first = workspace()->items<Action>().at(0);
    ProgressUpdate u;
    u.actionId = first.id;
    u.date = QDate(2026, 11, 20);
    u.text = QStringLiteral("Half way");
    u.percent = 50;
    QString error;
    QVERIFY2(ActionEdits(*workspace()).addUpdate(u, &error), qPrintable(error));
    workspace()->undoStack()->undo();
}

void TestActionsPage::paneFollowsEachClick()
{
    QStringList refs;
    for (const Action &a : workspace()->items<Action>())
        refs << a.ref;
    QVERIFY(refs.size() >= 4);
    for (const QString &ref : {refs.at(3), refs.at(0), refs.at(2), refs.at(1)}) {
        clickAction(ref);
        const Action *a = nullptr;
        for (const Action &each : workspace()->items<Action>())
            if (each.ref == ref)
                a = &each;
        QVERIFY(a);
        QCOMPARE(page()->shownActionId(), a->id);
        QVERIFY2(page()->detailTitle().startsWith(ref + QLatin1Char(' ') + a->title),
                 qPrintable(page()->detailTitle()));
        int milestones = 0, updates = 0;
        for (const Milestone &m : workspace()->items<Milestone>())
            milestones += m.actionId == a->id;
        for (const ProgressUpdate &u : workspace()->items<ProgressUpdate>())
            updates += u.actionId == a->id;
        QCOMPARE(page()->milestones()->rowCount(), milestones);
        QCOMPARE(page()->progressLog()->rowCount(), updates);
        const SmartCheck check = page()->model()->standingOf(*a).smart;
        QVERIFY(page()->smartText().contains(QStringLiteral("SMART: %1 of 5").arg(check.score())));
    }
}

void TestActionsPage::addedActionChecksLiveAndUndoes()
{
    const int before = workspace()->items<Action>().size();
    bool checked = false;
    test::whenModal<ActionDialog>([&checked](ActionDialog *dialog) {
        const auto failing = [dialog] { return 5 - dialog->smartNow().score(); };
        const QString empty = dialog->smartText();
        QCOMPARE(dialog->smartNow().passes(SmartLetter::Measurable), false);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                         QStringLiteral("Train every GP practice lead in neglect recognition"));
        const int afterTitle = failing();
        QVERIFY(dialog->smartNow().passes(SmartLetter::Specific));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("measureEdit")),
                         QStringLiteral("95% of practice leads trained by March"));
        QVERIFY(dialog->smartNow().passes(SmartLetter::Measurable));
        QCOMPARE(failing(), afterTitle - 1);
        QVERIFY(dialog->smartText() != empty); // the label itself changed as the fields were typed
        QVERIFY(dialog->smartText().contains(QStringLiteral("SMART: %1 of 5").arg(dialog->smartNow().score())));
        // Weak (no due date, no lead) it is still saved: the check advises.
        QVERIFY(!dialog->smartNow().passes(SmartLetter::Timed));
        QVERIFY(test::saveShot(dialog, QStringLiteral("action-dialog")));
        checked = true;
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    const auto buttons = page()->table()->findChildren<QPushButton *>();
    QPushButton *add = nullptr;
    for (QPushButton *b : buttons)
        if (b->text().contains(QStringLiteral("Add")))
            add = b;
    QVERIFY(add);
    add->click();
    QVERIFY(checked);
    QCOMPARE(workspace()->items<Action>().size(), before + 1);
    const Action added = workspace()->items<Action>().items().back();
    QCOMPARE(added.title, QStringLiteral("Train every GP practice lead in neglect recognition"));
    QVERIFY(added.ref.startsWith(QStringLiteral("A-")));
    QCOMPARE(page()->shownActionId(), added.id); // the new action is selected and shown
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Action>().size(), before);
    QVERIFY(!workspace()->items<Action>().find(added.id));
}

void TestActionsPage::refusedStatusShowsReason()
{
    const Action *open = nullptr;
    for (const Action &a : workspace()->items<Action>())
        if (a.status == ActionStatus::InProgress && !open)
            open = &a;
    QVERIFY(open);
    const Action original = *open;
    clickAction(original.ref);
    QCOMPARE(page()->shownActionId(), original.id);
    QString shown;
    test::whenModal<StatusDialog>([&shown, original](StatusDialog *dialog) {
        QComboBox *status = dialog->statusCombo();
        status->setCurrentIndex(status->findData(int(ActionStatus::ImpactEvidenced)));
        Action after = original;
        after.status = ActionStatus::ImpactEvidenced;
        const QString reason = transitionRefusal(original.status, after);
        QVERIFY(!reason.isEmpty());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("refusalLabel"))->text(), reason);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible()); // refused: the dialog stays open with the reason
        shown = reason;
        // Completed is allowed: the reason goes, and OK changes it.
        status->setCurrentIndex(status->findData(int(ActionStatus::Completed)));
        QVERIFY(dialog->refusal().isEmpty());
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    page()->form()->statusButton->click();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(workspace()->items<Action>().find(original.id)->status, ActionStatus::Completed);
    QVERIFY(page()->detailTitle().contains(actionStatusLabel(ActionStatus::Completed)));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Action>().find(original.id)->status, original.status);
    QVERIFY(page()->detailTitle().contains(actionStatusLabel(original.status)));
}

void TestActionsPage::progressUpdateIsLoggedAndUndone()
{
    const Action first = workspace()->items<Action>().at(2);
    clickAction(first.ref);
    const int rows = page()->progressLog()->rowCount();
    test::whenModal<ProgressUpdateDialog>([](ProgressUpdateDialog *dialog) {
        dialog->dateEdit()->setDate(QDate(2026, 11, 21));
        QTest::keyClicks(dialog->authorEdit(), QStringLiteral("Ann Chair"));
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Pathway drafted"));
        dialog->percentCheck()->setChecked(true);
        dialog->percentSpin()->setValue(60);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    page()->form()->progressButton->click();
    QCOMPARE(page()->progressLog()->rowCount(), rows + 1);
    QCOMPARE(page()->progressLog()->item(rows, 1)->text(), QStringLiteral("Ann Chair"));
    QCOMPARE(page()->progressLog()->item(rows, 2)->text(), QStringLiteral("Pathway drafted"));
    QVERIFY(page()->progressLog()->item(rows, 3)->text().startsWith(QStringLiteral("60")));
    workspace()->undoStack()->undo();
    QCOMPARE(page()->progressLog()->rowCount(), rows);
}

void TestActionsPage::filtersNarrowTheTable()
{
    SearchProxyModel *proxy = page()->table()->proxy();
    const int all = proxy->rowCount();
    QCOMPARE(all, workspace()->items<Action>().size());
    page()->form()->overdueFilter->setChecked(true);
    const int overdue = proxy->rowCount();
    QVERIFY(overdue > 0 && overdue < all);
    for (int r = 0; r < overdue; ++r)
        QCOMPARE(proxy->index(r, ActionModel::Timing).data().toString(), QStringLiteral("Overdue"));
    page()->form()->overdueFilter->setChecked(false);
    QComboBox *status = page()->form()->statusFilter;
    status->setCurrentIndex(status->findData(int(ActionStatus::Cancelled)));
    Q_EMIT status->activated(status->currentIndex());
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < all);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, ActionModel::StatusColumn).data().toString(),
                 actionStatusLabel(ActionStatus::Cancelled));
}

void TestActionsPage::linkedEntriesOpenOnTheirPages()
{
    // An action that a complaint of the demo's log led to, shown in the table as it opens.
    QTableView *view = page()->table()->view();
    const Complaint *complaint = nullptr;
    const Action *action = nullptr;
    for (const ComplaintAction &l : workspace()->items<ComplaintAction>()) {
        const Action *a = workspace()->items<Action>().find(l.actionId);
        const Complaint *c = workspace()->items<Complaint>().find(l.complaintId);
        if (a && c && !c->reference.isEmpty() && rowWithText(view, ActionModel::Reference, a->ref) >= 0) {
            complaint = c;
            action = a;
            break;
        }
    }
    QVERIFY(complaint && action);
    clickAction(action->ref);
    QVERIFY2(page()->sourceText().contains(QStringLiteral("Linked to: ")) &&
                 page()->sourceText().contains(complaint->reference),
             qPrintable(page()->sourceText()));
    QVERIFY(test::saveShot(page(), QStringLiteral("actions-linked-entries")));
    // The entry's name is a link to it on the Complaints page, which opens with its filters cleared.
    const QString html = page()->form()->sourceLink->text();
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("href=\"(assure:complaint\\?id=%1)\"").arg(complaint->id)).match(html);
    QVERIFY2(link.hasMatch(), qPrintable(html));
    auto *complaints = qobject_cast<ComplaintsPage *>(m_demo.window->page(QStringLiteral("complaints")));
    QVERIFY(complaints);
    complaints->kindFilter()->setCurrentIndex(complaints->kindFilter()->count() - 1);
    QTest::keyClicks(complaints->table()->searchEdit(), QStringLiteral("zzzz"));
    QCOMPARE(complaints->table()->proxy()->rowCount(), 0);
    Q_EMIT page()->form()->sourceLink->linkActivated(link.captured(1));
    QVERIFY(complaints->isVisible());
    QCOMPARE(complaints->table()->currentId(), complaint->id);
    QCOMPARE(complaints->shownId(), complaint->id);
    QCOMPARE(complaints->kindFilter()->currentIndex(), 0);
    QVERIFY(complaints->table()->searchEdit()->text().isEmpty());
    QVERIFY(!complaints->openLink(PageLink::complaint(987654)));
    QVERIFY(!complaints->openLink(PageLink::action(action->id)));
    // Unlinked in the complaint's editor (here, as one edit), the action no longer names it.
    m_demo.window->showPage(QStringLiteral("actions"));
    clickAction(action->ref);
    QVERIFY(workspace()->remove<ComplaintAction>([&] {
        for (const ComplaintAction &l : workspace()->items<ComplaintAction>())
            if (l.complaintId == complaint->id && l.actionId == action->id)
                return l.id;
        return qint64(0);
    }()));
    QVERIFY2(!page()->sourceText().contains(complaint->reference), qPrintable(page()->sourceText()));
}

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
