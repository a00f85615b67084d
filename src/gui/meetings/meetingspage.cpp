// The Meetings page: meetings and their attendance grid, members, and a year's attendance rates.
#include "gui/meetings/meetingspage.h"

#include "core/period.h"
#include "core/valueformat.h"
#include "gui/choicedelegate.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/meetings/attendanceimportdialog.h"
#include "gui/meetings/meetingdialogs.h"
#include "gui/privacy/privacycheck.h"
#include "models/meetings/attendancegridmodel.h"
#include "models/meetings/attendanceratemodel.h"
#include "models/meetings/meetingmodel.h"
#include "models/meetings/membershipmodel.h"
#include "models/searchproxymodel.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <type_traits>

namespace assure {

namespace {

QTableView *rateTable(SearchProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(AttendanceRateModel::Name, QHeaderView::Stretch);
    view->sortByColumn(AttendanceRateModel::Name, Qt::AscendingOrder);
    return view;
}

} // namespace

MeetingsPage::MeetingsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_meetingModel(new MeetingModel(workspace, this)), m_membershipModel(new MembershipModel(workspace, this)),
      m_gridModel(new AttendanceGridModel(workspace, this)),
      m_agencyModel(new AttendanceRateModel(AttendanceRateModel::Rows::Agencies, this)),
      m_memberModel(new AttendanceRateModel(AttendanceRateModel::Rows::Members, this)),
      m_gridProxy(new SearchProxyModel(this)), m_agencyProxy(new SearchProxyModel(this)),
      m_memberProxy(new SearchProxyModel(this)), m_importAction(new QAction(tr("Import &attendance…"), this))
{
    m_members = panelFor<Membership>(m_membershipModel, nullptr, &MembershipDialog::membership);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setSpareWidthColumn(MembershipModel::Member, 24);
    m_tabs->addTab(makeMeetingsTab(), tr("&Meetings"));
    m_tabs->addTab(m_members, tr("M&embers"));
    m_tabs->addTab(makeAttendanceTab(), tr("A&ttendance"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    m_importAction->setObjectName(QStringLiteral("importAttendanceAction"));
    m_importAction->setEnabled(!workspace->isReadOnly());
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import attendance"), QString(), tr("Spreadsheets (*.csv *.xlsx)"));
        if (!path.isEmpty())
            importAttendance(path);
    });
    for (TableModelBase *model :
         {static_cast<TableModelBase *>(m_meetingModel), static_cast<TableModelBase *>(m_membershipModel),
          static_cast<TableModelBase *>(m_gridModel)})
        connect(model, &TableModelBase::editRejected, this, &MeetingsPage::showRejected);

    // The rates are made again when anything they count changes, and only when they are shown.
    workspace->notifier()->subscribe({kindOf<Attendance>(), kindOf<Membership>(), kindOf<Meeting>(),
                                      kindOf<MeetingSettings>(), kindOf<Agency>(), kindOf<Person>(),
                                      kindOf<SubGroup>()},
                                     this, [this] {
                                         // Once after a burst (an import announces each row).
                                         if (!m_ratesStale)
                                             QTimer::singleShot(0, this, [this] {
                                                 if (m_tabs->currentIndex() == 2)
                                                     refreshRates();
                                             });
                                         m_ratesStale = true;
                                     });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2) {
            fillYears();
            refreshRates();
        }
    });
    fillYears();
}

QWidget *MeetingsPage::makeMeetingsTab()
{
    m_meetings = panelFor<Meeting>(nullptr, m_meetingModel, &MeetingDialog::meeting);
    m_meetings->setObjectName(QStringLiteral("meetings"));
    m_meetings->view()->sortByColumn(MeetingModel::Date, Qt::DescendingOrder);
    // The title is often blank: it gives up its width first, so the body reads in full.
    m_meetings->setSpareWidthColumn(MeetingModel::Title, 10);
    connect(m_meetings, &EntityTablePanel::currentIdChanged, this, &MeetingsPage::showMeeting);

    m_gridBox = new QGroupBox(tr("Attendance"), this);
    m_gridTitle = new QLabel(m_gridBox);
    m_gridTitle->setObjectName(QStringLiteral("gridTitle"));
    m_gridTitle->setWordWrap(true);
    m_gridProxy->setSourceModel(m_gridModel);
    m_grid = new QTableView(m_gridBox);
    m_grid->setObjectName(QStringLiteral("attendanceGrid"));
    m_grid->setModel(m_gridProxy);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(AttendanceGridModel::Member, Qt::AscendingOrder);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setItemDelegate(new ChoiceDelegate(m_grid));
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceGridModel::Member, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceGridModel::AgencyColumn, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceGridModel::Role, QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setSectionResizeMode(AttendanceGridModel::Status, QHeaderView::ResizeToContents);
    m_grid->installEventFilter(this);
    auto *hint = new QLabel(tr("On a member's row type P (present), A (apologies), D (deputy sent) or X (absent); "
                               "Delete clears it. Or double-click the attendance to pick."),
                            m_gridBox);
    hint->setWordWrap(true);
    auto *gridLayout = new QVBoxLayout(m_gridBox);
    gridLayout->addWidget(m_gridTitle);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(hint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_meetings);
    splitter->addWidget(m_gridBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 520}); // the list's date, body and count, and the grid's names and agencies
    showMeeting(0);
    return splitter;
}

QWidget *MeetingsPage::makeAttendanceTab()
{
    auto *tab = new QWidget(this);
    m_yearCombo = new QComboBox(tab);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    auto *yearLabel = new QLabel(tr("Financial &year:"), tab);
    yearLabel->setBuddy(m_yearCombo);
    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    m_summary->setWordWrap(true);
    auto *threshold = new QPushButton(tr("Attendance &threshold…"), tab);
    threshold->setObjectName(QStringLiteral("thresholdButton"));
    connect(threshold, &QPushButton::clicked, this, [this] {
        MeetingSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ratesStale = true;
        refreshRates();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearCombo);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(threshold);

    m_agencyProxy->setSourceModel(m_agencyModel);
    m_memberProxy->setSourceModel(m_memberModel);
    m_agencyRates = rateTable(m_agencyProxy, tab);
    m_agencyRates->setObjectName(QStringLiteral("agencyRates"));
    m_agencyRates->hideColumn(AttendanceRateModel::Body);
    m_memberRates = rateTable(m_memberProxy, tab);
    m_memberRates->setObjectName(QStringLiteral("memberRates"));
    m_memberRates->sortByColumn(AttendanceRateModel::Body, Qt::AscendingOrder);
    m_memberSearch = new QLineEdit(tab);
    m_memberSearch->setObjectName(QStringLiteral("memberSearch"));
    m_memberSearch->setPlaceholderText(tr("Search members"));
    m_memberSearch->setClearButtonEnabled(true);
    connect(m_memberSearch, &QLineEdit::textChanged, m_memberProxy, &SearchProxyModel::setSearchText);

    auto *agencyBox =
        new QGroupBox(tr("By agency: a meeting counts as attended when its member or a deputy was there"), tab);
    (new QVBoxLayout(agencyBox))->addWidget(m_agencyRates);
    auto *memberBox =
        new QGroupBox(tr("By member: the meetings held while they were a member, attended in person"), tab);
    auto *memberLayout = new QVBoxLayout(memberBox);
    memberLayout->addWidget(m_memberSearch);
    memberLayout->addWidget(m_memberRates);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(agencyBox);
    split->addWidget(memberBox);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    return tab;
}

QStringList MeetingsPage::views() const
{
    return {QStringLiteral("meetings"), QStringLiteral("members"), QStringLiteral("attendance")};
}

void MeetingsPage::showView(const QString &view)
{
    const int index = int(views().indexOf(view));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void MeetingsPage::focusSearch()
{
    QLineEdit *search = m_tabs->currentIndex() == 0   ? m_meetings->searchEdit()
                        : m_tabs->currentIndex() == 1 ? m_members->searchEdit()
                                                      : m_memberSearch;
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MeetingsPage::showMeeting(qint64 id)
{
    m_gridModel->setMeeting(id);
    const Meeting *meeting = m_workspace->items<Meeting>().find(id);
    m_gridBox->setEnabled(meeting != nullptr);
    if (!meeting) {
        m_gridTitle->setText(tr("Choose a meeting to record who attended."));
        return;
    }
    const QString title = meeting->title.isEmpty()
                              ? MeetingKinds::meetingName(*m_workspace, *meeting)
                              : tr("%1: %2").arg(MeetingKinds::meetingName(*m_workspace, *meeting), meeting->title);
    m_gridTitle->setText(m_gridModel->rowCount() == 0
                             ? tr("%1. No one was a member of that body on the day.").arg(title)
                             : tr("%1. %n members were due.", nullptr, m_gridModel->rowCount()).arg(title));
}

bool MeetingsPage::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the keys, so this sees only keys typed on the rows.
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_grid->currentIndex();
        const bool clear = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
        const auto status = AttendanceGridModel::statusForKey(key->key());
        if (current.isValid() && (status || clear) && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const int row = current.row();
            const QModelIndex cell = m_gridProxy->index(row, AttendanceGridModel::Status);
            // By the member's id, since the sorted grid may move the row once it changes.
            const qint64 seat = cell.data(TableModelBase::IdRole).toLongLong();
            if (m_gridProxy->setData(cell, status ? attendanceStatusKey(*status) : QString())) {
                for (int r = 0; r < m_gridProxy->rowCount(); ++r)
                    if (m_gridProxy->index(r, 0).data(TableModelBase::IdRole).toLongLong() == seat) {
                        // The next member, so that a list of names is typed straight down.
                        const int next = clear ? r : qMin(r + 1, m_gridProxy->rowCount() - 1);
                        m_grid->setCurrentIndex(m_gridProxy->index(next, current.column()));
                        break;
                    }
            }
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void MeetingsPage::fillYears()
{
    // Every financial year with a meeting, and this one, latest first.
    const int fyStart = m_workspace->board().fyStartMonth;
    const auto yearOf = [fyStart](const QDate &d) { return d.month() >= fyStart ? d.year() : d.year() - 1; };
    int first = yearOf(QDate::currentDate());
    int last = first;
    for (const Meeting &m : m_workspace->items<Meeting>()) {
        first = qMin(first, yearOf(m.date));
        last = qMax(last, yearOf(m.date));
    }
    const QVariant chosen = m_yearCombo->currentData();
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int y = last; y >= first; --y)
        m_yearCombo->addItem(Period::yearLabel(y, fyStart), y);
    // This year by default, or the latest with meetings when none are held yet this year.
    int index = m_yearCombo->findData(chosen.isValid() ? chosen : QVariant(yearOf(QDate::currentDate())));
    m_yearCombo->setCurrentIndex(qMax(0, index));
}

void MeetingsPage::refreshRates()
{
    if (!m_ratesStale || m_yearCombo->currentIndex() < 0)
        return;
    m_ratesStale = false;
    const AttendanceYear year =
        gatherAttendance(*m_workspace, m_yearCombo->currentData().toInt(), QDate::currentDate());
    m_agencyModel->setYear(year);
    m_memberModel->setYear(year);
    const int membersBelow =
        int(std::count_if(year.members.begin(), year.members.end(), [](const auto &m) { return m.below; }));
    m_summary->setText(year.agencies.empty()
                           ? tr("No meetings held in %1 so far.").arg(m_yearCombo->currentText())
                           : tr("Up to %1: %2 of %3 agencies and %4 of %5 members attended less than %6% of the "
                                "meetings held; they are marked “Below %6%” and shaded.")
                                 .arg(ValueFormat().date(year.last))
                                 .arg(year.belowCount())
                                 .arg(year.agencies.size())
                                 .arg(membersBelow)
                                 .arg(year.members.size())
                                 .arg(year.thresholdPercent));
}

void MeetingsPage::importAttendance(const QString &path)
{
    AttendanceImportDialog dialog(m_workspace, path, this);
    if (dialog.exec() == QDialog::Accepted && dialog.written() > 0)
        Q_EMIT statusMessage(tr("Recorded %n attendances from %1", nullptr, dialog.written()).arg(path));
}

void MeetingsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

template <class T, class Dialog> bool MeetingsPage::runDialog(const T &item, T (Dialog::*edited)() const)
{
    Dialog dialog(item, *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const T value = (dialog.*edited)();
            // A meeting's title and notes pass the anonymisation guard; a membership has no free text.
            QList<PrivacyField> fields;
            if constexpr (std::is_same_v<T, Meeting>)
                fields = MeetingDialog::privacyFields(value);
            return PrivacyCheck::save(
                &dialog, m_workspace, fields,
                [&](QString *e, qint64 *newId) {
                    if (item.id != 0)
                        return m_workspace->update(value, e);
                    if (!m_workspace->add(value, e))
                        return false;
                    *newId = m_workspace->items<T>().items().back().id; // ids only grow, in id order
                    return true;
                },
                error);
        });
    return dialog.exec() == QDialog::Accepted;
}

// Not in tr() here: lupdate would file a template's strings under its parameter's name.
template <class T> void MeetingsPage::removeItem(qint64 id)
{
    const T *item = m_workspace->items<T>().find(id);
    if (!item || !assure::confirmDelete(this, KindTraits<T>::deleteText(*m_workspace, *item) + QLatin1Char('?'),
                                        m_workspace->dependents<T>(id)))
        return;
    QString error;
    if (!m_workspace->remove<T>(id, &error))
        showRejected(error);
}

template <class T, class Dialog>
EntityTablePanel *MeetingsPage::panelFor(MembershipModel *members, MeetingModel *meetings, T (Dialog::*edited)() const)
{
    auto panel = std::make_shared<EntityTablePanel *>(nullptr);
    EntityTablePanel::Actions actions{[this, edited, panel] {
                                          if (runDialog(T{}, edited) && !m_workspace->items<T>().items().empty())
                                              (*panel)->selectId(m_workspace->items<T>().items().back().id);
                                      },
                                      [this, edited](qint64 id) {
                                          if (const T *item = m_workspace->items<T>().find(id))
                                              runDialog(*item, edited);
                                      },
                                      [this](qint64 id) { removeItem<T>(id); },
                                      {}};
    TableModelBase *model = members ? static_cast<TableModelBase *>(members) : meetings;
    *panel = new EntityTablePanel(model, KindTraits<T>::singular(), KindTraits<T>::plural(), std::move(actions), this);
    (*panel)->setReadOnly(m_workspace->isReadOnly());
    return *panel;
}

} // namespace assure
