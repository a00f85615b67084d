// The audit programme of one financial year as a table: one row per occurrence (stored, or due by
// its entry's frequency), with the entry's subject, category, frequency and lead, the month it is
// expected in (and where it was moved from), its status on a day, and the audit linked to it.
#pragma once

#include "models/audits/programmeyear.h"
#include "models/tablemodelbase.h"

namespace assure {

class Workspace;

class ProgrammeModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        Subject,
        CategoryColumn,
        FrequencyColumn,
        DueMonth,
        LeadColumn,
        StatusColumn,
        AuditColumn,
        ColumnCount
    };
    // Shared with the calendar (ProgrammeCalendarModel), so the page reads a cell of either alike.
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the status chip's colour (QColor)
        StatusTextRole,                   // the word on it
        StatusRole,                       // the status (int, OccurrenceStatus)
        EntryIdRole,                      // the occurrence's programme entry (qint64)
        DueRole,                          // the month it falls due (QDate, the first of it)
        AuditIdRole,                      // the audit that did it or was planned for it (qint64, 0: none)
        CategoryRole,                     // the entry's category (int, ProgrammeCategory)
    };

    ProgrammeModel(Workspace *workspace, QObject *parent = nullptr);

    // The financial year shown, by the year it starts in, and the day statuses are read on.
    void setYear(int startYear);
    int year() const { return m_year.startYear(); }
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }
    const ProgrammeYear &programme() const { return m_year; }
    // The row of an entry's occurrence due in a month; -1 when the year has none.
    int rowOf(qint64 entryId, const QDate &due) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Gathers the year anew: the same occurrences say their cells changed; others reset the table.
    void refresh();

    Workspace *m_workspace;
    QDate m_asOf;
    ProgrammeYear m_year;
};

// The data of an occurrence's roles shared by the table and the calendar; null for other roles.
QVariant occurrenceRoleData(const ProgrammeYear &year, const ProgrammeRow &row, int role);

} // namespace assure
