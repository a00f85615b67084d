// The Audit programme page: a year's programme as a table or a calendar, and its edits.
#include "gui/audits/programmepage.h"

#include "core/period.h"
#include "gui/audits/calendarcelldelegate.h"
#include "gui/audits/programmeentrydialog.h"
#include "gui/confirmdelete.h"
#include "gui/pagelink.h"
#include "gui/statuschipdelegate.h"
#include "models/audits/programmecalendarmodel.h"
#include "models/audits/programmemodel.h"
#include "models/searchproxymodel.h"
#include "ui_programmepageform.h"
#include "workspace/audits/auditedits.h"
#include "workspace/settings.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>

namespace assure {

namespace {

int yearContaining(const QDate &day, int fyStartMonth)
{
    return day.month() >= fyStartMonth ? day.year() : day.year() - 1;
}

} // namespace

ProgrammePage::ProgrammePage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::ProgrammePageForm>()), m_workspace(workspace),
      m_table(new ProgrammeModel(workspace, this)), m_calendar(new ProgrammeCalendarModel(workspace, this)),
      m_tableProxy(new SearchProxyModel(this)), m_calendarProxy(new SearchProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->categoryFilter->addItem(tr("Any category"), -1);
    for (ProgrammeCategory c : allProgrammeCategories())
        m_ui->categoryFilter->addItem(programmeCategoryLabel(c), int(c));
    m_ui->statusFilter->addItem(tr("Any status"), -1);
    QStringList statusWords;
    for (OccurrenceStatus s : allOccurrenceStatuses()) {
        m_ui->statusFilter->addItem(occurrenceStatusLabel(s), int(s));
        statusWords << occurrenceStatusLabel(s);
    }
    m_ui->tableButton->setChecked(true);

    m_tableProxy->setSourceModel(m_table);
    QTableView *table = m_ui->tableView;
    table->setModel(m_tableProxy);
    table->verticalHeader()->hide();
    table->setItemDelegateForColumn(
        ProgrammeModel::StatusColumn,
        new StatusChipDelegate(ProgrammeModel::StatusColourRole, ProgrammeModel::StatusTextRole, table));
    table->sortByColumn(ProgrammeModel::DueMonth, Qt::AscendingOrder);
    const int ch = fontMetrics().averageCharWidth();
    // The subject takes what the other columns leave; a reference and a moved month show whole.
    const std::pair<int, int> widths[] = {
        {ProgrammeModel::CategoryColumn, ch * 22},
        {ProgrammeModel::FrequencyColumn, ch * 11},
        {ProgrammeModel::DueMonth, ch * 27},
        {ProgrammeModel::LeadColumn, ch * 22},
        {ProgrammeModel::StatusColumn, StatusChipDelegate::columnWidthFor(statusWords, font())},
        {ProgrammeModel::AuditColumn, fontMetrics().horizontalAdvance(QStringLiteral("AU-2026-0000")) + 12}};
    for (const auto &[column, width] : widths)
        table->setColumnWidth(column, std::max(width, table->horizontalHeader()->sectionSizeHint(column)));
    table->horizontalHeader()->setSectionResizeMode(ProgrammeModel::Subject, QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(ch * 6);

    m_calendarProxy->setSourceModel(m_calendar);
    QTableView *calendar = m_ui->calendarView;
    calendar->setModel(m_calendarProxy);
    calendar->verticalHeader()->hide();
    calendar->setItemDelegate(
        new CalendarCellDelegate(ProgrammeModel::StatusColourRole, ProgrammeModel::StatusTextRole, calendar));
    const int monthWidth = CalendarCellDelegate::columnWidthFor(statusWords, font());
    for (int c = ProgrammeCalendarModel::FirstMonth; c < ProgrammeCalendarModel::ColumnCount; ++c)
        calendar->setColumnWidth(c, monthWidth);
    calendar->horizontalHeader()->setSectionResizeMode(ProgrammeCalendarModel::Subject, QHeaderView::Stretch);

    // One action for each thing an occurrence can have done to it: a button, the context menu and
    // the keyboard (the buttons' mnemonics, Enter) all go through it.
    const auto action = [this](QPushButton *button, void (ProgrammePage::*slot)()) {
        auto *a = new QAction(button->text(), this);
        a->setToolTip(button->toolTip());
        connect(a, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, button, [a, button] { button->setEnabled(a->isEnabled()); });
        return a;
    };
    m_plan = action(m_ui->planButton, &ProgrammePage::planAudit);
    m_open = action(m_ui->openAuditButton, &ProgrammePage::openAudit);
    m_done = action(m_ui->doneButton, &ProgrammePage::markDone);
    m_move = action(m_ui->moveButton, &ProgrammePage::move);
    m_skip = action(m_ui->skipButton, &ProgrammePage::skip);
    m_reopen = action(m_ui->reopenButton, &ProgrammePage::reopen);

    for (QTableView *view : {table, calendar}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProgrammePage::updateActions);
        connect(view, &QTableView::activated, this, &ProgrammePage::activated);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            QMenu menu(this);
            menu.addActions(occurrenceActions());
            menu.exec(view->viewport()->mapToGlobal(pos));
        });
    }
    connect(m_ui->yearChooser, &QComboBox::activated, this, &ProgrammePage::showYear);
    connect(m_ui->calendarButton, &QRadioButton::toggled, this, &ProgrammePage::setCalendarShown);
    connect(m_ui->categoryFilter, &QComboBox::activated, this, &ProgrammePage::applyFilters);
    connect(m_ui->statusFilter, &QComboBox::activated, this, &ProgrammePage::applyFilters);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, &ProgrammePage::addEntry);
    connect(m_ui->editEntryButton, &QPushButton::clicked, this, &ProgrammePage::editEntry);
    connect(m_ui->deleteEntryButton, &QPushButton::clicked, this, &ProgrammePage::deleteEntry);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_table), static_cast<QAbstractItemModel *>(m_calendar)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            applyFilters(); // a changed status may leave or join the status shown
        });
        connect(model, &QAbstractItemModel::modelReset, this, &ProgrammePage::applyFilters);
    }
    workspace->notifier()->subscribe({kindOf<ProgrammeEntry>(), kindOf<ProgrammeOccurrence>(), kindOf<Board>()}, this,
                                     [this] { refillYears(); });
    m_ui->addEntryButton->setEnabled(!workspace->isReadOnly());
    refillYears();
    showYear();
}

ProgrammePage::~ProgrammePage() = default;

QTableView *ProgrammePage::tableView() const
{
    return m_ui->tableView;
}

QTableView *ProgrammePage::calendarView() const
{
    return m_ui->calendarView;
}

void ProgrammePage::useSettings(Settings *settings)
{
    m_settings = settings;
    if (settings)
        showView(settings->programmeView());
}

void ProgrammePage::showView(const QString &view)
{
    (view == QLatin1String("calendar") ? m_ui->calendarButton : m_ui->tableButton)->setChecked(true);
}

void ProgrammePage::setCalendarShown(bool calendar)
{
    const OccurrenceKey chosen = currentOccurrence();
    m_ui->views->setCurrentWidget(calendar ? m_ui->calendarView : m_ui->tableView);
    if (m_settings)
        m_settings->setProgrammeView(calendar ? QStringLiteral("calendar") : QStringLiteral("table"));
    // The occurrence chosen in one view stays chosen in the other.
    if (chosen.entryId != 0) {
        const QModelIndex source =
            calendar ? m_calendar->cellOf(chosen.entryId, chosen.due)
                     : m_table->index(m_table->rowOf(chosen.entryId, chosen.due), ProgrammeModel::StatusColumn);
        QTableView *view = calendar ? m_ui->calendarView : m_ui->tableView;
        const QModelIndex shown = (calendar ? m_calendarProxy : m_tableProxy)->mapFromSource(source);
        if (shown.isValid())
            view->setCurrentIndex(shown);
    }
    updateActions();
}

void ProgrammePage::setAsOf(const QDate &day)
{
    m_table->setAsOf(day);
    m_calendar->setAsOf(day);
    showCounts();
    updateActions();
}

void ProgrammePage::refillYears()
{
    const int fyStart = m_workspace->board().fyStartMonth;
    const QVariant shown = m_ui->yearChooser->currentData();
    const QSignalBlocker block(m_ui->yearChooser);
    m_ui->yearChooser->clear();
    for (int year : ProgrammeYear::yearsOffered(*m_workspace, QDate::currentDate()))
        m_ui->yearChooser->addItem(Period::yearLabel(year, fyStart), year);
    if (m_ui->yearChooser->count() == 0) {
        const int year = yearContaining(QDate::currentDate(), fyStart);
        m_ui->yearChooser->addItem(Period::yearLabel(year, fyStart), year);
    }
    const int again = m_ui->yearChooser->findData(shown.isValid() ? shown : QVariant(m_table->year()));
    const int today = m_ui->yearChooser->findData(yearContaining(QDate::currentDate(), fyStart));
    m_ui->yearChooser->setCurrentIndex(again >= 0 ? again : std::max(0, today));
}

void ProgrammePage::selectYear(int startYear)
{
    int at = m_ui->yearChooser->findData(startYear);
    if (at < 0) { // a year the programme has nothing stored in yet, asked for by a link
        m_ui->yearChooser->addItem(Period::yearLabel(startYear, m_workspace->board().fyStartMonth), startYear);
        at = m_ui->yearChooser->count() - 1;
    }
    m_ui->yearChooser->setCurrentIndex(at);
    showYear();
}

void ProgrammePage::showYear()
{
    const int year = m_ui->yearChooser->currentData().toInt();
    m_table->setYear(year);
    m_calendar->setYear(year);
    applyFilters();
}

void ProgrammePage::applyFilters()
{
    const int category = m_ui->categoryFilter->currentData().toInt();
    const int status = m_ui->statusFilter->currentData().toInt();
    m_tableProxy->setRowFilter([this, category, status](int row) {
        const QModelIndex cell = m_table->index(row, ProgrammeModel::StatusColumn);
        return (category < 0 || cell.data(ProgrammeModel::CategoryRole).toInt() == category) &&
               (status < 0 || cell.data(ProgrammeModel::StatusRole).toInt() == status);
    });
    // The calendar keeps an entry whose year has an occurrence of the status chosen.
    m_calendarProxy->setRowFilter([this, category, status](int row) {
        const ProgrammeYear &year = m_calendar->programme();
        const ProgrammeEntry &e = year.entries()[size_t(row)];
        if (category >= 0 && int(e.category) != category)
            return false;
        return status < 0 || std::any_of(year.rows().begin(), year.rows().end(), [&](const ProgrammeRow &r) {
                   return r.entry == row && int(r.status) == status;
               });
    });
    showCounts();
    updateActions();
}

QString ProgrammePage::countsText() const
{
    return m_ui->countsLabel->text();
}

void ProgrammePage::showCounts()
{
    const std::array<int, 5> n = m_table->programme().counts();
    const auto count = [&n](OccurrenceStatus s) { return n[size_t(s)]; };
    m_ui->countsLabel->setText(
        tr("%1: <b>%L2</b> due · <b>%L3</b> overdue · <b>%L4</b> done · <b>%L5</b> skipped · %L6 planned")
            .arg(Period::yearLabel(m_table->year(), m_workspace->board().fyStartMonth))
            .arg(count(OccurrenceStatus::Due))
            .arg(count(OccurrenceStatus::Overdue))
            .arg(count(OccurrenceStatus::Done))
            .arg(count(OccurrenceStatus::Skipped))
            .arg(count(OccurrenceStatus::Planned)));
}

QModelIndex ProgrammePage::currentSource() const
{
    const bool calendar = m_ui->views->currentWidget() == m_ui->calendarView;
    const QTableView *view = calendar ? m_ui->calendarView : m_ui->tableView;
    return (calendar ? m_calendarProxy : m_tableProxy)->mapToSource(view->currentIndex());
}

OccurrenceKey ProgrammePage::currentOccurrence() const
{
    const QModelIndex source = currentSource();
    const QDate due = source.data(ProgrammeModel::DueRole).toDate();
    if (!due.isValid())
        return {};
    return {source.data(ProgrammeModel::EntryIdRole).toLongLong(), due};
}

qint64 ProgrammePage::currentEntryId() const
{
    return currentSource().data(ProgrammeModel::EntryIdRole).toLongLong();
}

qint64 ProgrammePage::currentAuditId() const
{
    return currentSource().data(ProgrammeModel::AuditIdRole).toLongLong();
}

QList<QAction *> ProgrammePage::occurrenceActions() const
{
    return {m_plan, m_open, m_done, m_move, m_skip, m_reopen};
}

void ProgrammePage::updateActions()
{
    const QModelIndex source = currentSource();
    const bool writable = !m_workspace->isReadOnly();
    const bool occurrence = currentOccurrence().entryId != 0;
    const auto status = OccurrenceStatus(source.data(ProgrammeModel::StatusRole).toInt());
    const bool closed = occurrence && (status == OccurrenceStatus::Done || status == OccurrenceStatus::Skipped);
    const bool linked = currentAuditId() != 0;
    m_plan->setEnabled(writable && occurrence && !linked && !closed);
    m_open->setEnabled(linked);
    m_done->setEnabled(writable && occurrence && status != OccurrenceStatus::Done);
    m_move->setEnabled(writable && occurrence && !closed);
    m_skip->setEnabled(writable && occurrence && status != OccurrenceStatus::Skipped);
    m_reopen->setEnabled(writable && closed);
    m_ui->editEntryButton->setEnabled(currentEntryId() != 0);
    m_ui->deleteEntryButton->setEnabled(writable && currentEntryId() != 0);
    const QString tip = source.data(Qt::ToolTipRole).toString();
    const ProgrammeEntry *entry = m_workspace->items<ProgrammeEntry>().find(currentEntryId());
    m_ui->occurrenceLabel->setText(occurrence ? QString(tip).replace(QLatin1Char('\n'), QStringLiteral(" · "))
                                   : entry    ? entry->subject
                                              : tr("Choose an occurrence to plan, mark done, move or skip it."));
}

bool ProgrammePage::openLink(const QUrl &link)
{
    if (PageLink::target(link) != QLatin1String("programme"))
        return false;
    const QString standing = PageLink::standing(link);
    m_ui->categoryFilter->setCurrentIndex(0);
    m_ui->statusFilter->setCurrentIndex(0);
    for (OccurrenceStatus s : allOccurrenceStatuses())
        if (occurrenceStatusKey(s) == standing)
            m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(int(s)));
    bool numeric = false;
    const int year = PageLink::value(link, QStringLiteral("year")).toInt(&numeric);
    selectYear(numeric ? year : yearContaining(QDate::currentDate(), m_workspace->board().fyStartMonth));
    (m_ui->views->currentWidget() == m_ui->calendarView ? m_ui->calendarView : m_ui->tableView)->setFocus();
    return true;
}

void ProgrammePage::activated()
{
    if (m_open->isEnabled())
        m_open->trigger();
    else if (m_plan->isEnabled())
        m_plan->trigger();
}

void ProgrammePage::addEntry()
{
    ProgrammeEntryDialog dialog(ProgrammeEntry{}, *m_workspace, this);
    dialog.setSubmit([&](QString *error) { return m_workspace->add(dialog.entry(), error); });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Added “%1” to the programme").arg(dialog.entry().subject));
}

void ProgrammePage::editEntry()
{
    const ProgrammeEntry *e = m_workspace->items<ProgrammeEntry>().find(currentEntryId());
    if (!e)
        return;
    ProgrammeEntryDialog dialog(*e, *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) { return m_workspace->update(dialog.entry(), error); });
    dialog.exec();
}

void ProgrammePage::deleteEntry()
{
    const qint64 id = currentEntryId();
    const ProgrammeEntry *e = m_workspace->items<ProgrammeEntry>().find(id);
    if (!e)
        return;
    QString error;
    if (confirmDelete(this, tr("Delete the programme entry “%1”?").arg(e->subject),
                      m_workspace->dependents<ProgrammeEntry>(id).describe()) &&
        !m_workspace->remove<ProgrammeEntry>(id, &error))
        showRejected(error);
}

void ProgrammePage::planAudit()
{
    const OccurrenceKey key = currentOccurrence();
    if (key.entryId == 0)
        return;
    PlanAuditDialog dialog(m_workspace, key, QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted)
        if (const Audit *a = m_workspace->items<Audit>().find(dialog.auditId()))
            Q_EMIT statusMessage(tr("Planned audit %1 “%2”").arg(a->ref, a->title));
    updateActions();
}

void ProgrammePage::openAudit()
{
    if (const qint64 id = currentAuditId())
        Q_EMIT linkRequested(PageLink::audit(id));
}

void ProgrammePage::markDone()
{
    if (const OccurrenceKey key = currentOccurrence(); key.entryId != 0)
        MarkDoneDialog(m_workspace, key, this).exec();
    updateActions();
}

void ProgrammePage::move()
{
    if (const OccurrenceKey key = currentOccurrence(); key.entryId != 0)
        MoveDialog(m_workspace, key, this).exec();
    updateActions();
}

void ProgrammePage::skip()
{
    if (const OccurrenceKey key = currentOccurrence(); key.entryId != 0)
        SkipDialog(m_workspace, key, this).exec();
    updateActions();
}

void ProgrammePage::reopen()
{
    const OccurrenceKey key = currentOccurrence();
    QString error;
    if (key.entryId != 0 && !AuditEdits(*m_workspace).reopen(key.entryId, key.due, &error))
        showRejected(error);
    updateActions();
}

void ProgrammePage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
