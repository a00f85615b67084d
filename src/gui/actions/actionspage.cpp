// The Actions page: the board's action plans and the chosen action's check, milestones and log.
#include "gui/actions/actionspage.h"

#include "core/valueformat.h"
#include "gui/actions/actiondialog.h"
#include "gui/actions/actionlinks.h"
#include "gui/actions/actionoverviews.h"
#include "gui/actions/actionsettingsdialog.h"
#include "gui/actions/actionstepdialogs.h"
#include "gui/actions/bulkchangedialog.h"
#include "gui/actions/developmentplansdialog.h"
#include "gui/actions/progressreturns.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/statuschipdelegate.h"
#include "models/actions/actionmodel.h"
#include "models/board/personmodel.h"
#include "models/searchproxymodel.h"
#include "ui_actionspageform.h"
#include "workspace/actions/actionbulk.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

ActionsPage::ActionsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::ActionsPageForm>()), m_workspace(workspace),
      m_model(new ActionModel(workspace, this)), m_returns(new ProgressReturns(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->statusFilter->addItem(tr("Any status"), -1);
    for (ActionStatus s : allActionStatuses())
        m_ui->statusFilter->addItem(actionStatusLabel(s), int(s));
    m_ui->ragFilter->addItem(tr("Any RAG"), -1);
    for (Rag r : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red})
        m_ui->ragFilter->addItem(ragLabel(r), int(r));
    QFont bold = m_ui->detailTitle->font();
    bold.setBold(true);
    m_ui->detailTitle->setFont(bold);
    m_ui->milestonesTable->setColumnCount(3);
    m_ui->milestonesTable->setHorizontalHeaderLabels({tr("Date"), tr("Milestone"), tr("Done")});
    m_ui->progressTable->setColumnCount(4);
    m_ui->progressTable->setHorizontalHeaderLabels({tr("Date"), tr("Author"), tr("Update"), tr("Done")});
    for (QTableWidget *t : {m_ui->milestonesTable, m_ui->progressTable}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(t == m_ui->milestonesTable ? 1 : 2, QHeaderView::Stretch);
    }
    m_ui->pageSplitter->setStretchFactor(0, 3);
    m_ui->pageSplitter->setStretchFactor(1, 2);
    layOutTable();

    connect(m_ui->agencyFilter, &QComboBox::activated, this, &ActionsPage::applyFilters);
    connect(m_ui->statusFilter, &QComboBox::activated, this, &ActionsPage::applyFilters);
    connect(m_ui->ragFilter, &QComboBox::activated, this, &ActionsPage::applyFilters);
    connect(m_ui->overdueFilter, &QCheckBox::toggled, this, &ActionsPage::applyFilters);
    connect(m_ui->dueSoonFilter, &QCheckBox::toggled, this, &ActionsPage::applyFilters);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, [this] {
        ActionSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_ui->plansButton, &QPushButton::clicked, this, [this] {
        DevelopmentPlansDialog dialog(m_workspace, this);
        connect(&dialog, &DevelopmentPlansDialog::historyRequested, this, &Page::historyRequested);
        dialog.exec();
    });
    connect(m_ui->bulkButton, &QPushButton::clicked, this, &ActionsPage::bulkChange);
    connect(m_ui->mailButton, &QPushButton::clicked, this, [this] {
        if (const QUrl url = mailToLead(); !url.isEmpty())
            QDesktopServices::openUrl(url);
    });
    connect(m_ui->progressButton, &QPushButton::clicked, this, &ActionsPage::addProgressUpdate);
    connect(m_ui->statusButton, &QPushButton::clicked, this, &ActionsPage::changeStatus);
    connect(m_ui->impactButton, &QPushButton::clicked, this, &ActionsPage::recordImpact);
    // The pane follows the table's selected action, as the panel announces it once settled.
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &ActionsPage::showAction);
    connect(m_model, &TableModelBase::editRejected, this, &ActionsPage::showRejected);
    connect(m_ui->sourceLink, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT linkRequested(QUrl(link)); });
    connect(m_returns, &ProgressReturns::statusMessage, this, &Page::statusMessage);
    refillAgencies();
    workspace->notifier()->subscribe({kindOf<Agency>()}, this, [this] { refillAgencies(); });
    // Overdue, due soon and RAG are read by the board's settings: the filters ask again when they change.
    workspace->notifier()->subscribe({kindOf<ActionSettings>()}, this, [this] { applyFilters(); });
    // The pane shows the action anew when it, its milestones, its log, its people or what links to
    // it change (or undo).
    workspace->notifier()->subscribe({kindOf<Action>(), kindOf<Milestone>(), kindOf<ProgressUpdate>(), kindOf<Person>(),
                                      kindOf<Agency>(), kindOf<RiskAction>(), kindOf<ComplaintAction>(),
                                      kindOf<EscalationAction>(), kindOf<FeedbackAction>()},
                                     this, [this] { showAction(m_shownId); });
    m_table->setReadOnly(workspace->isReadOnly());
    if (m_table->proxy()->rowCount() > 0)
        m_table->view()->selectRow(0); // the pane follows through currentIdChanged
    else
        showAction(0);
}

ActionsPage::~ActionsPage() = default;

void ActionsPage::layOutTable()
{
    m_table = new EntityTablePanel(
        m_model, tr("action"), tr("actions"),
        {[this] { addAction(); }, [this](qint64 id) { editAction(id); }, [this](qint64 id) { removeAction(id); },
         [this](qint64 id) {
             if (const Action *a = m_workspace->items<Action>().find(id))
                 Q_EMIT historyRequested(QStringLiteral("action"), id, a->ref + QLatin1Char(' ') + a->title);
         }},
        m_ui->tableHolder);
    // The table, and two other readings of the same filtered actions: grouped, and by month.
    m_views = new QTabWidget(m_ui->tableHolder);
    m_views->setDocumentMode(true);
    m_groups = new ActionGroupsView(m_workspace, m_model, m_views);
    m_timeline = new ActionTimelineView(m_workspace, m_model, m_views);
    m_views->addTab(m_table, tr("Table"));
    m_views->addTab(m_groups, tr("Grouped"));
    m_views->addTab(m_timeline, tr("Timeline"));
    auto *holder = new QVBoxLayout(m_ui->tableHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_views);
    connect(m_groups, &ActionGroupsView::actionActivated, this, &ActionsPage::openFromOverview);
    connect(m_timeline, &ActionTimelineView::actionActivated, this, &ActionsPage::openFromOverview);
    connect(m_views, &QTabWidget::currentChanged, this, &ActionsPage::refreshOverview);
    // What the table shows is what the overviews read: they follow it whenever it changes.
    QAbstractItemModel *shown = m_table->proxy();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(shown, signal, this, &ActionsPage::refreshOverview);
    connect(shown, &QAbstractItemModel::modelReset, this, &ActionsPage::refreshOverview);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &ActionsPage::refreshOverview);
    connect(shown, &QAbstractItemModel::dataChanged, this, &ActionsPage::refreshOverview);
    QTableView *view = m_table->view();
    // Many rows may be chosen for a bulk change; the pane shows the first chosen.
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setItemDelegateForColumn(
        ActionModel::ProgressColumn,
        new StatusChipDelegate(ActionModel::StatusColourRole, ActionModel::StatusTextRole, view));
    QStringList ragWords;
    for (Rag r : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red})
        ragWords << ragLabel(r);
    const std::pair<int, int> widths[] = {{ActionModel::Reference, 95},     {ActionModel::Title, 240},
                                          {ActionModel::AgencyColumn, 120}, {ActionModel::LeadColumn, 105},
                                          {ActionModel::StatusColumn, 95},  {ActionModel::Due, 85},
                                          {ActionModel::Timing, 75},        {ActionModel::SmartColumn, 60}};
    // Never narrower than the header's words (which translations lengthen).
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->setColumnWidth(ActionModel::ProgressColumn,
                         std::max(view->horizontalHeader()->sectionSizeHint(ActionModel::ProgressColumn),
                                  StatusChipDelegate::columnWidthFor(ragWords, view->font())));
    view->horizontalHeader()->setStretchLastSection(false);
    m_table->setSpareWidthColumn(ActionModel::Title, 28);
}

QList<QAction *> ActionsPage::importExportActions() const
{
    return m_returns->actions();
}

void ActionsPage::focusSearch()
{
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void ActionsPage::refillAgencies()
{
    QComboBox *combo = m_ui->agencyFilter;
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("Any agency"), qint64(-1));
    for (const Choice &c : agencyChoices(*m_workspace))
        combo->addItem(c.label, c.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    applyFilters(); // a deleted choice falls back to "Any", and the table with it
}

bool ActionsPage::openLink(const QUrl &link)
{
    const QString target = PageLink::target(link);
    if (target == QLatin1String("new-action")) {
        const auto kind = actionSourceFromKey(PageLink::value(link, QStringLiteral("source")));
        if (!kind)
            return false;
        clearFilters(); // so that the new action shows once saved
        // The editor opens once this page is the one shown behind it.
        const qint64 sourceId = PageLink::id(link);
        QMetaObject::invokeMethod(
            this, [this, kind, sourceId] { addActionFrom(*kind, sourceId); }, Qt::QueuedConnection);
        return true;
    }
    if (target != QLatin1String("action") && target != QLatin1String("actions"))
        return false;
    // The link's action or standing shows whatever filters were left on: they start again from "Any".
    clearFilters();
    const QString standing = PageLink::standing(link);
    {
        const QSignalBlocker overdue(m_ui->overdueFilter), dueSoon(m_ui->dueSoonFilter);
        m_ui->overdueFilter->setChecked(standing == QLatin1String("overdue"));
        m_ui->dueSoonFilter->setChecked(standing == QLatin1String("due_soon"));
    }
    // Completed is not closed: what awaits its evidence of impact is the completed actions.
    if (standing == QLatin1String("awaiting_evidence"))
        m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(int(ActionStatus::Completed)));
    applyFilters();
    if (target == QLatin1String("action"))
        selectAction(PageLink::id(link));
    else if (m_table->proxy()->rowCount() > 0)
        m_table->view()->selectRow(0);
    m_table->view()->setFocus();
    return true;
}

void ActionsPage::clearFilters()
{
    for (QComboBox *combo : {m_ui->agencyFilter, m_ui->statusFilter, m_ui->ragFilter})
        combo->setCurrentIndex(0);
    m_table->searchEdit()->clear();
    {
        const QSignalBlocker overdue(m_ui->overdueFilter), dueSoon(m_ui->dueSoonFilter);
        m_ui->overdueFilter->setChecked(false);
        m_ui->dueSoonFilter->setChecked(false);
    }
    applyFilters();
}

void ActionsPage::applyFilters()
{
    const qint64 agency = m_ui->agencyFilter->currentData().toLongLong();
    const int status = m_ui->statusFilter->currentData().toInt();
    const int rag = m_ui->ragFilter->currentData().toInt();
    const bool overdue = m_ui->overdueFilter->isChecked();
    const bool dueSoon = m_ui->dueSoonFilter->isChecked();
    m_table->proxy()->setRowFilter([=](int row) {
        const Action &a = m_model->itemAt(row);
        if ((agency >= 0 && a.ownerAgencyId != agency) || (status >= 0 && int(a.status) != status))
            return false;
        if (rag < 0 && !overdue && !dueSoon)
            return true;
        const ActionStanding s = m_model->standingAt(row);
        if (rag >= 0 && (!s.rag || int(*s.rag) != rag))
            return false;
        // Both ticked: either will do, as a chair asking "what needs chasing" means.
        return (!overdue && !dueSoon) || (overdue && s.overdue) || (dueSoon && s.dueSoon);
    });
}

QString ActionsPage::detailTitle() const
{
    return m_ui->detailTitle->text();
}

QString ActionsPage::sourceText() const
{
    QTextDocument doc;
    doc.setHtml(m_ui->sourceLink->text());
    return doc.toPlainText();
}

QString ActionsPage::smartText() const
{
    return m_ui->smartView->toPlainText();
}

QTableWidget *ActionsPage::milestones() const
{
    return m_ui->milestonesTable;
}

QTableWidget *ActionsPage::progressLog() const
{
    return m_ui->progressTable;
}

void ActionsPage::selectAction(qint64 id)
{
    m_table->selectId(id);
}

void ActionsPage::showAction(qint64 id)
{
    const Action *a = m_workspace->items<Action>().find(id);
    m_shownId = a ? id : 0;
    const bool editable = a && !m_workspace->isReadOnly();
    for (QPushButton *b : {m_ui->progressButton, m_ui->statusButton, m_ui->impactButton})
        b->setEnabled(editable);
    const Person *lead = a ? m_workspace->items<Person>().find(a->leadPersonId) : nullptr;
    m_ui->mailButton->setEnabled(lead && !lead->email.trimmed().isEmpty());
    m_ui->mailButton->setToolTip(lead && !lead->email.trimmed().isEmpty()
                                     ? tr("Write to %1 about all their open actions").arg(lead->name)
                                     : tr("The action's lead has no email address on the Board page"));
    m_ui->milestonesTable->setRowCount(0);
    m_ui->progressTable->setRowCount(0);
    if (!a) {
        m_ui->detailTitle->setText(tr("Choose an action to see its SMART check, milestones and progress."));
        m_ui->smartView->clear();
        m_ui->sourceLink->clear();
        return;
    }
    m_ui->detailTitle->setText(tr("%1 %2 (%3)").arg(a->ref, a->title, actionStatusLabel(a->status)));
    showSource(*a);
    m_ui->smartView->setHtml(smartCheckHtml(m_model->standingOf(*a).smart));
    const ValueFormat format;
    const auto addRow = [](QTableWidget *table, const QStringList &cells) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells[c]));
    };
    for (const Milestone &m : m_workspace->items<Milestone>())
        if (m.actionId == id)
            addRow(m_ui->milestonesTable, {format.date(m.date), m.text, m.done ? tr("Yes") : tr("No")});
    for (const ProgressUpdate &u : m_workspace->items<ProgressUpdate>())
        if (u.actionId == id)
            addRow(m_ui->progressTable,
                   {format.date(u.date), u.author, u.text, u.percent ? tr("%1%").arg(*u.percent) : QString()});
}

void ActionsPage::showSource(const Action &a)
{
    m_ui->sourceLink->setText(ActionLinks::html(*m_workspace, a));
}

void ActionsPage::addAction()
{
    addActionFrom(ActionSource::None, 0);
}

void ActionsPage::addActionFrom(ActionSource kind, qint64 sourceId)
{
    if (m_workspace->isReadOnly()) {
        showRejected(tr("The board is open read-only: actions cannot be added."));
        return;
    }
    ActionDialog dialog(ActionSources(*m_workspace).newActionFrom(kind, sourceId), *m_workspace, this);
    qint64 id = 0;
    dialog.setSubmit([&](QString *error) {
        const Action a = dialog.action();
        return PrivacyCheck::save(
            &dialog, m_workspace, ActionDialog::privacyFields(a),
            [&](QString *e, qint64 *newId) {
                const bool added = ActionEdits(*m_workspace).add(a, QDate::currentDate(), e, &id);
                *newId = id;
                return added;
            },
            error);
    });
    if (dialog.exec() == QDialog::Accepted && id != 0)
        m_table->selectId(id);
}

void ActionsPage::editAction(qint64 id)
{
    const Action *a = m_workspace->items<Action>().find(id);
    if (!a)
        return;
    ActionDialog dialog(*a, *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const Action edited = dialog.action();
            return PrivacyCheck::save(
                &dialog, m_workspace, ActionDialog::privacyFields(edited),
                [&](QString *e, qint64 *) { return m_workspace->update(edited, e); }, error);
        });
    dialog.exec();
}

void ActionsPage::removeAction(qint64 id)
{
    const Action *a = m_workspace->items<Action>().find(id);
    if (!a)
        return;
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<Action>::deleteQuestion(*a)),
                       m_workspace->dependents<Action>(id)))
        return;
    QString error;
    if (!m_workspace->remove<Action>(id, &error))
        showRejected(error);
}

void ActionsPage::addProgressUpdate()
{
    if (!m_shownId)
        return;
    ProgressUpdateDialog dialog(m_workspace, m_shownId, this);
    dialog.exec();
}

void ActionsPage::changeStatus()
{
    if (!m_shownId)
        return;
    StatusDialog dialog(m_workspace, m_shownId, this);
    dialog.exec();
}

void ActionsPage::recordImpact()
{
    if (!m_shownId)
        return;
    ImpactDialog dialog(m_workspace, m_shownId, this);
    dialog.exec();
}

QList<qint64> ActionsPage::shownIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel *proxy = m_table->proxy();
    ids.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids.append(proxy->index(row, 0).data(TableModelBase::IdRole).toLongLong());
    return ids;
}

QList<qint64> ActionsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->view()->selectionModel()->selectedRows())
        ids.append(index.data(TableModelBase::IdRole).toLongLong());
    return ids;
}

void ActionsPage::refreshOverview()
{
    // Worked out only for the overview in sight: on a large board each is a pass over every action.
    if (m_views->currentWidget() == m_groups)
        m_groups->showActions(shownIds());
    else if (m_views->currentWidget() == m_timeline)
        m_timeline->showActions(shownIds());
}

void ActionsPage::showOverview(int index)
{
    m_views->setCurrentIndex(index);
}

void ActionsPage::openFromOverview(qint64 id)
{
    m_views->setCurrentWidget(m_table);
    selectAction(id);
    m_table->view()->setFocus();
}

void ActionsPage::bulkChange()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_workspace->isReadOnly())
        return;
    BulkChangeDialog dialog(ids, m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Actions changed: %1. Undo puts them all back.").arg(dialog.plan().changes.size()));
}

QUrl ActionsPage::mailToLead() const
{
    const Action *a = m_workspace->items<Action>().find(m_shownId);
    return a ? leadMailto(*m_workspace, a->leadPersonId, m_model->asOf()) : QUrl();
}

void ActionsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
