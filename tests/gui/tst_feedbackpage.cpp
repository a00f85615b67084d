// The Feedback page on the demo board (issue 19, parts 1 and 5): the model passes Qt's tester; the
// pane follows each row clicked in the sorted table; the filters narrow the log to what they say;
// an entry typed in with its themes and action is one undoable step; "You said, we did" shows what
// was said beside what was done and a click on an action opens it; an import is previewed first.
#include "core/valueformat.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/pagelink.h"
#include "gui/risks/linkpicker.h"
#include "gui/voices/feedbackdialog.h"
#include "gui/voices/feedbackimportdialog.h"
#include "gui/voices/feedbackpage.h"
#include "gui/voices/yousaidpanel.h"
#include "models/searchproxymodel.h"
#include "models/voices/feedbackmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/filebytes.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_feedbackdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/feedbackedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

class TestFeedbackPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void paneFollowsEachClickInSortedTable();
    void filtersNarrowTheLog();
    void entryTypedInWithLinksIsOneStep();
    void youSaidWeDid();
    void importPreviewedFirst();

private:
    FeedbackPage *page() const { return qobject_cast<FeedbackPage *>(m_demo.window->page(QStringLiteral("feedback"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    QTableView *view() const { return page()->table()->view(); }
    // Chooses a filter's entry with the keyboard, as people do: focus, then type its first letters.
    static void chooseByKeyboard(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        const int index = combo->findText(text);
        QVERIFY(index >= 0);
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
    }
    test::DemoWindow m_demo;
    QTemporaryDir m_dir;
};

void TestFeedbackPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("feedback"));
    QVERIFY(page());
}

void TestFeedbackPage::cleanup()
{
    m_demo.window.reset();
}

void TestFeedbackPage::modelPassesTester()
{
    FeedbackModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.columnCount(), int(FeedbackModel::ColumnCount));
    // The newest entry (the demo's day before) is the young people in care's, with two themes.
    const int newest = model.rowOf(workspace()->items<Feedback>().at(0).id);
    QCOMPARE(model.index(newest, FeedbackModel::Voice).data().toString(), QStringLiteral("Child or young person"));
    QCOMPARE(model.index(newest, FeedbackModel::Themes).data().toString(),
             QStringLiteral("Consistency of worker; Being listened to"));
    // A theme renamed and an entry deleted reach the model; undo puts both back.
    FeedbackTheme renamed = *workspace()->items<FeedbackTheme>().find(model.themeIdsOf(model.itemAt(newest).id).at(0));
    const QString before = renamed.name;
    renamed.name = QStringLiteral("Heard and believed");
    QVERIFY(workspace()->update(renamed));
    QVERIFY(
        model.index(newest, FeedbackModel::Themes).data().toString().contains(QStringLiteral("Heard and believed")));
    QVERIFY(workspace()->remove<Feedback>(model.itemAt(5).id));
    QCOMPARE(model.rowCount(), 23);
    workspace()->undoStack()->undo();
    workspace()->undoStack()->undo();
    QCOMPARE(model.rowCount(), 24);
    QVERIFY(model.index(newest, FeedbackModel::Themes).data().toString().contains(before));
}

void TestFeedbackPage::paneFollowsEachClickInSortedTable()
{
    // Sorted by voice: a click on the header.
    const QPoint header = QPoint(view()->horizontalHeader()->sectionViewportPosition(FeedbackModel::Voice) + 10, 5);
    QTest::mouseClick(view()->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, header);
    QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), int(FeedbackModel::Voice));
    for (const int row : {0, 7, 15, 23}) {
        clickCell(view(), view()->model()->index(row, FeedbackModel::Method));
        const QString summary = view()->model()->index(row, FeedbackModel::Summary).data().toString();
        const Feedback *shown = workspace()->items<Feedback>().find(page()->shownId());
        QVERIFY(shown);
        QCOMPARE(shown->summary, summary);
        QVERIFY2(page()->detailText().contains(summary), qPrintable(page()->detailText()));
        QVERIFY2(page()->detailText().contains(
                     view()->model()->index(row, FeedbackModel::Voice).data().toString().toLower()),
                 qPrintable(page()->detailText()));
    }
    // The search box narrows the sorted table, and the pane follows a click there too.
    QTest::keyClicks(page()->table()->searchEdit(), QStringLiteral("safer sleep"));
    QCOMPARE(view()->model()->rowCount(), 2);
    for (const int row : {1, 0}) {
        clickCell(view(), view()->model()->index(row, FeedbackModel::Summary));
        const Feedback *shown = workspace()->items<Feedback>().find(page()->shownId());
        QVERIFY(shown);
        QCOMPARE(view()->model()->index(row, FeedbackModel::Date).data().toString(), ValueFormat().date(shown->date));
    }
    QVERIFY(test::saveShot(page(), QStringLiteral("feedback-page")));
}

void TestFeedbackPage::filtersNarrowTheLog()
{
    chooseByKeyboard(page()->voiceFilter(), QStringLiteral("Parent or carer"));
    // Three seeds of the twelve are a parent's or carer's, each twice in the 24.
    QCOMPARE(view()->model()->rowCount(), 6);
    for (int r = 0; r < view()->model()->rowCount(); ++r)
        QCOMPARE(view()->model()->index(r, FeedbackModel::Voice).data().toString(), QStringLiteral("Parent or carer"));
    chooseByKeyboard(page()->themeFilter(), QStringLiteral("Timeliness"));
    QCOMPARE(view()->model()->rowCount(), 2);
    for (int r = 0; r < view()->model()->rowCount(); ++r)
        QVERIFY(
            view()->model()->index(r, FeedbackModel::Themes).data().toString().contains(QStringLiteral("Timeliness")));
    chooseByKeyboard(page()->themeFilter(), QStringLiteral("Any theme"));
    chooseByKeyboard(page()->voiceFilter(), QStringLiteral("Every voice"));
    QCOMPARE(view()->model()->rowCount(), 24);
    // 2026/27 holds the eight newest (hand-worked in tst_feedbackverb).
    chooseByKeyboard(page()->yearFilter(), QStringLiteral("2026/27"));
    QCOMPARE(view()->model()->rowCount(), 8);
    chooseByKeyboard(page()->agencyFilter(), QStringLiteral("Westmere and Fenholt Police"));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(view()->model()->index(0, FeedbackModel::AgencyColumn).data().toString(),
             QStringLiteral("Westmere and Fenholt Police"));
}

void TestFeedbackPage::entryTypedInWithLinksIsOneStep()
{
    const size_t before = workspace()->items<Feedback>().size();
    const int undoBefore = workspace()->undoStack()->count();
    bool typed = false;
    test::whenModal<FeedbackDialog>([&typed](FeedbackDialog *dialog) {
        Ui::FeedbackDialog *form = dialog->form();
        QPushButton *ok = form->buttonBox->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no summary yet
        // The date typed section by section, as the keyboard moves through it.
        form->dateEdit->setFocus();
        const std::pair<QDateTimeEdit::Section, const char *> sections[] = {{QDateTimeEdit::DaySection, "03"},
                                                                            {QDateTimeEdit::MonthSection, "11"},
                                                                            {QDateTimeEdit::YearSection, "2026"}};
        for (const auto &[section, digits] : sections) {
            form->dateEdit->setSelectedSection(section);
            QTest::keyClicks(form->dateEdit, QString::fromLatin1(digits));
        }
        QCOMPARE(form->dateEdit->date(), QDate(2026, 11, 3));
        form->voiceCombo->setFocus();
        QTest::keyClick(form->voiceCombo, Qt::Key_Down); // Parent or carer
        form->methodCombo->setFocus();
        QTest::keyClick(form->methodCombo, Qt::Key_Down); // Focus group
        QTest::keyClicks(form->summaryEdit, QStringLiteral("Parents said letters about meetings came too late."));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(form->changedEdit, QStringLiteral("Invitations go out ten working days ahead."));
        LinkPicker *themes = dialog->themePicker();
        QTest::keyClicks(themes->searchEdit(), QStringLiteral("kept informed"));
        QCOMPARE(themes->view()->model()->rowCount(), 1);
        clickCell(themes->view(), themes->view()->model()->index(0, 0));
        QTest::keyClick(themes->view(), Qt::Key_Space);
        LinkPicker *actions = dialog->actionPicker();
        QTest::keyClicks(actions->searchEdit(), QStringLiteral("Escalation policy"));
        clickCell(actions->view(), actions->view()->model()->index(0, 0));
        QTest::keyClick(actions->view(), Qt::Key_Space);
        QCOMPARE(actions->checkedIds().size(), 1);
        QVERIFY(test::saveShot(dialog, QStringLiteral("feedback-dialog")));
        typed = true;
        ok->click();
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Add")))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(typed);
    QCOMPARE(workspace()->items<Feedback>().size(), before + 1);
    const qint64 id = page()->shownId();
    const Feedback *added = workspace()->items<Feedback>().find(id);
    QVERIFY(added);
    QCOMPARE(added->summary, QStringLiteral("Parents said letters about meetings came too late."));
    QCOMPARE(added->date, QDate(2026, 11, 3));
    QCOMPARE(added->voice, FeedbackVoice::ParentOrCarer);
    QCOMPARE(added->method, FeedbackMethod::FocusGroup);
    QVERIFY2(page()->detailText().contains(QStringLiteral("Being kept informed")), qPrintable(page()->detailText()));
    QVERIFY2(page()->detailText().contains(QStringLiteral("Escalation policy relaunched")),
             qPrintable(page()->detailText()));
    // The entry and its two links were one step: one undo takes all three away.
    QCOMPARE(workspace()->undoStack()->count(), undoBefore + 1);
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Feedback>().size(), before);
    QVERIFY(FeedbackEdits(*workspace()).linksOf(id).themeIds.isEmpty());
    QVERIFY(FeedbackEdits(*workspace()).linksOf(id).actionIds.isEmpty());
}

void TestFeedbackPage::youSaidWeDid()
{
    QTest::mouseClick(page()->tabs()->tabBar(), Qt::LeftButton, Qt::NoModifier,
                      page()->tabs()->tabBar()->tabRect(1).center());
    YouSaidPanel *panel = page()->youSaid();
    QVERIFY(panel->isVisible());
    // Of the 24, the newest round of the seven seeds with an action was acted on.
    QVERIFY2(panel->text().contains(QStringLiteral("Care leavers are given a health passport")),
             qPrintable(panel->text()));
    chooseByKeyboard(panel->voiceFilter(), QStringLiteral("Partner agency"));
    QVERIFY2(panel->text().contains(QStringLiteral("notifications to schools arrive after")),
             qPrintable(panel->text()));
    QVERIFY(!panel->text().contains(QStringLiteral("Care leavers")));
    QVERIFY(test::saveShot(page(), QStringLiteral("feedback-you-said-we-did")));
    // A click on the action's reference asks for that action.
    const Action *joint = nullptr;
    for (const Action &a : workspace()->items<Action>())
        if (a.title == QStringLiteral("Police and children's services joint visits"))
            joint = &a;
    QVERIFY(joint);
    QTextBrowser *browser = panel->browser();
    const QTextCursor found = browser->document()->find(joint->ref);
    QVERIFY(!found.isNull());
    QTextCursor inside(browser->document());
    inside.setPosition(found.selectionStart() + 1);
    QSignalSpy asked(page(), &Page::linkRequested);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, browser->cursorRect(inside).center());
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toUrl(), PageLink::action(joint->id));
}

void TestFeedbackPage::importPreviewedFirst()
{
    const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(test::writeFile(csv, "date,voice,method,agency,themes,summary\n"
                                 "2026-10-01,practitioner,workshop,,Timeliness,Referrals wait a week for a reply\n"
                                 "30/02/2026,practitioner,workshop,,,Said something\n"));
    const size_t before = workspace()->items<Feedback>().size();
    bool previewed = false;
    test::whenModal<FeedbackImportDialog>([&previewed](FeedbackImportDialog *dialog) {
        QCOMPARE(dialog->preview()->rowCount(), 2);
        QCOMPARE(dialog->preview()->item(1, 5)->text(),
                 QStringLiteral("date: “30/02/2026” is not a date (YYYY-MM-DD or DD/MM/YYYY)"));
        QVERIFY2(dialog->summary().endsWith(QStringLiteral("1 new, 0 already in the log, 1 rejected.")),
                 qPrintable(dialog->summary()));
        QVERIFY(test::saveShot(dialog, QStringLiteral("feedback-import")));
        previewed = true;
        dialog->importButton()->click();
    });
    page()->importFile(csv);
    QVERIFY(previewed);
    QCOMPARE(workspace()->items<Feedback>().size(), before + 1);
    QTest::keyClicks(page()->table()->searchEdit(), QStringLiteral("wait a week"));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(view()->model()->index(0, FeedbackModel::Themes).data().toString(), QStringLiteral("Timeliness"));
    workspace()->undoStack()->undo();
    QCOMPARE(view()->model()->rowCount(), 0);
}

QTEST_MAIN(TestFeedbackPage)
#include "tst_feedbackpage.moc"
