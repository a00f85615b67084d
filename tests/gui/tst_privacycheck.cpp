// The anonymisation guard on save, as a user meets it on the Actions page of the demo board: a new
// action whose title names someone after a title is stopped by the privacy dialog (the field, the
// match highlighted, its kind in words); "Go back and correct" saves nothing and leaves the editor
// open; "Save, it is acceptable" needs a reason, then saves the action and the acceptance as one
// undo step; the accepted text is not raised again; a progress update's NHS number is stopped too,
// and so is a name typed into an indicator's commentary on the Indicators page.
#include "gui/actions/actiondialog.h"
#include "gui/actions/actionspage.h"
#include "gui/actions/actionstepdialogs.h"
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/mainwindow.h"
#include "gui/meetings/meetingdialogs.h"
#include "gui/meetings/meetingspage.h"
#include "gui/periodchooser.h"
#include "gui/privacy/privacycheck.h"
#include "gui/privacy/privacyscandialog.h"
#include "gui/risks/riskdialog.h"
#include "gui/risks/riskspage.h"
#include "models/actions/actionmodel.h"
#include "models/indicators/measurementgridmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_actionspageform.h"
#include "ui_riskdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace assure;

namespace {

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    qFatal("no button %s", qPrintable(text));
}

// Answers the privacy dialog whenever it is up, polled, so that it is found however deep in event
// loops it opens (a single-shot check made before it opens can end up waiting under its exec()).
class PrivacyAnswerer final
{
public:
    // Go back, or save with this reason when it is not empty.
    QString reason;
    QStringList shown; // what each dialog showed, as plain text

    PrivacyAnswerer()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *check = qobject_cast<PrivacyCheck *>(QApplication::activeModalWidget());
            if (!check || !check->isVisible())
                return;
            shown << check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))->toPlainText();
            if (reason.isEmpty()) {
                QTest::mouseClick(button(check, QStringLiteral("&Go back and correct")), Qt::LeftButton);
                return;
            }
            auto *edit = check->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            QTest::mouseClick(edit, Qt::LeftButton);
            QTest::keyClicks(edit, reason);
            QTest::mouseClick(button(check, QStringLiteral("&Save, it is acceptable")), Qt::LeftButton);
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

class TestPrivacyCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_demo.window.reset(); }
    void goBackThenAcceptWithReason();
    void progressUpdateGoesBack();
    void boardCheckListsAndAccepts();
    void commentaryGoesBackThenSavesWithReason();
    void riskAndMeetingTextGuarded();

private:
    ActionsPage *page() const { return qobject_cast<ActionsPage *>(m_demo.window->page(QStringLiteral("actions"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    QPushButton *addButton() const
    {
        for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Add")))
                return b;
        qFatal("no Add button");
    }
    test::DemoWindow m_demo;
};

void TestPrivacyCheck::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("actions"));
    QVERIFY(page());
}

void TestPrivacyCheck::goBackThenAcceptWithReason()
{
    const int actions = workspace()->items<Action>().size();
    const int acceptances = workspace()->items<PrivacyAcceptance>().size();
    const int steps = workspace()->undoStack()->count();
    const QString title = QStringLiteral("Share the learning with Mrs Hartley-Owen and her team");
    int privacyShown = 0;
    bool stillOpen = false;
    test::whenModal<ActionDialog>([&](ActionDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), title);
        // First: go back and correct.
        test::whenModal<PrivacyCheck>([&](PrivacyCheck *check) {
            ++privacyShown;
            const QString shown = check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))->toPlainText();
            QVERIFY2(shown.contains(QStringLiteral("Title")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("“Mrs Hartley-Owen” looks like a person's name after a title.")),
                     qPrintable(shown));
            QVERIFY(check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))
                        ->toHtml()
                        .contains(QStringLiteral("background-color:#ffe08a")));              // the match is marked
            QVERIFY(!button(check, QStringLiteral("&Save, it is acceptable"))->isEnabled()); // a reason first
            QVERIFY(test::saveShot(check, QStringLiteral("privacycheck")));
            QTest::mouseClick(button(check, QStringLiteral("&Go back and correct")), Qt::LeftButton);
        });
        clickOk(dialog);
        stillOpen = dialog->isVisible();
        QCOMPARE(workspace()->items<Action>().size(), actions); // nothing saved

        // Then: save it, with a reason.
        test::whenModal<PrivacyCheck>([&](PrivacyCheck *check) {
            ++privacyShown;
            auto *reason = check->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
            QTest::mouseClick(reason, Qt::LeftButton);
            QTest::keyClicks(reason, QStringLiteral("She is the agency's safeguarding lead, not a case"));
            QPushButton *save = button(check, QStringLiteral("&Save, it is acceptable"));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        clickOk(dialog);
    });
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QVERIFY(stillOpen);
    QCOMPARE(privacyShown, 2);
    QCOMPARE(workspace()->items<Action>().size(), actions + 1);
    const Action added = workspace()->items<Action>().items().back();
    QCOMPARE(added.title, title);
    QCOMPARE(workspace()->items<PrivacyAcceptance>().size(), acceptances + 1);
    const PrivacyAcceptance &a = workspace()->items<PrivacyAcceptance>().items().back();
    QCOMPARE(a.place.table, QStringLiteral("action"));
    QCOMPARE(a.place.id, added.id);
    QCOMPARE(a.place.field, QStringLiteral("title"));
    QCOMPARE(a.matched, QStringLiteral("Mrs Hartley-Owen"));
    QCOMPARE(a.reason, QStringLiteral("She is the agency's safeguarding lead, not a case"));
    QCOMPARE(workspace()->undoStack()->count(), steps + 1); // one step
    QCOMPARE(workspace()->undoStack()->undoText(), KindTraits<Action>::addText(*workspace(), added));

    // Edited again with the same title: not raised again.
    Action edited = added;
    edited.description = QStringLiteral("Two sessions in the spring");
    QString error;
    int asked = 0;
    // Had the dialog been shown, it would be up when this runs, and counted.
    QTimer::singleShot(100, [&asked] {
        if (auto *check = qobject_cast<PrivacyCheck *>(QApplication::activeModalWidget())) {
            ++asked;
            check->reject();
        }
    });
    QVERIFY(PrivacyCheck::save(
        page(), workspace(), ActionDialog::privacyFields(edited),
        [&](QString *e, qint64 *) { return workspace()->update(edited, e); }, &error));
    QTest::qWait(150);
    QCOMPARE(asked, 0);
    QCOMPARE(workspace()->items<Action>().find(added.id)->description, edited.description);

    // Undo takes back the edit, then the action and its acceptance together.
    workspace()->undoStack()->undo();
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Action>().size(), actions);
    QCOMPARE(workspace()->items<PrivacyAcceptance>().size(), acceptances);
}

void TestPrivacyCheck::progressUpdateGoesBack()
{
    const Action first = workspace()->items<Action>().at(2);
    QTableView *view = page()->table()->view();
    const int row = test::rowWithText(view, ActionModel::Reference, first.ref);
    QVERIFY(row >= 0);
    test::clickCell(view, view->model()->index(row, ActionModel::Title));
    const int rows = page()->progressLog()->rowCount();
    bool asked = false;
    test::whenModal<ProgressUpdateDialog>([&](ProgressUpdateDialog *dialog) {
        QTest::keyClicks(dialog->authorEdit(), QStringLiteral("Ann Chair"));
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Checked the record for NHS 943 476 5919"));
        test::whenModal<PrivacyCheck>([&](PrivacyCheck *check) {
            asked = check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))
                        ->toPlainText()
                        .contains(QStringLiteral("“943 476 5919” looks like an NHS number."));
            QTest::mouseClick(button(check, QStringLiteral("&Go back and correct")), Qt::LeftButton);
        });
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    page()->form()->progressButton->click();
    QVERIFY(asked);
    QCOMPARE(page()->progressLog()->rowCount(), rows);
}

// File > Check for Personal Data… lists what the demo board holds that looks like personal data
// (nothing, until an NHS number is written into an action), and accepts a selected hit with a
// reason, after which it is listed no more.
void TestPrivacyCheck::boardCheckListsAndAccepts()
{
    Action a = workspace()->items<Action>().at(1);
    a.evidence = QStringLiteral("The published review quotes NHS number 943 476 5919 in its annex");
    QVERIFY(workspace()->update(a));
    QAction *check = nullptr;
    for (QAction *menu : m_demo.window->menuBar()->actions())
        for (QAction *item : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            if (item->text() == QStringLiteral("Check for &Personal Data…"))
                check = item;
    QVERIFY(check && check->isEnabled());
    bool seen = false;
    test::whenModal<PrivacyScanDialog>([&](PrivacyScanDialog *dialog) {
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("action %1").arg(a.id));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("evidence"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("NHS number"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("943 476 5919"));
        QVERIFY2(dialog->summary().startsWith(
                     QStringLiteral("Looks like personal data in this board's case material and narrative: 1.")),
                 qPrintable(dialog->summary()));
        QVERIFY(test::saveShot(dialog, QStringLiteral("privacyscan")));
        test::clickCell(table, table->model()->index(0, 3));
        test::whenModal<QInputDialog>([](QInputDialog *input) {
            input->setTextValue(QStringLiteral("Quoted from the published review"));
            input->accept();
        });
        QTest::mouseClick(button(dialog, QStringLiteral("&Accept Selected…")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(dialog->summary(),
                 QStringLiteral("Nothing in this board's case material or narrative looks like personal data."));
        seen = true;
        dialog->reject();
    });
    check->trigger();
    QVERIFY(seen);
    const PrivacyAcceptance &accepted = workspace()->items<PrivacyAcceptance>().items().back();
    QCOMPARE(accepted.place.field, QStringLiteral("evidence"));
    QCOMPARE(accepted.reason, QStringLiteral("Quoted from the published review"));
    workspace()->undoStack()->undo(); // the acceptance alone
    QCOMPARE(workspace()->items<Action>().find(a.id)->evidence, a.evidence);
    QVERIFY(PrivacyEdits(*workspace())
                .unaccepted({QStringLiteral("action"), a.id, {}, QStringLiteral("evidence")}, a.evidence)
                .size() == 1);
}

// Commentary typed into an indicator's grid that names someone after a title: the dialog asks once
// the editor has closed; going back opens the cell's editor again with the text as typed and saves
// nothing; saving with a reason stores the commentary and the acceptance as one undo step.
void TestPrivacyCheck::commentaryGoesBackThenSavesWithReason()
{
    m_demo.window->showPage(QStringLiteral("indicators"));
    auto *p = qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    QVERIFY(p);
    const Indicator *csc01 = workspace()->items<Indicator>().byCode(QStringLiteral("CSC-01"));
    QVERIFY(csc01);
    p->selectIndicator(csc01->id);
    QTableView *view = p->grid();
    auto *grid = qobject_cast<MeasurementGridModel *>(view->model());
    QCOMPARE(grid->indicatorId(), csc01->id);
    const Period sep = *Period::parse(QStringLiteral("Sep 2026"));
    const int row = grid->rowOf(sep);
    QVERIFY(row >= 0);
    const QModelIndex cell = grid->index(row, MeasurementGridModel::Commentary);
    const QString before = cell.data().toString();
    const int acceptances = workspace()->items<PrivacyAcceptance>().size();
    const int steps = workspace()->undoStack()->count();
    const QString text = QStringLiteral("Fell after Dr Okafor left the team in August");

    PrivacyAnswerer answerer;
    view->setFocus();
    test::clickCell(view, cell); // the grid edits on any trigger: the click opens the cell's editor
    QTRY_VERIFY(qobject_cast<QLineEdit *>(view->indexWidget(cell)));
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(answerer.shown.size(), 1);
    QVERIFY2(answerer.shown.at(0).contains(QStringLiteral("Commentary of CSC-01 for Sep 2026")),
             qPrintable(answerer.shown.at(0)));
    QVERIFY2(answerer.shown.at(0).contains(QStringLiteral("“Dr Okafor” looks like a person's name after a title.")),
             qPrintable(answerer.shown.at(0)));

    // Gone back: the editor is open again on the same cell with the text as typed; nothing saved.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(view->indexWidget(cell)));
    editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    QCOMPARE(editor->text(), text);
    QCOMPARE(cell.data().toString(), before);
    QCOMPARE(workspace()->undoStack()->count(), steps);

    // Saved with a reason: the commentary and its acceptance, one step.
    answerer.reason = QStringLiteral("Named in the published annual report");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(answerer.shown.size(), 2);
    QTRY_COMPARE(cell.data().toString(), text);
    QCOMPARE(answerer.shown.size(), 2); // asked once for the save, not again as the editor closed
    QCOMPARE(workspace()->items<PrivacyAcceptance>().size(), acceptances + 1);
    const PrivacyAcceptance &a = workspace()->items<PrivacyAcceptance>().items().back();
    QCOMPARE(a.place.table, QStringLiteral("measurement"));
    QCOMPARE(a.place.key, QStringLiteral("CSC-01 ") + sep.key());
    QCOMPARE(a.place.field, QStringLiteral("commentary"));
    QCOMPARE(a.matched, QStringLiteral("Dr Okafor"));
    QCOMPARE(a.reason, answerer.reason);
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);

    // Not asked again for the same text; undo takes back both.
    QVERIFY(PrivacyEdits(*workspace()).unaccepted(a.place, text).isEmpty());
    workspace()->undoStack()->undo();
    QCOMPARE(cell.data().toString(), before);
    QCOMPARE(workspace()->items<PrivacyAcceptance>().size(), acceptances);
}

void TestPrivacyCheck::riskAndMeetingTextGuarded()
{
    const auto addButtonOf = [](QWidget *panel) {
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Add")))
                return b;
        return static_cast<QPushButton *>(nullptr);
    };
    // A risk whose consequence names someone after a title: stopped, the editor stays open, nothing saved.
    m_demo.window->showPage(QStringLiteral("risks"));
    auto *risks = qobject_cast<RisksPage *>(m_demo.window->page(QStringLiteral("risks")));
    QVERIFY(risks);
    const int riskCount = workspace()->items<Risk>().size();
    bool stillOpen = false;
    {
        PrivacyAnswerer goBack;
        test::whenModal<RiskDialog>([&](RiskDialog *dialog) {
            QTest::keyClicks(dialog->form()->titleEdit, QStringLiteral("Allegations against staff not referred"));
            QTest::keyClicks(dialog->form()->consequenceEdit, QStringLiteral("As with Mr Whitfield, harm goes on"));
            clickOk(dialog);
            stillOpen = dialog->isVisible();
            dialog->reject();
        });
        QTest::mouseClick(addButtonOf(risks->table()), Qt::LeftButton);
        QCOMPARE(goBack.shown.size(), 1);
        QVERIFY2(goBack.shown.constFirst().contains(QStringLiteral("Consequence")),
                 qPrintable(goBack.shown.constFirst()));
        QVERIFY2(goBack.shown.constFirst().contains(QStringLiteral("Mr Whitfield")),
                 qPrintable(goBack.shown.constFirst()));
    }
    QVERIFY(stillOpen);
    QCOMPARE(workspace()->items<Risk>().size(), riskCount);

    // A meeting's notes with an NHS number kept for a reason: the new meeting and the acceptance
    // that names it are saved together.
    m_demo.window->showPage(QStringLiteral("meetings"));
    auto *meetings = qobject_cast<MeetingsPage *>(m_demo.window->page(QStringLiteral("meetings")));
    QVERIFY(meetings);
    const int acceptances = workspace()->items<PrivacyAcceptance>().size();
    {
        PrivacyAnswerer keep;
        keep.reason = QStringLiteral("The test number the trust gave for its training system");
        test::whenModal<MeetingDialog>([&](MeetingDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("Extra meeting"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")),
                             QStringLiteral("Training system test record 943 476 5919 shown to members."));
            clickOk(dialog);
        });
        QTest::mouseClick(addButtonOf(meetings->meetings()), Qt::LeftButton);
        QCOMPARE(keep.shown.size(), 1);
        QVERIFY2(keep.shown.constFirst().contains(QStringLiteral("Notes")), qPrintable(keep.shown.constFirst()));
    }
    const Meeting *added = nullptr;
    for (const Meeting &m : workspace()->items<Meeting>())
        if (m.title == QStringLiteral("Extra meeting"))
            added = &m;
    QVERIFY(added);
    QCOMPARE(workspace()->items<PrivacyAcceptance>().size(), acceptances + 1);
    const PrivacyAcceptance &kept = workspace()->items<PrivacyAcceptance>().items().back();
    QCOMPARE(kept.place.table, QStringLiteral("meeting"));
    QCOMPARE(kept.place.id, added->id);
    QCOMPARE(kept.place.field, QStringLiteral("notes"));
}

QTEST_MAIN(TestPrivacyCheck)
#include "tst_privacycheck.moc"
