// The Meetings page as a business manager uses it: a meeting clicked in the sorted list shows its
// members, whose attendance is typed with P/A/D/X down the grid and undone; the year's rates with
// the agencies below the threshold marked, the threshold changed in its dialog; the members
// searched; an attendance file previewed and imported; screenshots of each.
#include "core/valueformat.h"
#include "gui/entitytablepanel.h"
#include "gui/meetings/attendanceimportdialog.h"
#include "gui/meetings/meetingdialogs.h"
#include "gui/meetings/meetingspage.h"
#include "models/meetings/attendanceratemodel.h"
#include "models/meetings/meetingmodel.h"
#include "models/tablemodelbase.h"
#include "testsupport/demowindow.h"
#include "testsupport/filebytes.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace assure;
using assure::test::clickCell;

namespace {

// The row of the view showing the cells given, column by column; -1 when none does.
int rowShowing(const QAbstractItemView *view, const QStringList &cells)
{
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        bool all = true;
        for (int c = 0; c < cells.size() && all; ++c)
            all = model->index(r, c).data().toString() == cells.at(c);
        if (all)
            return r;
    }
    return -1;
}

} // namespace

class TestMeetingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_demo.window.reset(); }
    void modelsPassTheTester();
    void attendanceTypedDownTheGrid();
    void yearRatesAndThreshold();
    void importPreviewedAndWritten();
    void memberAddedFromTheKeyboardAndSearched();

private:
    MeetingsPage *page() const { return qobject_cast<MeetingsPage *>(m_demo.window->page(QStringLiteral("meetings"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    test::DemoWindow m_demo;
};

void TestMeetingsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("meetings"));
    QVERIFY(page());
}

void TestMeetingsPage::modelsPassTheTester()
{
    page()->showView(QStringLiteral("attendance"));
    const QAbstractItemModelTester::FailureReportingMode mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester meetings(page()->meetings()->view()->model(), mode);
    QAbstractItemModelTester members(page()->members()->view()->model(), mode);
    QAbstractItemModelTester grid(page()->grid()->model(), mode);
    QAbstractItemModelTester agencies(page()->agencyRates()->model(), mode);
    QAbstractItemModelTester rates(page()->memberRates()->model(), mode);
    page()->yearCombo()->setCurrentIndex(page()->yearCombo()->count() - 1);
    page()->showView(QStringLiteral("meetings"));
    QTableView *list = page()->meetings()->view();
    clickCell(list, list->model()->index(0, 0));
    QTRY_VERIFY(page()->grid()->model()->rowCount() > 0);
    // Changes while the testers watch: a record, a new meeting, its delete.
    const qint64 meetingId = page()->meetings()->currentId();
    const qint64 seat = page()->grid()->model()->index(0, 0).data(TableModelBase::IdRole).toLongLong();
    QVERIFY(MeetingEdits(*workspace()).setAttendance(meetingId, seat, AttendanceStatus::Absent));
    Meeting extra;
    extra.date = QDate(2026, 12, 1);
    QVERIFY(workspace()->add(extra));
    workspace()->undoStack()->undo();
    workspace()->undoStack()->undo();
}

void TestMeetingsPage::attendanceTypedDownTheGrid()
{
    // The board meeting of 10 November 2026 in the list sorted newest first.
    page()->showView(QStringLiteral("meetings"));
    QTableView *list = page()->meetings()->view();
    const QString day = ValueFormat().date(QDate(2026, 11, 10));
    const int row = rowShowing(list, {day, QStringLiteral("Board")});
    QVERIFY(row >= 0);
    clickCell(list, list->model()->index(row, 1));
    const Meeting *meeting = workspace()->items<Meeting>().find(page()->meetings()->currentId());
    QVERIFY(meeting);
    QCOMPARE(meeting->date, QDate(2026, 11, 10));
    QCOMPARE(meeting->subGroupId, qint64(0));
    QVERIFY2(page()->gridTitle()->text().startsWith(QStringLiteral("Board, ") + day),
             qPrintable(page()->gridTitle()->text()));
    QTableView *grid = page()->grid();
    const int due = int(seatsAt(*workspace(), *meeting).size());
    QCOMPARE(grid->model()->rowCount(), due);
    QVERIFY(due >= 20);

    // The first member in the grid (by name) clicked, then D, X typed down the rows.
    clickCell(grid, grid->model()->index(0, 0));
    const qint64 first = grid->model()->index(0, 0).data(TableModelBase::IdRole).toLongLong();
    const qint64 second = grid->model()->index(1, 0).data(TableModelBase::IdRole).toLongLong();
    const QString secondName = grid->model()->index(1, 0).data().toString();
    MeetingEdits edits(*workspace());
    const auto statusOf = [&](qint64 seat) {
        const Attendance *a = edits.attendance(meeting->id, seat);
        return a ? std::optional<AttendanceStatus>(a->status) : std::nullopt;
    };
    const std::optional<AttendanceStatus> secondBefore = statusOf(second);
    QTest::keyClick(grid, Qt::Key_D);
    QTest::keyClick(grid, Qt::Key_X);
    QCOMPARE(edits.attendance(meeting->id, first)->status, AttendanceStatus::Deputy);
    QCOMPARE(edits.attendance(meeting->id, second)->status, AttendanceStatus::Absent);
    QCOMPARE(grid->model()->index(0, 3).data().toString(), QStringLiteral("Deputy sent"));
    const int secondRow = test::rowWithText(grid, 0, secondName);
    QCOMPARE(grid->model()->index(secondRow, 3).data().toString(), QStringLiteral("Absent"));
    QCOMPARE(grid->currentIndex().row(), 2); // ready for the next name
    // The meetings list says how many records the meeting has, counted again after each key.
    const auto recordedShown = [&] {
        const int r = rowShowing(list, {day, QStringLiteral("Board")});
        return list->model()->index(r, MeetingModel::Recorded).data().toString();
    };
    const auto recordsMade = [&] {
        int n = 0;
        for (const Attendance &a : workspace()->items<Attendance>())
            n += a.meetingId == meeting->id ? 1 : 0;
        return n;
    };
    QCOMPARE(recordedShown(), QStringLiteral("%1 of %2").arg(recordsMade()).arg(due));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("meetings-grid")));

    // Undo takes the last key back; Delete clears a record.
    workspace()->undoStack()->undo();
    QCOMPARE(statusOf(second), secondBefore);
    clickCell(grid, grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(!edits.attendance(meeting->id, first));
    QCOMPARE(grid->model()->index(0, 3).data().toString(), QStringLiteral("Not recorded"));
    const int left = recordsMade();
    QCOMPARE(recordedShown(), QStringLiteral("%1 of %2").arg(left).arg(due));
    QVERIFY(left < due);
}

void TestMeetingsPage::yearRatesAndThreshold()
{
    page()->showView(QStringLiteral("attendance"));
    QComboBox *years = page()->yearCombo();
    const int last = years->findText(QStringLiteral("2025/26"));
    QVERIFY(last >= 0);
    years->setCurrentIndex(last);
    const AttendanceYear year = gatherAttendance(*workspace(), 2025, QDate(2026, 3, 31));
    QVERIFY(year.belowCount() >= 1);
    QTableView *agencies = page()->agencyRates();
    QCOMPARE(agencies->model()->rowCount(), int(year.agencies.size()));
    // Each agency below 75% says so in words and is shaded; the others are not.
    for (const AgencyAttendanceRow &a : year.agencies) {
        const int r = test::rowWithText(agencies, AttendanceRateModel::Name, a.agency);
        QVERIFY(r >= 0);
        const QModelIndex standing = agencies->model()->index(r, AttendanceRateModel::Standing);
        QCOMPARE(standing.data().toString(), a.below ? QStringLiteral("Below 75%") : QString());
        QCOMPARE(standing.data(Qt::BackgroundRole).isValid(), a.below);
    }
    QVERIFY2(page()->summary()->text().contains(
                 QStringLiteral("%1 of %2 agencies").arg(year.belowCount()).arg(year.agencies.size())),
             qPrintable(page()->summary()->text()));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("meetings-attendance")));

    // The threshold lowered to 40% in its dialog from the keyboard.
    auto *button = page()->findChild<QPushButton *>(QStringLiteral("thresholdButton"));
    QVERIFY(button);
    test::whenModal<MeetingSettingsDialog>([](MeetingSettingsDialog *dialog) {
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("thresholdSpin"));
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("40"));
        QVERIFY(test::saveShot(dialog, QStringLiteral("meetings-threshold")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(workspace()->items<MeetingSettings>().value().thresholdPercent, 40);
    const AttendanceYear lower = gatherAttendance(*workspace(), 2025, QDate(2026, 3, 31));
    QVERIFY(lower.belowCount() < year.belowCount());
    QTRY_VERIFY(page()->summary()->text().contains(QStringLiteral("less than 40%")));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<MeetingSettings>().value().thresholdPercent, 75);

    // Searching members keeps only the rows that name them.
    const QString name = year.members.front().member;
    QTest::keyClicks(page()->memberSearch(), name);
    QTableView *members = page()->memberRates();
    QVERIFY(members->model()->rowCount() >= 1);
    for (int r = 0; r < members->model()->rowCount(); ++r)
        QVERIFY(members->model()->index(r, AttendanceRateModel::Name).data().toString().contains(name));
}

void TestMeetingsPage::importPreviewedAndWritten()
{
    // A sitting board member found through the workspace, and a row with a date that is not one.
    const Membership *seat = nullptr;
    for (const Membership &m : workspace()->items<Membership>())
        if (m.subGroupId == 0 && !m.to.isValid()) {
            seat = &m;
            break;
        }
    QVERIFY(seat);
    const QString name = workspace()->items<Person>().find(seat->personId)->name;
    const QString agency = workspace()->items<Agency>().find(seat->agencyId)->name;
    const QString csv = m_demo.dir->filePath(QStringLiteral("attendance.csv"));
    QVERIFY(test::writeFile(csv, QStringLiteral("date,meeting,member,agency,status\n"
                                                "08/12/2026,Board,%1,\"%2\",present\n"
                                                "31/09/2026,Board,%1,\"%2\",present\n")
                                     .arg(name, agency)
                                     .toUtf8()));
    const int meetings = workspace()->items<Meeting>().size();
    test::whenModal<AttendanceImportDialog>([](AttendanceImportDialog *dialog) {
        QVERIFY2(dialog->summary()->text().startsWith(QStringLiteral("2 rows: 1 new, 0 changed, 0 already recorded, "
                                                                     "1 rejected")),
                 qPrintable(dialog->summary()->text()));
        QCOMPARE(dialog->preview()->item(0, 5)->text(), QStringLiteral("New (the meeting is made)"));
        QVERIFY2(dialog->preview()->item(1, 5)->text().startsWith(
                     QStringLiteral("Rejected: date “31/09/2026” is not a date")),
                 qPrintable(dialog->preview()->item(1, 5)->text()));
        QVERIFY(test::saveShot(dialog, QStringLiteral("meetings-import")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    });
    page()->importAttendance(csv);
    QCOMPARE(workspace()->items<Meeting>().size(), meetings + 1);
    const Meeting &made = workspace()->items<Meeting>().at(meetings);
    QCOMPARE(made.date, QDate(2026, 12, 8));
    QCOMPARE(MeetingEdits(*workspace()).attendance(made.id, seat->id)->status, AttendanceStatus::Present);
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Meeting>().size(), meetings);
}

void TestMeetingsPage::memberAddedFromTheKeyboardAndSearched()
{
    page()->showView(QStringLiteral("members"));
    // Someone of the board who sits on nothing yet becomes a member of the Quality Assurance sub-group.
    const Person *outsider = nullptr;
    for (const Person &p : workspace()->items<Person>()) {
        bool sits = false;
        for (const Membership &m : workspace()->items<Membership>())
            sits = sits || m.personId == p.id;
        if (!sits && p.agencyId != 0) {
            outsider = &p;
            break;
        }
    }
    QVERIFY(outsider);
    const QString name = outsider->name;
    const qint64 agencyId = outsider->agencyId;
    const int before = workspace()->items<Membership>().size();
    test::whenModal<MembershipDialog>([name](MembershipDialog *dialog) {
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("personCombo"));
        const int index = person->findText(name, Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        person->setFocus();
        // Typed as a person does on a closed list: Home, then Down until it is theirs.
        QTest::keyClick(person, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(person, Qt::Key_Down);
        auto *body = dialog->findChild<QComboBox *>(QStringLiteral("bodyCombo"));
        body->setCurrentIndex(body->findText(QStringLiteral("Quality Assurance")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("roleEdit")), QStringLiteral("Member"));
        QVERIFY(test::saveShot(dialog, QStringLiteral("meetings-member-dialog")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : page()->members()->findChildren<QPushButton *>())
        if (b->text().startsWith(QStringLiteral("&Add")) || b->text().startsWith(QStringLiteral("Add")))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(workspace()->items<Membership>().size(), before + 1);
    const Membership &made = workspace()->items<Membership>().at(before);
    QCOMPARE(made.personId, outsider->id);
    QCOMPARE(made.agencyId, agencyId); // the agency they work for, unless told otherwise
    QCOMPARE(workspace()->items<SubGroup>().find(made.subGroupId)->name, QStringLiteral("Quality Assurance"));

    // The search finds them by name.
    QTest::keyClicks(page()->members()->searchEdit(), name);
    QTableView *table = page()->members()->view();
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    QVERIFY(test::rowWithText(table, 0, name) >= 0);
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("meetings-members")));
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Membership>().size(), before);
}

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetingspage.moc"
