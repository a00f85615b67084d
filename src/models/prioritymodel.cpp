// The board's business plan priorities as a table.
#include "models/prioritymodel.h"

#include "core/period.h"

#include <QCoreApplication>

namespace assure {

PriorityModel::PriorityModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, Entity::Priority, parent)
{
    // The Indicators column counts what sits under each priority; edits arrive through
    // referencedChanged, added and deleted indicators here.
    const auto recount = [this](Entity e) {
        if (e == Entity::Indicator)
            refreshColumn(Indicators);
    };
    connect(workspace->notifier(), &Notifier::inserted, this, recount);
    connect(workspace->notifier(), &Notifier::removed, this, recount);
}

void PriorityModel::referencedChanged(Entity entity)
{
    if (entity == Entity::Indicator)
        refreshColumn(Indicators);
}

int PriorityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Priority &p = itemAt(index.row());
    if (role == IdRole)
        return p.id;
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole;
    switch (index.column()) {
    case Title: return text ? QVariant(p.title) : QVariant();
    case Description: return text ? QVariant(p.description) : QVariant();
    case Year:
        if (role == Qt::DisplayRole)
            return priorityYearLabel(p.year, m_workspace->board().fyStartMonth);
        if (role == SortRole)
            return p.year;
        break;
    case Indicators:
        if (role == Qt::DisplayRole || role == SortRole)
            return int(m_workspace->dependentsOfPriority(p.id).underPriority.size());
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant PriorityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Priority");
    case Year: return tr("Year");
    case Indicators: return tr("Indicators");
    case Description: return tr("Description");
    default: return {};
    }
}

Qt::ItemFlags PriorityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && !m_workspace->isReadOnly() && (index.column() == Title || index.column() == Description))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PriorityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Priority p = itemAt(index.row());
    switch (index.column()) {
    case Title: p.title = value.toString().trimmed(); break;
    case Description: p.description = value.toString().trimmed(); break;
    default: return false;
    }
    return submit(p);
}

QList<Choice> priorityChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PriorityModel", "No priority"), qint64(0)}};
    for (const Priority &p : workspace.priorities())
        out.append({p.title, p.id});
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

QString priorityYearLabel(int year, int fyStartMonth)
{
    return year == 0 ? QCoreApplication::translate("assure::PriorityModel", "Standing") : Period::yearLabel(year, fyStartMonth);
}

} // namespace assure
