// The Audit programme page on the demo board, driven as a user drives it: a due cell of the
// calendar clicked with the mouse and an audit planned from it (stored, linked, opened, and undone
// in one step); a skip refused without a reason and taken with one; a move to another month shown
// in both views; each undone to the board as it was; the table and the calendar agree, through
// their filters; a link opens a year's overdue occurrences; entries added and deleted; the last
// view remembered; an occurrence marked done by an audit and reopened; every button reached by its
// Alt+letter, no letter used twice; screenshots of the table and the calendar.
#include "core/valueformat.h"
#include "gui/audits/occurrencedialogs.h"
#include "gui/audits/programmeentrydialog.h"
#include "gui/audits/programmepage.h"
#include "gui/mainwindow.h"
#include "gui/pagelink.h"
#include "models/audits/programmecalendarmodel.h"
#include "models/audits/programmemodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_programmeentrydialog.h"
#include "ui_programmepageform.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace assure;
using assure::test::clickCell;

class TestProgrammePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_demo.window.reset(); }
    void planAuditFromACalendarCell();
    void skipNeedsAReason();
    void moveShowsInBothViews();
    void markDoneByAnAuditThenReopen();
    void tableAndCalendarAgree();
    void linkOpensTheYearsOverdue();
    void entryAddedAndDeleted();
    void lastViewIsRemembered();
    void everyButtonByItsMnemonic();
    void screenshots();

private:
    ProgrammePage *page() const
    {
        return qobject_cast<ProgrammePage *>(m_demo.window->page(QStringLiteral("programme")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    void showCalendar();
    // The calendar's first cell (in the view's own order) of an open occurrence of this status
    // with no audit linked, before the year's last month; invalid when there is none.
    QModelIndex calendarCell(OccurrenceStatus status) const;
    // Every cell of the calendar as the user reads it, row by row.
    QStringList calendarText() const;
    QStringList tableText() const;
    static void clickOk(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    }

    test::DemoWindow m_demo;
};

void TestProgrammePage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("programme"));
    QVERIFY(page());
    page()->setAsOf(QDate(2026, 11, 22)); // the demo's own day
    page()->selectYear(2026);
}

void TestProgrammePage::showCalendar()
{
    QRadioButton *button = page()->form()->calendarButton;
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
    QVERIFY(page()->calendarView()->isVisible());
}

QModelIndex TestProgrammePage::calendarCell(OccurrenceStatus status) const
{
    const QAbstractItemModel *model = page()->calendarView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = ProgrammeCalendarModel::FirstMonth; c < model->columnCount() - 1; ++c) {
            const QModelIndex cell = model->index(r, c);
            if (cell.data(ProgrammeModel::StatusColourRole).isValid() &&
                cell.data(ProgrammeModel::StatusRole).toInt() == int(status) &&
                cell.data(ProgrammeModel::AuditIdRole).toLongLong() == 0)
                return cell;
        }
    return {};
}

QStringList TestProgrammePage::calendarText() const
{
    QStringList out;
    const QAbstractItemModel *model = page()->calendarModel();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            out << model->index(r, c).data().toString();
    return out;
}

QStringList TestProgrammePage::tableText() const
{
    QStringList out;
    const QAbstractItemModel *model = page()->tableModel();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            out << model->index(r, c).data().toString();
    return out;
}

void TestProgrammePage::planAuditFromACalendarCell()
{
    showCalendar();
    QTableView *view = page()->calendarView();
    const QModelIndex cell = calendarCell(OccurrenceStatus::Due);
    QVERIFY(cell.isValid());
    const qint64 entryId = cell.data(ProgrammeModel::EntryIdRole).toLongLong();
    const QDate due = cell.data(ProgrammeModel::DueRole).toDate();
    const QString subject = view->model()->index(cell.row(), 0).data().toString();
    const QStringList calendarBefore = calendarText(), tableBefore = tableText();
    const int audits = workspace()->items<Audit>().size();
    clickCell(view, cell);
    QCOMPARE(page()->currentOccurrence().entryId, entryId);
    QCOMPARE(page()->currentOccurrence().due, due);
    QVERIFY(page()->form()->planButton->isEnabled());
    QVERIFY(!page()->form()->openAuditButton->isEnabled());

    test::whenModal<PlanAuditDialog>([](PlanAuditDialog *dialog) {
        QComboBox *type = dialog->typeCombo();
        type->setCurrentIndex(type->findData(int(AuditType::SingleAgency)));
        clickOk(dialog);
    });
    QTest::mouseClick(page()->form()->planButton, Qt::LeftButton);

    // Stored, with the entry's subject, the occurrence's month and a year-numbered reference.
    QCOMPARE(workspace()->items<Audit>().size(), audits + 1);
    const Audit planned = workspace()->items<Audit>().items().back();
    QCOMPARE(planned.title, subject);
    QCOMPARE(planned.type, AuditType::SingleAgency);
    QCOMPARE(planned.planned, due);
    QVERIFY2(QRegularExpression(QStringLiteral("^AU-\\d{4}-\\d{3}$")).match(planned.ref).hasMatch(),
             qPrintable(planned.ref));
    const ProgrammeOccurrence *o = workspace()->items<ProgrammeOccurrence>().find(planned.occurrenceId);
    QVERIFY(o);
    QCOMPARE(o->entryId, entryId);
    QCOMPARE(o->due, due);
    // The cell clicked now names the audit, and Open audit asks for it.
    const QModelIndex after = view->currentIndex();
    QCOMPARE(after.data(ProgrammeModel::AuditIdRole).toLongLong(), planned.id);
    QVERIFY(after.data(Qt::ToolTipRole).toString().contains(planned.ref));
    QVERIFY(page()->form()->openAuditButton->isEnabled());
    QVERIFY(!page()->form()->planButton->isEnabled());
    QSignalSpy asked(page(), &Page::linkRequested);
    QTest::mouseClick(page()->form()->openAuditButton, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toUrl(), PageLink::audit(planned.id));
    // A double-click on the cell does the same, and so does Enter on it.
    test::doubleClickCell(view, after);
    QCOMPARE(asked.count(), 2);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(asked.count(), 3);

    // One undo takes the audit and the occurrence stored for it.
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Audit>().size(), audits);
    QVERIFY(!workspace()->items<ProgrammeOccurrence>().find(planned.occurrenceId));
    QCOMPARE(calendarText(), calendarBefore);
    QCOMPARE(tableText(), tableBefore);
}

void TestProgrammePage::skipNeedsAReason()
{
    QTableView *view = page()->tableView();
    const QAbstractItemModel *model = view->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, ProgrammeModel::StatusColumn).data().toString() ==
            occurrenceStatusLabel(OccurrenceStatus::Overdue))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex status = model->index(row, ProgrammeModel::StatusColumn);
    const qint64 entryId = status.data(ProgrammeModel::EntryIdRole).toLongLong();
    const QDate due = status.data(ProgrammeModel::DueRole).toDate();
    const QStringList before = tableText();
    clickCell(view, model->index(row, ProgrammeModel::Subject));
    QCOMPARE(page()->currentOccurrence().due, due);

    QString refusal;
    test::whenModal<SkipDialog>([&refusal](SkipDialog *dialog) {
        clickOk(dialog);
        QVERIFY(dialog->isVisible()); // refused: the dialog stays, saying why
        refusal = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Covered by the joint inspection"));
        clickOk(dialog);
    });
    QTest::mouseClick(page()->form()->skipButton, Qt::LeftButton);
    QCOMPARE(refusal, QStringLiteral("A skipped occurrence needs the reason."));
    const int shown = page()->tableModel()->rowOf(entryId, due);
    const QModelIndex cell = page()->tableModel()->index(shown, ProgrammeModel::StatusColumn);
    QCOMPARE(cell.data().toString(), occurrenceStatusLabel(OccurrenceStatus::Skipped));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Skipped: Covered by the joint inspection"));
    QCOMPARE(page()->calendarModel()->cellOf(entryId, due).data().toString(),
             occurrenceStatusLabel(OccurrenceStatus::Skipped));
    QVERIFY(page()->form()->reopenButton->isEnabled());
    workspace()->undoStack()->undo();
    QCOMPARE(tableText(), before);
}

void TestProgrammePage::moveShowsInBothViews()
{
    showCalendar();
    QTableView *view = page()->calendarView();
    const QModelIndex cell = calendarCell(OccurrenceStatus::Planned);
    QVERIFY(cell.isValid());
    const qint64 entryId = cell.data(ProgrammeModel::EntryIdRole).toLongLong();
    const QDate due = cell.data(ProgrammeModel::DueRole).toDate();
    const QStringList before = calendarText();
    clickCell(view, cell);
    QDate to;
    test::whenModal<MoveDialog>([&to](MoveDialog *dialog) {
        QTest::keyClick(dialog->monthCombo(), Qt::Key_Down); // the month after
        to = dialog->monthCombo()->currentData().toDate();
        clickOk(dialog);
    });
    QTest::mouseClick(page()->form()->moveButton, Qt::LeftButton);
    QCOMPARE(to, due.addMonths(1));
    const QModelIndex moved = page()->calendarModel()->cellOf(entryId, due);
    QCOMPARE(moved.column(), cell.column() + 1);
    QCOMPARE(moved.data(ProgrammeModel::StatusColourRole).isValid(), true);
    const QModelIndex left = page()->calendarModel()->index(moved.row(), moved.column() - 1);
    QCOMPARE(left.data().toString(), QStringLiteral("→ %1").arg(QLocale().toString(to, QStringLiteral("MMM"))));
    const int row = page()->tableModel()->rowOf(entryId, due);
    QCOMPARE(page()->tableModel()->index(row, ProgrammeModel::DueMonth).data().toString(),
             QStringLiteral("%1 (moved from %2)").arg(ProgrammeYear::monthText(to), ProgrammeYear::monthText(due)));
    workspace()->undoStack()->undo();
    QCOMPARE(calendarText(), before);
}

void TestProgrammePage::markDoneByAnAuditThenReopen()
{
    QTableView *view = page()->tableView();
    const QAbstractItemModel *model = view->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, ProgrammeModel::StatusColumn).data().toString() ==
            occurrenceStatusLabel(OccurrenceStatus::Overdue))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex status = model->index(row, ProgrammeModel::StatusColumn);
    const qint64 entryId = status.data(ProgrammeModel::EntryIdRole).toLongLong();
    const QDate due = status.data(ProgrammeModel::DueRole).toDate();
    const QStringList before = tableText();
    clickCell(view, model->index(row, ProgrammeModel::DueMonth));
    const Audit audit = workspace()->items<Audit>().at(0);
    test::whenModal<MarkDoneDialog>([&audit](MarkDoneDialog *dialog) {
        QComboBox *audits = dialog->auditCombo();
        QCOMPARE(audits->itemText(0), QStringLiteral("None in the board (a report, or done elsewhere)"));
        audits->setCurrentIndex(audits->findData(audit.id));
        dialog->dateEdit()->setDate(QDate(2026, 11, 20));
        QVERIFY(test::saveShot(dialog, QStringLiteral("programme-mark-done")));
        clickOk(dialog);
    });
    QTest::mouseClick(page()->form()->doneButton, Qt::LeftButton);
    const ProgrammeModel *table = page()->tableModel();
    const int shown = table->rowOf(entryId, due);
    QCOMPARE(table->index(shown, ProgrammeModel::StatusColumn).data().toString(),
             occurrenceStatusLabel(OccurrenceStatus::Done));
    QCOMPARE(table->index(shown, ProgrammeModel::AuditColumn).data().toString(), audit.ref);
    QCOMPARE(table->index(shown, ProgrammeModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Done on %1").arg(ValueFormat().date(QDate(2026, 11, 20))));
    // Reopened with a click: open again, as it was.
    QVERIFY(page()->form()->reopenButton->isEnabled());
    QTest::mouseClick(page()->form()->reopenButton, Qt::LeftButton);
    QCOMPARE(table->index(shown, ProgrammeModel::StatusColumn).data().toString(),
             occurrenceStatusLabel(OccurrenceStatus::Overdue));
    workspace()->undoStack()->undo(); // the reopening
    workspace()->undoStack()->undo(); // the marking done
    QCOMPARE(tableText(), before);
}

void TestProgrammePage::tableAndCalendarAgree()
{
    const QAbstractItemModel *table = page()->tableView()->model();
    QVERIFY(table->rowCount() > 20);
    std::array<int, 5> counts{};
    for (int r = 0; r < table->rowCount(); ++r) {
        const QModelIndex status = table->index(r, ProgrammeModel::StatusColumn);
        const QModelIndex cell = page()->calendarModel()->cellOf(status.data(ProgrammeModel::EntryIdRole).toLongLong(),
                                                                 status.data(ProgrammeModel::DueRole).toDate());
        QCOMPARE(cell.data(ProgrammeModel::StatusTextRole).toString().section(QLatin1Char(' '), 0, 0),
                 status.data().toString());
        ++counts[size_t(status.data(ProgrammeModel::StatusRole).toInt())];
    }
    // The counts above say the same.
    for (OccurrenceStatus s :
         {OccurrenceStatus::Due, OccurrenceStatus::Overdue, OccurrenceStatus::Done, OccurrenceStatus::Skipped}) {
        const QString said =
            QStringLiteral("<b>%1</b> %2").arg(counts[size_t(s)]).arg(occurrenceStatusLabel(s).toLower());
        QVERIFY2(page()->countsText().contains(said), qPrintable(page()->countsText() + QLatin1String(" / ") + said));
    }
    // Filtered to done: every row of the table is done, and every entry of the calendar has one.
    QComboBox *filter = page()->form()->statusFilter;
    filter->setFocus();
    while (filter->currentData().toInt() != int(OccurrenceStatus::Done) && filter->currentIndex() < filter->count() - 1)
        QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(table->rowCount(), counts[size_t(OccurrenceStatus::Done)]);
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->index(r, ProgrammeModel::StatusColumn).data().toString(),
                 occurrenceStatusLabel(OccurrenceStatus::Done));
    const QAbstractItemModel *calendar = page()->calendarView()->model();
    QVERIFY(calendar->rowCount() > 0);
    QVERIFY(calendar->rowCount() < page()->calendarModel()->rowCount());
    for (int r = 0; r < calendar->rowCount(); ++r) {
        bool done = false;
        for (int c = ProgrammeCalendarModel::FirstMonth; c < calendar->columnCount(); ++c)
            done = done || calendar->index(r, c).data().toString() == occurrenceStatusLabel(OccurrenceStatus::Done);
        QVERIFY(done);
    }
}

void TestProgrammePage::linkOpensTheYearsOverdue()
{
    m_demo.window->showPage(QStringLiteral("dashboard"));
    QVERIFY(page()->openLink(PageLink::programme(2026, QStringLiteral("overdue"))));
    QCOMPARE(page()->form()->yearChooser->currentText(), QStringLiteral("2026/27"));
    QCOMPARE(page()->form()->statusFilter->currentData().toInt(), int(OccurrenceStatus::Overdue));
    const QAbstractItemModel *table = page()->tableView()->model();
    QVERIFY(table->rowCount() > 0);
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->index(r, ProgrammeModel::StatusColumn).data().toString(),
                 occurrenceStatusLabel(OccurrenceStatus::Overdue));
    QVERIFY(!page()->openLink(PageLink::audit(1)));
}

void TestProgrammePage::entryAddedAndDeleted()
{
    const int entries = workspace()->items<ProgrammeEntry>().size();
    test::whenModal<ProgrammeEntryDialog>([](ProgrammeEntryDialog *dialog) {
        QTest::keyClicks(dialog->form()->subjectEdit, QStringLiteral("Private fostering audit"));
        QCheckBox *july = dialog->monthBox(7);
        QTest::mouseClick(july, Qt::LeftButton, Qt::NoModifier, QPoint(6, july->height() / 2));
        QCheckBox *january = dialog->monthBox(1);
        QTest::mouseClick(january, Qt::LeftButton, Qt::NoModifier, QPoint(6, january->height() / 2));
        QTest::keyClicks(dialog->form()->leadEdit, QStringLiteral("Fostering team"));
        QVERIFY(test::saveShot(dialog, QStringLiteral("programme-entry-dialog")));
        clickOk(dialog);
    });
    QTest::mouseClick(page()->form()->addEntryButton, Qt::LeftButton);
    QCOMPARE(workspace()->items<ProgrammeEntry>().size(), entries + 1);
    const ProgrammeEntry added = workspace()->items<ProgrammeEntry>().items().back();
    QCOMPARE(added.dueMonths, (QList<int>{1, 7}));
    QCOMPARE(added.lead, QStringLiteral("Fostering team"));
    QCOMPARE(page()->tableModel()->rowOf(added.id, QDate(2026, 7, 1)) >= 0, true);
    QCOMPARE(page()->calendarModel()->cellOf(added.id, QDate(2027, 1, 1)).data().toString(),
             occurrenceStatusLabel(OccurrenceStatus::Planned));

    // Chosen in the table and deleted, after the question.
    QTableView *view = page()->tableView();
    int at = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, ProgrammeModel::Subject).data().toString() == added.subject)
            at = r;
    QVERIFY(at >= 0);
    clickCell(view, view->model()->index(at, ProgrammeModel::Subject));
    test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QTest::mouseClick(page()->form()->deleteEntryButton, Qt::LeftButton);
    QCOMPARE(workspace()->items<ProgrammeEntry>().size(), entries);
    QCOMPARE(page()->tableModel()->rowOf(added.id, QDate(2026, 7, 1)), -1);
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<ProgrammeEntry>().size(), entries + 1);
}

void TestProgrammePage::lastViewIsRemembered()
{
    QCOMPARE(m_demo.settings->programmeView(), QStringLiteral("table"));
    showCalendar();
    QCOMPARE(m_demo.settings->programmeView(), QStringLiteral("calendar"));
    ProgrammePage again(workspace());
    again.useSettings(m_demo.settings.get());
    QVERIFY(again.form()->calendarButton->isChecked());
    QCOMPARE(again.form()->views->currentWidget(), again.calendarView());
}

void TestProgrammePage::screenshots()
{
    m_demo.window->resize(1200, 800);
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("programme-table")));
    showCalendar();
    clickCell(page()->calendarView(), calendarCell(OccurrenceStatus::Due));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("programme-calendar")));
}

// Alt and the underlined letter press each of the page's buttons, in a state where the button is
// enabled, as someone without a mouse works the programme; no two buttons, labels or menus of the
// window share a letter (Qt would then only move the focus between them).
void TestProgrammePage::everyButtonByItsMnemonic()
{
    MainWindow *window = m_demo.window.get();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QMap<QChar, QString> taken;
    const auto take = [&](const QString &text) {
        const QChar letter = mnemonic(text);
        QVERIFY2(!letter.isNull(), qPrintable(text + QLatin1String(" has no Alt+letter")));
        QVERIFY2(!taken.contains(letter), qPrintable(text + QLatin1String(" shares its letter with ") + taken[letter]));
        taken.insert(letter, text);
    };
    for (QAction *menu : window->menuBar()->actions())
        take(menu->text());
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisible() && !b->text().isEmpty()) {
            take(b->text());
            if (page()->isAncestorOf(b))
                buttons << b;
        }
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            take(label->text());
    QCOMPARE(buttons.size(), 11); // Table, Calendar, three for entries, six for occurrences

    // Every dialog a key opens is closed again unchanged, and its title noted.
    QStringList opened;
    QTimer closer;
    connect(&closer, &QTimer::timeout, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened << dialog->windowTitle();
            dialog->reject();
        }
    });
    closer.start(20);

    // Two occurrences between them enable every button: one due with no audit, one done by an audit.
    const auto select = [this](bool done) {
        m_demo.window->showPage(QStringLiteral("programme"));
        QTableView *view = page()->tableView();
        const QAbstractItemModel *model = view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex status = model->index(r, ProgrammeModel::StatusColumn);
            const bool linked = status.data(ProgrammeModel::AuditIdRole).toLongLong() != 0;
            const auto is = OccurrenceStatus(status.data(ProgrammeModel::StatusRole).toInt());
            if (done ? is == OccurrenceStatus::Done && linked : is == OccurrenceStatus::Due && !linked) {
                clickCell(view, model->index(r, ProgrammeModel::DueMonth));
                return true;
            }
        }
        return false;
    };
    QSet<QAbstractButton *> reached;
    for (const bool done : {false, true})
        for (QAbstractButton *b : std::as_const(buttons)) {
            // A dialog closed leaves no window active on this platform; the user's window is.
            QApplication::setActiveWindow(window);
            QVERIFY(QTest::qWaitForWindowActive(window));
            QVERIFY(select(done));
            if (!b->isEnabled() || !b->isVisible())
                continue;
            QSignalSpy clicked(b, &QAbstractButton::clicked);
            const int steps = workspace()->undoStack()->index();
            QTest::keyClick(window, mnemonic(b->text()).toLatin1(), Qt::AltModifier);
            QTRY_COMPARE_WITH_TIMEOUT(clicked.count(), 1, 2000);
            reached.insert(b);
            if (workspace()->undoStack()->index() != steps) // Reopen reopens at once
                workspace()->undoStack()->undo();
            QCOMPARE(workspace()->undoStack()->index(), steps);
        }
    for (QAbstractButton *b : std::as_const(buttons))
        QVERIFY2(reached.contains(b), qPrintable(b->text()));
    QVERIFY2(opened.size() >= 6,
             qPrintable(opened.join(QLatin1String(", ")))); // add, edit, delete, plan, done, move, skip

    // The year's label takes the focus to its chooser.
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, 'y', Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), page()->form()->yearChooser);
}

QTEST_MAIN(TestProgrammePage)
#include "tst_programmepage.moc"
