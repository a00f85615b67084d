// The Actions page: the board's action plans and the chosen action's check, milestones and log.
#include "gui/actions/actionspage.h"

#include "core/valueformat.h"
#include "gui/actions/actiondialog.h"
#include "gui/actions/actionstepdialogs.h"
#include "gui/actions/progressreturns.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/statuschipdelegate.h"
#include "models/actions/actionmodel.h"
#include "models/board/personmodel.h"
#include "models/searchproxymodel.h"
#include "ui_actionspageform.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>
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
    connect(m_ui->progressButton, &QPushButton::clicked, this, &ActionsPage::addProgressUpdate);
    connect(m_ui->statusButton, &QPushButton::clicked, this, &ActionsPage::changeStatus);
    connect(m_ui->impactButton, &QPushButton::clicked, this, &ActionsPage::recordImpact);
    // The pane follows the table's selected action, as the panel announces it once settled.
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &ActionsPage::showAction);
    connect(m_model, &TableModelBase::editRejected, this, &ActionsPage::showRejected);
    connect(m_returns, &ProgressReturns::statusMessage, this, &Page::statusMessage);
    refillAgencies();
    workspace->notifier()->subscribe({kindOf<Agency>()}, this, [this] { refillAgencies(); });
    // The pane shows the action anew when it, its milestones, its log or its people change (or undo).
    workspace->notifier()->subscribe(
        {kindOf<Action>(), kindOf<Milestone>(), kindOf<ProgressUpdate>(), kindOf<Person>(), kindOf<Agency>()}, this,
        [this] { showAction(m_shownId); });
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
    auto *holder = new QVBoxLayout(m_ui->tableHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_table);
    QTableView *view = m_table->view();
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
    if (target != QLatin1String("action") && target != QLatin1String("actions"))
        return false;
    // The link's action or standing shows whatever filters were left on: they start again from "Any".
    for (QComboBox *combo : {m_ui->agencyFilter, m_ui->statusFilter, m_ui->ragFilter})
        combo->setCurrentIndex(0);
    m_table->searchEdit()->clear();
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
    m_ui->milestonesTable->setRowCount(0);
    m_ui->progressTable->setRowCount(0);
    if (!a) {
        m_ui->detailTitle->setText(tr("Choose an action to see its SMART check, milestones and progress."));
        m_ui->smartView->clear();
        return;
    }
    m_ui->detailTitle->setText(tr("%1 %2 (%3)").arg(a->ref, a->title, actionStatusLabel(a->status)));
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

void ActionsPage::addAction()
{
    ActionDialog dialog(Action{}, *m_workspace, this);
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
    QMessageBox box(QMessageBox::Question, tr("Delete"), tr("Delete %1?").arg(KindTraits<Action>::deleteQuestion(*a)),
                    QMessageBox::Cancel, this);
    const QString consequences = m_workspace->dependents<Action>(id).describe();
    box.setInformativeText((consequences.isEmpty() ? tr("Nothing else refers to it.") : consequences) +
                           QLatin1Char(' ') + tr("You can undo this."));
    QAbstractButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
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

void ActionsPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
