// The audit programme of one financial year as a calendar of entries by month.
#include "models/audits/programmecalendarmodel.h"

#include "models/audits/programmemodel.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QFont>
#include <QLocale>

namespace assure {

ProgrammeCalendarModel::ProgrammeCalendarModel(Workspace *workspace, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace), m_asOf(QDate::currentDate())
{
    const QDate today = QDate::currentDate();
    const int fyStart = workspace->board().fyStartMonth;
    build(ProgrammeYear(*workspace, today.month() >= fyStart ? today.year() : today.year() - 1, m_asOf));
    workspace->notifier()->subscribe({kindOf<ProgrammeEntry>(), kindOf<ProgrammeOccurrence>(), kindOf<Audit>(),
                                      kindOf<Person>(), kindOf<SubGroup>(), kindOf<Board>()},
                                     this, [this] { refresh(); });
}

void ProgrammeCalendarModel::build(ProgrammeYear year)
{
    m_year = std::move(year);
    m_cells.assign(m_year.entries().size(), {});
    for (size_t i = 0; i < m_year.rows().size(); ++i) {
        const ProgrammeRow &r = m_year.rows()[i];
        std::array<Cell, 12> &cells = m_cells[size_t(r.entry)];
        const int now = m_year.monthIndex(r.occurrence.month());
        if (now >= 0) {
            if (cells[size_t(now)].expected < 0)
                cells[size_t(now)].expected = int(i);
            else
                ++cells[size_t(now)].alsoThere;
        }
        const int was = m_year.monthIndex(r.occurrence.due);
        if (r.occurrence.moved.isValid() && was >= 0)
            cells[size_t(was)].movedAway = int(i);
    }
}

void ProgrammeCalendarModel::setYear(int startYear)
{
    if (startYear == m_year.startYear())
        return;
    beginResetModel();
    build(ProgrammeYear(*m_workspace, startYear, m_asOf));
    endResetModel();
}

void ProgrammeCalendarModel::setAsOf(const QDate &day)
{
    m_asOf = day;
    refresh();
}

void ProgrammeCalendarModel::refresh()
{
    ProgrammeYear year(*m_workspace, m_year.startYear(), m_asOf);
    bool same = year.entries().size() == m_year.entries().size();
    for (size_t i = 0; same && i < year.entries().size(); ++i)
        same = year.entries()[i].id == m_year.entries()[i].id;
    if (same) {
        build(std::move(year));
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    build(std::move(year));
    endResetModel();
}

QModelIndex ProgrammeCalendarModel::cellOf(qint64 entryId, const QDate &due) const
{
    for (const ProgrammeRow &r : m_year.rows()) {
        if (r.occurrence.entryId != entryId || r.occurrence.due != due)
            continue;
        // Where it is expected now; a month outside the year: the month it was moved from.
        const int now = m_year.monthIndex(r.occurrence.month());
        const int month = now >= 0 ? now : m_year.monthIndex(r.occurrence.due);
        return month >= 0 ? index(r.entry, FirstMonth + month) : QModelIndex();
    }
    return {};
}

const ProgrammeRow *ProgrammeCalendarModel::occurrenceAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() < FirstMonth)
        return nullptr;
    const Cell &c = m_cells[size_t(index.row())][size_t(index.column() - FirstMonth)];
    const int row = c.expected >= 0 ? c.expected : c.movedAway;
    return row >= 0 ? &m_year.rows()[size_t(row)] : nullptr;
}

int ProgrammeCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_year.entries().size());
}

int ProgrammeCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProgrammeEntry &e = m_year.entries()[size_t(index.row())];
    if (index.column() == Subject) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return e.subject;
        if (role == ProgrammeModel::EntryIdRole)
            return e.id;
        if (role == ProgrammeModel::CategoryRole)
            return int(e.category);
        return {};
    }
    const Cell &c = m_cells[size_t(index.row())][size_t(index.column() - FirstMonth)];
    if (c.expected < 0 && c.movedAway < 0)
        return role == ProgrammeModel::CategoryRole ? QVariant(int(e.category)) : QVariant();
    const ProgrammeRow &r = m_year.rows()[size_t(c.expected >= 0 ? c.expected : c.movedAway)];
    if (c.expected < 0) { // only the month it was moved away from: words, no chip
        const QString where = ProgrammeYear::monthText(r.occurrence.moved);
        // An arrow and the month, to fit a month's column; read aloud and in the tooltip in words.
        if (role == Qt::DisplayRole)
            return tr("→ %1").arg(QLocale().toString(r.occurrence.moved, QStringLiteral("MMM")));
        if (role == Qt::AccessibleTextRole)
            return tr("Moved to %1").arg(where);
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole)
            return tr("%1: due in %2, moved to %3").arg(e.subject, ProgrammeYear::monthText(r.occurrence.due), where);
        if (role == ProgrammeModel::StatusColourRole || role == ProgrammeModel::StatusTextRole)
            return {};
        return role == SortRole ? QVariant() : occurrenceRoleData(m_year, r, role);
    }
    const QString word = occurrenceStatusLabel(r.status);
    switch (role) {
    // A second occurrence the same month (one moved into it) is told in the tooltip: its count on
    // the chip would not fit a month's column.
    case Qt::DisplayRole:
    case ProgrammeModel::StatusTextRole: return word;
    case Qt::ToolTipRole: {
        QString tip = tr("%1, %2: %3").arg(e.subject, ProgrammeYear::monthText(r.occurrence.month()), word);
        if (r.occurrence.moved.isValid())
            tip += QLatin1Char('\n') + tr("Moved from %1").arg(ProgrammeYear::monthText(r.occurrence.due));
        if (r.status == OccurrenceStatus::Skipped)
            tip += QLatin1Char('\n') + tr("Skipped: %1").arg(r.occurrence.skipReason);
        if (!r.auditRef.isEmpty())
            tip += QLatin1Char('\n') + tr("Audit %1").arg(r.auditRef);
        if (c.alsoThere > 0)
            tip += QLatin1Char('\n') + tr("and %n more this month", nullptr, c.alsoThere);
        return tip;
    }
    case SortRole: return int(r.status);
    default: return occurrenceRoleData(m_year, r, role);
    }
}

QVariant ProgrammeCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return TableModelBase::headerData(section, orientation, role);
    if (section == Subject)
        return role == Qt::DisplayRole ? tr("Subject") : QVariant();
    const QDate month = m_year.monthAt(section - FirstMonth);
    // The locale's short name, through tr() so that a translation may write its months otherwise.
    if (role == Qt::DisplayRole)
        return tr("%1", "a calendar column: the month's short name")
            .arg(QLocale().toString(month, QStringLiteral("MMM")));
    if (role == Qt::ToolTipRole)
        return ProgrammeYear::monthText(month);
    return {};
}

} // namespace assure
