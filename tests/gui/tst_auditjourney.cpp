// One audit from plan to action across the pages of the main window, on the small demo, driven as
// the QA sub-group chair drives it: a due occurrence clicked in the programme's table and an audit
// planned for it; Open audit lands on it in the Audits page; a sample drawn from pasted candidates;
// two cases graded with the keyboard alone, the second moderated; a finding added; Create action
// on it opens the action editor on the Actions page, answering that finding, and the action saved.
#include "core/actions/action.h"
#include "core/audits/programme.h"
#include "gui/actions/actiondialog.h"
#include "gui/audits/auditspage.h"
#include "gui/audits/caseform.h"
#include "gui/audits/casespanel.h"
#include "gui/audits/choicefield.h"
#include "gui/audits/findingdialogs.h"
#include "gui/audits/findingspanel.h"
#include "gui/audits/occurrencedialogs.h"
#include "gui/audits/programmepage.h"
#include "gui/audits/sampledialog.h"
#include "models/audits/programmemodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "ui_programmepageform.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

namespace {

// A key pressed where the keyboard's focus is, as a person types.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key(key), modifiers);
}

void typeText(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClicks(w, text);
}

// Tab pressed until the keyboard is on target; fails if it never gets there.
void tabTo(QWidget *target)
{
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

template <class W> W *named(QWidget *in, const char *name)
{
    W *w = in->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void clickTab(QTabWidget *tabs, QWidget *tab)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tabs->indexOf(tab)).center());
    QCOMPARE(tabs->currentWidget(), tab);
}

} // namespace

class TestAuditJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup() { m_demo.window.reset(); }
    void programmeToAction();

private:
    template <class P> P *page(const char *id) const
    {
        return qobject_cast<P *>(m_demo.window->page(QString::fromLatin1(id)));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    // The window active again, as it is once a dialog closes (this platform leaves none active).
    void activate() const
    {
        QApplication::setActiveWindow(m_demo.window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
    }
    const AuditCase *caseOf(qint64 auditId, const QString &ref) const;

    test::DemoWindow m_demo;
};

void TestAuditJourney::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("programme"));
    auto *programme = page<ProgrammePage>("programme");
    QVERIFY(programme);
    programme->setAsOf(QDate(2026, 11, 22)); // the demo's own day
    programme->selectYear(2026);
    page<AuditsPage>("audits")->findings()->setAsOf(QDate(2026, 11, 22));
}

const AuditCase *TestAuditJourney::caseOf(qint64 auditId, const QString &ref) const
{
    for (const AuditCase &c : workspace()->items<AuditCase>())
        if (c.auditId == auditId && c.ref == ref)
            return &c;
    return nullptr;
}

void TestAuditJourney::programmeToAction()
{
    // 1. The programme: a due occurrence with no audit, clicked in the table (sorted by due month,
    // as a user sorts it), and an audit planned for it.
    auto *programme = page<ProgrammePage>("programme");
    QTableView *occurrences = programme->tableView();
    occurrences->sortByColumn(ProgrammeModel::DueMonth, Qt::DescendingOrder);
    const QAbstractItemModel *shown = occurrences->model();
    int row = -1;
    for (int r = 0; r < shown->rowCount() && row < 0; ++r) {
        const QModelIndex status = shown->index(r, ProgrammeModel::StatusColumn);
        if (status.data(ProgrammeModel::StatusRole).toInt() == int(OccurrenceStatus::Due) &&
            status.data(ProgrammeModel::AuditIdRole).toLongLong() == 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString subject = shown->index(row, ProgrammeModel::Subject).data().toString();
    clickCell(occurrences, shown->index(row, ProgrammeModel::DueMonth));
    QVERIFY(programme->form()->planButton->isEnabled());
    test::whenModal<PlanAuditDialog>([](PlanAuditDialog *dialog) {
        QComboBox *type = dialog->typeCombo();
        type->setCurrentIndex(type->findData(int(AuditType::MultiAgencyCaseAudit)));
        clickOk(dialog);
    });
    QTest::mouseClick(programme->form()->planButton, Qt::LeftButton);
    const Audit planned = workspace()->items<Audit>().items().back();
    QCOMPARE(planned.title, subject);
    QCOMPARE(planned.type, AuditType::MultiAgencyCaseAudit);
    QCOMPARE(occurrences->currentIndex().data(ProgrammeModel::AuditIdRole).toLongLong(), planned.id);

    // 2. Open audit: the Audits page shows it.
    QTest::mouseClick(programme->form()->openAuditButton, Qt::LeftButton);
    auto *audits = page<AuditsPage>("audits");
    QVERIFY(audits->isVisible());
    QCOMPARE(audits->shownAuditId(), planned.id);
    QVERIFY2(audits->auditTitle().contains(planned.title), qPrintable(audits->auditTitle()));

    // 3. A sample of four drawn from eight pasted case references, with a seed typed.
    test::whenModal<SampleDialog>([](SampleDialog *dialog) {
        auto *candidates = named<QPlainTextEdit>(dialog, "candidatesEdit");
        QTest::mouseClick(candidates->viewport(), Qt::LeftButton);
        QApplication::clipboard()->setText(QStringLiteral("W-101\nW-102\nW-103\nW-104\nW-105\nW-106\nW-107\nW-108"));
        QTest::keyClick(candidates, Qt::Key_V, Qt::ControlModifier);
        for (const auto &[edit, text] : {std::pair{"sizeEdit", "4"}, std::pair{"seedEdit", "2026"}}) {
            auto *line = named<QLineEdit>(dialog, edit);
            QTest::mouseClick(line, Qt::LeftButton);
            QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(line, QString::fromLatin1(text));
        }
        QTest::mouseClick(named<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
        QCOMPARE(dialog->previewed().size(), 4);
        for (QAbstractButton *b : named<QDialogButtonBox>(dialog, "buttonBox")->buttons())
            if (b->text() == QStringLiteral("&Add to audit"))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(named<QPushButton>(audits, "sampleButton"), Qt::LeftButton);
    QStringList drawn;
    for (const AuditCase &c : workspace()->items<AuditCase>())
        if (c.auditId == planned.id)
            drawn << c.ref;
    QCOMPARE(drawn.size(), 4);
    activate();
    QCOMPARE(workspace()->items<Audit>().find(planned.id)->samplingSeed, QStringLiteral("2026"));

    // 4. The Cases tab: the first case clicked open. Graded with the keyboard: an answer, the
    // overall grade by its key, strengths, then Ctrl+Return; the next case opens.
    auto *cases = audits->findChild<CasesPanel *>();
    QVERIFY(cases);
    clickTab(audits->tabs(), cases);
    QTableView *caseTable = cases->table();
    QCOMPARE(caseTable->model()->rowCount(), 4);
    const QString first = caseTable->model()->index(0, 0).data().toString();
    clickCell(caseTable, caseTable->model()->index(0, 0));
    const AuditCase *opened = workspace()->items<AuditCase>().find(cases->shownCaseId());
    QVERIFY(opened);
    QCOMPARE(opened->ref, first);
    CaseForm *form = cases->form();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->fieldsInOrder().value(0));
    typeText(QStringLiteral("y"));
    tabTo(form->gradeField());
    typeText(QStringLiteral("2")); // Good
    press(Qt::Key_Tab);
    typeText(QStringLiteral("Chronology kept throughout"));
    press(Qt::Key_Return, Qt::ControlModifier);
    const AuditCase *one = caseOf(planned.id, first);
    QVERIFY(one);
    QCOMPARE(one->grade, QStringLiteral("good"));
    QCOMPARE(one->strengths, QStringLiteral("Chronology kept throughout"));
    const int firstRow = rowWithText(caseTable, 0, first);
    QCOMPARE(caseTable->model()->index(firstRow, 1).data().toString(), QStringLiteral("Good"));

    // The second, moderated: graded Requires improvement, a second auditor's Good, agreed Requires
    // improvement.
    const AuditCase *next = workspace()->items<AuditCase>().find(cases->shownCaseId());
    QVERIFY(next);
    const QString second = next->ref;
    QVERIFY(second != first);
    QCOMPARE(QApplication::focusWidget(), form->fieldsInOrder().value(0));
    tabTo(form->gradeField());
    typeText(QStringLiteral("r"));
    tabTo(form->secondGradeField());
    typeText(QStringLiteral("g"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("r")); // the agreed grade
    press(Qt::Key_Return, Qt::ControlModifier);
    const AuditCase *two = caseOf(planned.id, second);
    QVERIFY(two);
    QCOMPARE(two->grade, QStringLiteral("requires_improvement"));
    QCOMPARE(two->secondGrade, QStringLiteral("good"));
    QCOMPARE(two->agreedGrade, QStringLiteral("requires_improvement"));
    const int secondRow = rowWithText(caseTable, 0, second);
    QCOMPARE(caseTable->model()->index(secondRow, 1).data().toString(), QStringLiteral("Requires improvement"));
    QCOMPARE(caseTable->model()->index(secondRow, 2).data().toString(), QStringLiteral("Good"));
    QCOMPARE(caseTable->model()->index(secondRow, 4).data().toString(), QStringLiteral("Agreed"));

    // 5. A finding, typed into its dialog.
    FindingsPanel *findings = audits->findings();
    clickTab(audits->tabs(), findings);
    const QString text = QStringLiteral("Fathers were rarely seen or assessed");
    test::whenModal<FindingDialog>([&text](FindingDialog *dialog) {
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(FindingKind::AreaForImprovement)));
        QTest::mouseClick(dialog->textEdit()->viewport(), Qt::LeftButton);
        QTest::keyClicks(dialog->textEdit(), text);
        clickOk(dialog);
    });
    QTest::mouseClick(named<QPushButton>(findings, "addFindingButton"), Qt::LeftButton);
    const Finding finding = workspace()->items<Finding>().items().back();
    QCOMPARE(finding.text, text);
    QCOMPARE(finding.auditId, planned.id);

    // 6. Create action on it: the Actions page's editor opens answering that finding; saved.
    QTreeWidget *tree = findings->findingsTree();
    QTreeWidgetItem *item = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(item).center());
    const int actions = workspace()->items<Action>().size();
    bool editorSeen = false;
    // What the user sees in the editor, then a title typed and OK clicked.
    const auto fill = [&](ActionDialog *dialog) {
        QVERIFY(m_demo.window->page(QStringLiteral("actions"))->isVisible());
        auto *source = named<QComboBox>(dialog, "sourceCombo");
        QCOMPARE(source->currentText(), actionSourceLabel(ActionSource::Finding));
        const QString answers = named<QLabel>(dialog, "sourceNameLabel")->text();
        QVERIFY2(answers.contains(planned.ref) && answers.contains(text), qPrintable(answers));
        auto *title = named<QLineEdit>(dialog, "titleEdit");
        QCOMPARE(title->text(), text); // offered the finding's words, to be put as an action
        QTest::mouseClick(title, Qt::LeftButton);
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Invite fathers to every core group"));
        clickOk(dialog);
    };
    // The page opens its editor once the link has been followed: watched for, not waited on (a
    // wait begun before it opens would sit under its exec()). Closed whatever happens.
    QTimer watch;
    connect(&watch, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        if (!dialog || editorSeen)
            return;
        editorSeen = true;
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    watch.start(20);
    QTest::mouseClick(named<QPushButton>(findings, "createActionButton"), Qt::LeftButton);
    QTRY_VERIFY(editorSeen);
    QTRY_COMPARE(workspace()->items<Action>().size(), actions + 1);
    const Action added = workspace()->items<Action>().items().back();
    QCOMPARE(added.title, QStringLiteral("Invite fathers to every core group"));
    QCOMPARE(added.sourceKind, ActionSource::Finding);
    QCOMPARE(added.sourceId, finding.id);
}

QTEST_MAIN(TestAuditJourney)
#include "tst_auditjourney.moc"
