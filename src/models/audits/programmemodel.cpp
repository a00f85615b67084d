// The audit programme of one financial year as a table of occurrences.
#include "models/audits/programmemodel.h"

#include "core/valueformat.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QColor>

namespace assure {

QVariant occurrenceRoleData(const ProgrammeYear &year, const ProgrammeRow &row, int role)
{
    switch (role) {
    case TableModelBase::IdRole: return row.occurrence.id;
    case ProgrammeModel::StatusColourRole: return QColor::fromRgb(occurrenceStatusRgb(row.status));
    case ProgrammeModel::StatusTextRole: return occurrenceStatusLabel(row.status);
    case ProgrammeModel::StatusRole: return int(row.status);
    case ProgrammeModel::EntryIdRole: return row.occurrence.entryId;
    case ProgrammeModel::DueRole: return row.occurrence.due;
    case ProgrammeModel::AuditIdRole: return row.auditId;
    case ProgrammeModel::CategoryRole: return int(year.entries()[size_t(row.entry)].category);
    default: return {};
    }
}

ProgrammeModel::ProgrammeModel(Workspace *workspace, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace), m_asOf(QDate::currentDate())
{
    const QDate today = QDate::currentDate();
    const int fyStart = workspace->board().fyStartMonth;
    m_year = ProgrammeYear(*workspace, today.month() >= fyStart ? today.year() : today.year() - 1, m_asOf);
    workspace->notifier()->subscribe({kindOf<ProgrammeEntry>(), kindOf<ProgrammeOccurrence>(), kindOf<Audit>(),
                                      kindOf<Person>(), kindOf<SubGroup>(), kindOf<Board>()},
                                     this, [this] { refresh(); });
}

void ProgrammeModel::setYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    beginResetModel();
    m_year = ProgrammeYear(*m_workspace, startYear, m_asOf);
    endResetModel();
}

void ProgrammeModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    refresh();
}

void ProgrammeModel::refresh()
{
    ProgrammeYear year(*m_workspace, m_year.startYear(), m_asOf);
    bool same = year.rows().size() == m_year.rows().size();
    for (size_t i = 0; same && i < year.rows().size(); ++i)
        same = year.rows()[i].occurrence.entryId == m_year.rows()[i].occurrence.entryId &&
               year.rows()[i].occurrence.due == m_year.rows()[i].occurrence.due;
    if (same) {
        m_year = std::move(year);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_year = std::move(year);
    endResetModel();
}

int ProgrammeModel::rowOf(qint64 entryId, const QDate &due) const
{
    for (size_t i = 0; i < m_year.rows().size(); ++i)
        if (m_year.rows()[i].occurrence.entryId == entryId && m_year.rows()[i].occurrence.due == due)
            return int(i);
    return -1;
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_year.rows().size());
}

int ProgrammeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProgrammeRow &r = m_year.rows()[size_t(index.row())];
    const ProgrammeEntry &e = m_year.entries()[size_t(r.entry)];
    const ProgrammeOccurrence &o = r.occurrence;
    if (role >= IdRole && role != SortRole)
        return occurrenceRoleData(m_year, r, role);
    const bool shown = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (Column(index.column())) {
    case Subject:
        if (shown || role == SortRole)
            return e.subject;
        break;
    case CategoryColumn:
        if (shown)
            return programmeCategoryLabel(e.category);
        if (role == SortRole)
            return int(e.category);
        break;
    case FrequencyColumn:
        if (shown)
            return programmeFrequencyLabel(e.frequency);
        if (role == SortRole)
            return int(e.frequency);
        break;
    case DueMonth:
        if (role == Qt::DisplayRole)
            return o.moved.isValid() ? tr("%1 (moved from %2)")
                                           .arg(ProgrammeYear::monthText(o.moved), ProgrammeYear::monthText(o.due))
                                     : ProgrammeYear::monthText(o.due);
        if (role == Qt::ToolTipRole && o.moved.isValid())
            return tr("Due in %1, moved to %2").arg(ProgrammeYear::monthText(o.due), ProgrammeYear::monthText(o.moved));
        if (role == SortRole)
            return o.month().toJulianDay();
        break;
    case LeadColumn:
        if (shown || role == SortRole)
            return m_year.leadOf(r.entry);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return occurrenceStatusLabel(r.status);
        if (role == SortRole)
            return int(r.status);
        if (role == Qt::ToolTipRole) {
            if (r.status == OccurrenceStatus::Skipped)
                return tr("Skipped: %1").arg(o.skipReason);
            if (r.status == OccurrenceStatus::Done && o.doneOn.isValid())
                return tr("Done on %1").arg(ValueFormat().date(o.doneOn));
            if (o.moved.isValid())
                return tr("%1, moved to %2").arg(occurrenceStatusLabel(r.status), ProgrammeYear::monthText(o.moved));
        }
        break;
    case AuditColumn:
        if (shown || role == SortRole)
            return r.auditRef;
        break;
    case ColumnCount: break;
    }
    return {};
}

QVariant ProgrammeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (Column(section)) {
    case Subject: return tr("Subject");
    case CategoryColumn: return tr("Category");
    case FrequencyColumn: return tr("Frequency");
    case DueMonth: return tr("Due");
    case LeadColumn: return tr("Lead");
    case StatusColumn: return tr("Status");
    case AuditColumn: return tr("Audit");
    case ColumnCount: break;
    }
    return {};
}

} // namespace assure
