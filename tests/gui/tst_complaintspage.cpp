// The Complaints page on the demo board (issue 19, part 2): the model passes Qt's tester; the pane
// follows each row clicked in the sorted table; the filters chosen from the keyboard narrow the
// table; an entry typed in with its action is one undoable step, and a name in its learning is
// caught before it is saved; the board's target re-times the table; the page's import previews
// before it writes; and the Figures tab gives the year's figures.
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/privacy/privacycheck.h"
#include "gui/risks/linkpicker.h"
#include "gui/voices/complaintdialog.h"
#include "gui/voices/complaintfiguresview.h"
#include "gui/voices/complaintimportdialog.h"
#include "gui/voices/complaintsettingsdialog.h"
#include "gui/voices/complaintspage.h"
#include "models/searchproxymodel.h"
#include "models/voices/complaintmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/filebytes.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_complaintdialog.h"
#include "ui_complaintsettingsdialog.h"
#include "workspace/voices/complaintedits.h"
#include "workspace/voices/complaintyear.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

namespace {

const QDate kAsOf(2026, 11, 22);

// Chooses an item of a combo box with the arrow keys, as a keyboard user does (a space would open
// its list); false when the item is not there.
bool chooseByKeys(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

// Types a date into a date box section by section, as the keyboard does it.
void typeDate(QDateEdit *edit, const QDate &day)
{
    edit->setFocus();
    const std::pair<QDateTimeEdit::Section, QString> parts[] = {
        {QDateTimeEdit::DaySection, QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'))},
        {QDateTimeEdit::MonthSection, QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0'))},
        {QDateTimeEdit::YearSection, QString::number(day.year())}};
    for (const auto &[section, digits] : parts) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

class TestComplaintsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void paneFollowsEachClickInSortedTable();
    void filtersFromTheKeyboard();
    void entryTypedInWithActionIsOneStep();
    void nameInLearningIsCaught();
    void targetRetimesTheTable();
    void importPreviewsFirst();
    void figuresOfTheYear();

private:
    ComplaintsPage *page() const
    {
        return qobject_cast<ComplaintsPage *>(m_demo.window->page(QStringLiteral("complaints")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    QTableView *view() const { return page()->table()->view(); }
    const Complaint *entry(const QString &reference) const
    {
        for (const Complaint &c : workspace()->items<Complaint>())
            if (c.reference == reference)
                return &c;
        return nullptr;
    }
    QStringList shown(int column) const
    {
        QStringList out;
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            out << view()->model()->index(r, column).data().toString();
        return out;
    }
    QPushButton *addButton() const
    {
        for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Add")))
                return b;
        return nullptr;
    }
    test::DemoWindow m_demo;
};

void TestComplaintsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("complaints"));
    QVERIFY(page());
    page()->setAsOf(kAsOf); // the demo's own day
}

void TestComplaintsPage::cleanup()
{
    m_demo.window.reset();
}

void TestComplaintsPage::modelPassesTester()
{
    ComplaintModel model(workspace());
    model.setAsOf(kAsOf);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 96);
    QCOMPARE(model.columnCount(), int(ComplaintModel::ColumnCount));
    // Every answered row's days are the working days between its dates, and its word follows the target.
    const WorkingDays days = boardWorkingDays(*workspace());
    for (int r = 0; r < model.rowCount(); ++r) {
        const Complaint &c = model.itemAt(r);
        if (!c.responded.isValid())
            continue;
        const int taken = days.between(c.received, c.responded);
        QCOMPARE(model.index(r, ComplaintModel::Days).data().toString(), QString::number(taken));
        QCOMPARE(model.index(r, ComplaintModel::TimelinessColumn).data().toString(),
                 taken <= 20 ? QStringLiteral("In time") : QStringLiteral("Late"));
    }
    // An edit and its undo reach the model, still passing the testers.
    Complaint edited = model.itemAt(0);
    edited.responded = QDate();
    edited.outcome = ComplaintOutcome::None;
    QString error;
    QVERIFY2(ComplaintEdits(*workspace()).save(edited, ComplaintEdits(*workspace()).actionsOf(edited.id), &error),
             qPrintable(error));
    QCOMPARE(model.index(0, ComplaintModel::Days).data().toString(), QString());
    workspace()->undoStack()->undo();
    QVERIFY(model.itemAt(0).responded.isValid());
}

void TestComplaintsPage::paneFollowsEachClickInSortedTable()
{
    // Sorted by days taken, longest first: a click on the header, twice if need be.
    QHeaderView *header = view()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(ComplaintModel::Days) + 10, 5);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    const int top = view()->model()->index(0, ComplaintModel::Days).data().toInt();
    QVERIFY(top > 20);
    // The first, a middle and the last row, each clicked on a different column.
    const int last = view()->model()->rowCount() - 1;
    for (const auto &[row, column] : {std::pair{0, int(ComplaintModel::Theme)}, std::pair{last / 2, 1},
                                      std::pair{last, int(ComplaintModel::AgencyColumn)}}) {
        const QString reference = view()->model()->index(row, ComplaintModel::Reference).data().toString();
        clickCell(view(), view()->model()->index(row, column));
        const Complaint *c = entry(reference);
        QVERIFY(c);
        QCOMPARE(page()->shownId(), c->id);
        QVERIFY2(page()->detailText().startsWith(reference), qPrintable(page()->detailText()));
    }
    QVERIFY(test::saveShot(page(), QStringLiteral("complaints-page")));
}

void TestComplaintsPage::filtersFromTheKeyboard()
{
    const int all = view()->model()->rowCount();
    // The kind chosen by typing its first letters, as a keyboard user does.
    page()->kindFilter()->setFocus();
    QTest::keyClicks(page()->kindFilter(), QStringLiteral("Compli"));
    QCOMPARE(page()->kindFilter()->currentText(), QStringLiteral("Compliment"));
    int compliments = 0;
    for (const Complaint &c : workspace()->items<Complaint>())
        compliments += c.kind == ComplaintKind::Compliment;
    QCOMPARE(view()->model()->rowCount(), compliments);
    for (const QString &kind : shown(ComplaintModel::KindColumn))
        QCOMPARE(kind, QStringLiteral("Compliment"));
    // Late ones only, of any kind: each took more than the 20 working days.
    QTest::mouseClick(page()->showAllButton(), Qt::LeftButton);
    QCOMPARE(view()->model()->rowCount(), all);
    page()->timelinessFilter()->setFocus();
    QTest::keyClicks(page()->timelinessFilter(), QStringLiteral("La"));
    QCOMPARE(page()->timelinessFilter()->currentText(), QStringLiteral("Late"));
    QVERIFY(view()->model()->rowCount() > 0);
    for (const QString &days : shown(ComplaintModel::Days))
        QVERIFY2(days.toInt() > 20, qPrintable(days));
    // And of one agency: the search box narrows them further.
    QVERIFY(chooseByKeys(page()->agencyFilter(), QStringLiteral("Westmere Mental Health Partnership NHS Trust")));
    for (const QString &agency : shown(ComplaintModel::AgencyColumn))
        QCOMPARE(agency, QStringLiteral("Westmere Mental Health Partnership NHS Trust"));
    QTest::keyClicks(page()->table()->searchEdit(), QStringLiteral("no-such-reference"));
    QCOMPARE(view()->model()->rowCount(), 0);
    QTest::mouseClick(page()->showAllButton(), Qt::LeftButton);
    QCOMPARE(view()->model()->rowCount(), all);
}

void TestComplaintsPage::entryTypedInWithActionIsOneStep()
{
    const int before = workspace()->items<Complaint>().size();
    const int undoBefore = workspace()->undoStack()->count();
    bool typed = false;
    test::whenModal<ComplaintDialog>([&typed](ComplaintDialog *dialog) {
        Ui::ComplaintDialog *form = dialog->form();
        QTest::keyClicks(form->refEdit, QStringLiteral("CSC-2026-900"));
        QVERIFY(chooseByKeys(form->agencyCombo, QStringLiteral("Westmere and Fenholt Police")));
        // Received Tue 1 Dec 2026, answered Thu 31 Dec: 20 working days over Christmas.
        typeDate(form->receivedEdit, QDate(2026, 12, 1));
        QCOMPARE(form->receivedEdit->date(), QDate(2026, 12, 1));
        QTest::keyClick(form->respondedCheck, Qt::Key_Space);
        typeDate(form->respondedEdit, QDate(2026, 12, 31));
        QVERIFY2(form->timingLabel->text().startsWith(QStringLiteral("20 working days: In time")),
                 qPrintable(form->timingLabel->text()));
        QTest::keyClicks(form->themeCombo->lineEdit(), QStringLiteral("Joint visits"));
        QVERIFY(chooseByKeys(form->outcomeCombo, QStringLiteral("Partly upheld")));
        QTest::keyClicks(form->learningEdit, QStringLiteral("Visits are now planned with the family."));
        LinkPicker *actions = dialog->actionPicker();
        QTest::keyClicks(actions->searchEdit(), QStringLiteral("joint visits"));
        QCOMPARE(actions->view()->model()->rowCount(), 1);
        clickCell(actions->view(), actions->view()->model()->index(0, 0));
        QTest::keyClick(actions->view(), Qt::Key_Space);
        QCOMPARE(actions->checkedIds().size(), 1);
        QVERIFY(test::saveShot(dialog, QStringLiteral("complaint-dialog")));
        typed = true;
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(addButton());
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QVERIFY(typed);
    QCOMPARE(workspace()->items<Complaint>().size(), before + 1);
    const Complaint *added = entry(QStringLiteral("CSC-2026-900"));
    QVERIFY(added);
    QCOMPARE(added->received, QDate(2026, 12, 1));
    QCOMPARE(added->responded, QDate(2026, 12, 31));
    QCOMPARE(added->outcome, ComplaintOutcome::PartlyUpheld);
    QCOMPARE(added->stage, ComplaintStage::LocalResolution);
    QCOMPARE(added->theme, QStringLiteral("Joint visits"));
    // The new entry is chosen; its row and pane say what the user typed.
    QCOMPARE(page()->shownId(), added->id);
    const int row = rowWithText(view(), ComplaintModel::Reference, QStringLiteral("CSC-2026-900"));
    QVERIFY(row >= 0);
    QCOMPARE(view()->model()->index(row, ComplaintModel::Days).data().toString(), QStringLiteral("20"));
    QCOMPARE(view()->model()->index(row, ComplaintModel::TimelinessColumn).data().toString(),
             QStringLiteral("In time"));
    QVERIFY2(page()->detailText().contains(QStringLiteral("Police and children's services joint visits")),
             qPrintable(page()->detailText()));
    // The entry and its link were one step: one undo takes both away.
    QCOMPARE(workspace()->undoStack()->count(), undoBefore + 1);
    const qint64 id = added->id;
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Complaint>().size(), before);
    QVERIFY(ComplaintEdits(*workspace()).actionsOf(id).isEmpty());
}

void TestComplaintsPage::nameInLearningIsCaught()
{
    const int before = workspace()->items<Complaint>().size();
    bool checked = false;
    test::whenModal<ComplaintDialog>([&checked](ComplaintDialog *dialog) {
        Ui::ComplaintDialog *form = dialog->form();
        QTest::keyClicks(form->refEdit, QStringLiteral("CSC-2026-901"));
        QVERIFY(chooseByKeys(form->agencyCombo, QStringLiteral("Westmere and Fenholt Police")));
        QTest::keyClicks(form->learningEdit, QStringLiteral("Mrs Okafor was not told of the outcome."));
        test::whenModal<PrivacyCheck>([&checked](PrivacyCheck *check) {
            checked = true;
            const QString text = check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("Mrs Okafor")), qPrintable(text));
            for (QPushButton *b : check->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("&Go back and correct"))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
        // Back in the editor, nothing saved; the user gives up.
        QTRY_VERIFY(dialog->isVisible());
        form->buttonBox->button(QDialogButtonBox::Cancel)->click();
    });
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(workspace()->items<Complaint>().size(), before);
}

void TestComplaintsPage::targetRetimesTheTable()
{
    // The demo's entry that took most days and was still in time goes late with a target of 10.
    int row = -1;
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        const int days = view()->model()->index(r, ComplaintModel::Days).data().toString().toInt();
        if (days > 10 && days <= 20)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString reference = view()->model()->index(row, ComplaintModel::Reference).data().toString();
    const auto timeliness = [&] {
        const int r = rowWithText(view(), ComplaintModel::Reference, reference);
        return view()->model()->index(r, ComplaintModel::TimelinessColumn).data().toString();
    };
    QCOMPARE(timeliness(), QStringLiteral("In time"));
    test::whenModal<ComplaintSettingsDialog>([](ComplaintSettingsDialog *dialog) {
        Ui::ComplaintSettingsDialog *form = dialog->form();
        QCOMPARE(form->holidayTable->rowCount(), 1); // the demo's council closure
        form->targetSpin->setFocus();
        form->targetSpin->selectAll();
        QTest::keyClicks(form->targetSpin, QStringLiteral("10"));
        QVERIFY(test::saveShot(dialog, QStringLiteral("complaint-settings")));
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(page()->settingsButton(), Qt::LeftButton);
    QCOMPARE(workspace()->items<ComplaintSettings>().value().targetDays, 10);
    QCOMPARE(timeliness(), QStringLiteral("Late"));
    workspace()->undoStack()->undo();
    QCOMPARE(timeliness(), QStringLiteral("In time"));
}

void TestComplaintsPage::importPreviewsFirst()
{
    const QString csv = m_demo.dir->filePath(QStringLiteral("complaints.csv"));
    QVERIFY(test::writeFile(csv, "ref,received,agency,kind,theme,outcome,responded,learning\n"
                                 "IMP-1,2026-10-01,Westmere and Fenholt Police,complaint,Delay,upheld,2026-10-05,\n"
                                 "IMP-2,2026-10-01,Nowhere Police,complaint,,,,\n"));
    const int before = workspace()->items<Complaint>().size();
    bool previewed = false;
    test::whenModal<ComplaintImportDialog>([&previewed](ComplaintImportDialog *dialog) {
        previewed = true;
        QCOMPARE(dialog->preview()->rowCount(), 2);
        QVERIFY2(dialog->summary()->text().startsWith(QStringLiteral("2 rows: 1 new, 0 changed, 0 already recorded, 1 "
                                                                     "rejected.")),
                 qPrintable(dialog->summary()->text()));
        QVERIFY(dialog->preview()->item(1, 7)->text().startsWith(
            QStringLiteral("Rejected: agency: “Nowhere Police” is not an agency of this board")));
        QVERIFY(test::saveShot(dialog, QStringLiteral("complaint-import")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    });
    page()->importFile(csv);
    QVERIFY(previewed);
    QCOMPARE(workspace()->items<Complaint>().size(), before + 1);
    QVERIFY(entry(QStringLiteral("IMP-1")));
    QVERIFY(rowWithText(view(), ComplaintModel::Reference, QStringLiteral("IMP-1")) >= 0);
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Complaint>().size(), before);
}

void TestComplaintsPage::figuresOfTheYear()
{
    QTest::keyClick(page()->tabs(), Qt::Key_F, Qt::AltModifier);
    QCOMPARE(page()->tabs()->currentWidget(), page()->figures());
    QCOMPARE(page()->figures()->yearCombo()->currentText(), QStringLiteral("2026/27"));
    const ComplaintYear year = complaintYear(*workspace(), 2026, kAsOf);
    const QString text = page()->figures()->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("2026/27, received to 22 Nov 2026")), qPrintable(text));
    // The year's column of the first row is the count the command line gives.
    const QString received = QStringLiteral("Received\n%1\n%2\n%3\n%4\n%5")
                                 .arg(year.byQuarter[0].received)
                                 .arg(year.byQuarter[1].received)
                                 .arg(year.byQuarter[2].received)
                                 .arg(year.byQuarter[3].received)
                                 .arg(year.total.received);
    QVERIFY2(text.contains(received), qPrintable(text));
    QCOMPARE(year.total.received, 37);
    QCOMPARE(year.byQuarter[3].received, 0); // Q4 has not begun
    QVERIFY(!year.learning.isEmpty());
    QVERIFY2(text.contains(year.learning.first().learning), qPrintable(text));
    QVERIFY(test::saveShot(page(), QStringLiteral("complaints-figures")));
    // The year before is offered too.
    page()->figures()->yearCombo()->setFocus();
    QTest::keyClick(page()->figures()->yearCombo(), Qt::Key_Down);
    QCOMPARE(page()->figures()->yearCombo()->currentText(), QStringLiteral("2025/26"));
    QVERIFY(page()->figures()->browser()->toPlainText().contains(QStringLiteral("2025/26, received to 31 Mar 2026")));
}

QTEST_MAIN(TestComplaintsPage)
#include "tst_complaintspage.moc"
