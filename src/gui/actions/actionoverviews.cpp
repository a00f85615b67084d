// The actions grouped with their counts, and by month on a timeline.
#include "gui/actions/actionoverviews.h"

#include "core/valueformat.h"
#include "models/actions/actionmodel.h"
#include "ui_actiongroupsform.h"
#include "ui_actiontimelineform.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace assure {

namespace {

constexpr int kIdRole = Qt::UserRole + 1; // an action's id on its row; 0 on a group's

// Overdue first, then due soon, then by due date (none last), then by reference.
bool chaseFirst(const Action &x, const ActionStanding &xs, const Action &y, const ActionStanding &ys)
{
    if (xs.overdue != ys.overdue)
        return xs.overdue;
    if (xs.dueSoon != ys.dueSoon)
        return xs.dueSoon;
    if (x.due.isValid() != y.due.isValid())
        return x.due.isValid();
    if (x.due != y.due)
        return x.due < y.due;
    return x.ref < y.ref;
}

// "Overdue", "Due soon", else the progress RAG's word: what a chair looks at first.
QString standingWord(const ActionStanding &s)
{
    if (s.overdue)
        return ActionGroupsView::tr("Overdue");
    if (s.dueSoon)
        return ActionGroupsView::tr("Due soon");
    return s.rag ? ragLabel(*s.rag) : QString();
}

void connectActivation(QTreeWidget *tree, QObject *owner, const std::function<void(qint64)> &activated)
{
    const auto open = [activated](QTreeWidgetItem *item) {
        if (item && item->data(0, kIdRole).toLongLong() != 0)
            activated(item->data(0, kIdRole).toLongLong());
    };
    QObject::connect(tree, &QTreeWidget::itemActivated, owner, [open](QTreeWidgetItem *item, int) { open(item); });
}

} // namespace

ActionGroupsView::ActionGroupsView(Workspace *workspace, ActionModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActionGroupsForm>()), m_workspace(workspace), m_model(model)
{
    m_ui->setupUi(this);
    m_ui->groupByCombo->addItem(tr("Owner agency: what each owes the board"), int(ActionGrouping::Agency));
    m_ui->groupByCombo->addItem(tr("Lead"), int(ActionGrouping::Lead));
    m_ui->groupByCombo->addItem(tr("Source"), int(ActionGrouping::Source));
    m_ui->groupByCombo->addItem(tr("Development plan"), int(ActionGrouping::Plan));
    QTreeWidget *tree = m_ui->groupsTree;
    tree->setHeaderLabels({tr("Group / action"), tr("Title"), tr("Due"), tr("Standing"), tr("Status")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    connect(m_ui->groupByCombo, &QComboBox::currentIndexChanged, this, &ActionGroupsView::rebuild);
    connect(m_ui->openOnlyCheck, &QCheckBox::toggled, this, &ActionGroupsView::rebuild);
    connectActivation(tree, this, [this](qint64 id) { Q_EMIT actionActivated(id); });
}

ActionGroupsView::~ActionGroupsView() = default;

QTreeWidget *ActionGroupsView::tree() const
{
    return m_ui->groupsTree;
}

void ActionGroupsView::showActions(const QList<qint64> &ids)
{
    m_ids = ids;
    rebuild();
}

void ActionGroupsView::setGrouping(ActionGrouping grouping)
{
    m_ui->groupByCombo->setCurrentIndex(m_ui->groupByCombo->findData(int(grouping)));
}

void ActionGroupsView::rebuild()
{
    const auto grouping = ActionGrouping(m_ui->groupByCombo->currentData().toInt());
    const bool openOnly = m_ui->openOnlyCheck->isChecked();
    const ActionSources sources(*m_workspace);
    const auto groupOf = [&](const Action &a) -> QString {
        switch (grouping) {
        case ActionGrouping::Agency: {
            const Agency *agency = m_workspace->items<Agency>().find(a.ownerAgencyId);
            return agency ? agency->name : tr("No owner agency");
        }
        case ActionGrouping::Lead: {
            const Person *lead = m_workspace->items<Person>().find(a.leadPersonId);
            return lead ? lead->name : tr("No lead");
        }
        case ActionGrouping::Source: {
            const QString name = sources.name(a.sourceKind, a.sourceId);
            return name.isEmpty() ? tr("Stands alone") : name;
        }
        case ActionGrouping::Plan: {
            const DevelopmentPlan *plan = a.sourceKind == ActionSource::DevelopmentPlan
                                              ? m_workspace->items<DevelopmentPlan>().find(a.sourceId)
                                              : nullptr;
            return plan ? plan->title : tr("Not in a development plan");
        }
        }
        return {};
    };
    struct Entry
    {
        const Action *action;
        ActionStanding standing;
    };
    QMap<QString, QList<Entry>> groups;
    for (qint64 id : m_ids)
        if (const Action *a = m_workspace->items<Action>().find(id); a && (!openOnly || isOpen(a->status)))
            groups[groupOf(*a)].append({a, m_model->standingOf(*a)});

    QTreeWidget *tree = m_ui->groupsTree;
    tree->clear();
    const ValueFormat format;
    QList<QTreeWidgetItem *> tops;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<Entry> &entries = it.value();
        std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
            return chaseFirst(*x.action, x.standing, *y.action, y.standing);
        });
        const auto overdue =
            std::count_if(entries.begin(), entries.end(), [](const Entry &e) { return e.standing.overdue; });
        const auto dueSoon =
            std::count_if(entries.begin(), entries.end(), [](const Entry &e) { return e.standing.dueSoon; });
        auto *top = new QTreeWidgetItem(
            {it.key(), tr("%1 shown · %2 overdue · %3 due soon").arg(entries.size()).arg(overdue).arg(dueSoon)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const Entry &e : entries) {
            auto *row = new QTreeWidgetItem(top, {e.action->ref, e.action->title, format.date(e.action->due),
                                                  standingWord(e.standing), actionStatusLabel(e.action->status)});
            row->setData(0, kIdRole, e.action->id);
        }
        tops.append(top);
    }
    tree->addTopLevelItems(tops);
    // Open, so that each group's actions show; on a large board the groups stay closed, as a summary of counts.
    if (m_ids.size() <= 500)
        tree->expandAll();
}

ActionTimelineView::ActionTimelineView(Workspace *workspace, ActionModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActionTimelineForm>()), m_workspace(workspace), m_model(model)
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->timelineTree;
    tree->setHeaderLabels({tr("Month / date"), tr("What"), tr("Action"), tr("Title or milestone"), tr("Standing")});
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    connect(m_ui->milestonesCheck, &QCheckBox::toggled, this, &ActionTimelineView::rebuild);
    connectActivation(tree, this, [this](qint64 id) { Q_EMIT actionActivated(id); });
}

ActionTimelineView::~ActionTimelineView() = default;

QTreeWidget *ActionTimelineView::tree() const
{
    return m_ui->timelineTree;
}

void ActionTimelineView::showActions(const QList<qint64> &ids)
{
    m_ids = ids;
    rebuild();
}

void ActionTimelineView::rebuild()
{
    struct Event
    {
        QDate date;
        bool milestone;
        const Action *action;
        QString text;
        QString standing;
    };
    QList<Event> events;
    QSet<qint64> shown;
    for (qint64 id : m_ids) {
        const Action *a = m_workspace->items<Action>().find(id);
        if (!a)
            continue;
        shown.insert(id);
        if (a->due.isValid())
            events.append({a->due, false, a, a->title, standingWord(m_model->standingOf(*a))});
    }
    if (m_ui->milestonesCheck->isChecked())
        for (const Milestone &m : m_workspace->items<Milestone>())
            if (shown.contains(m.actionId) && m.date.isValid())
                events.append({m.date, true, m_workspace->items<Action>().find(m.actionId), m.text,
                               m.done ? tr("Done") : QString()});
    std::sort(events.begin(), events.end(), [](const Event &x, const Event &y) {
        if (x.date != y.date)
            return x.date < y.date;
        if (x.milestone != y.milestone)
            return x.milestone; // a day's milestones before what falls due on it
        return x.action->ref < y.action->ref;
    });

    QTreeWidget *tree = m_ui->timelineTree;
    tree->clear();
    const ValueFormat format;
    const QDate today = m_model->asOf();
    QList<QTreeWidgetItem *> months;
    QTreeWidgetItem *month = nullptr;
    int due = 0, milestones = 0;
    const auto closeMonth = [&] {
        if (month)
            month->setText(1, tr("Due: %1 · milestones: %2").arg(due).arg(milestones));
    };
    QDate monthStart;
    QTreeWidgetItem *current = nullptr;
    for (const Event &e : events) {
        const QDate first(e.date.year(), e.date.month(), 1);
        if (first != monthStart) {
            closeMonth();
            monthStart = first;
            due = milestones = 0;
            month = new QTreeWidgetItem({tr("%1 %2").arg(format.monthName(first.month())).arg(first.year())});
            QFont bold = month->font(0);
            bold.setBold(true);
            month->setFont(0, bold);
            months.append(month);
            if (first.year() == today.year() && first.month() == today.month())
                current = month;
        }
        (e.milestone ? milestones : due) += 1;
        auto *row = new QTreeWidgetItem(
            month, {format.date(e.date), e.milestone ? tr("Milestone") : tr("Due"), e.action->ref, e.text, e.standing});
        row->setData(0, kIdRole, e.action->id);
    }
    closeMonth();
    tree->addTopLevelItems(months);
    m_ui->rangeLabel->setText(
        events.isEmpty() ? tr("No due dates or milestones among the actions shown.")
                         : tr("%1 to %2").arg(format.date(events.front().date), format.date(events.back().date)));
    // This month and the next two open: what is coming; the rest read as a summary of counts.
    const int at = current ? int(months.indexOf(current)) : -1;
    for (int i = 0; i < months.size(); ++i)
        months[i]->setExpanded(at >= 0 ? (i >= at && i <= at + 2) : months.size() <= 3);
    if (current)
        tree->scrollToItem(current, QAbstractItemView::PositionAtTop);
}

} // namespace assure
