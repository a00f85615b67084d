// The audit programme of one financial year as a calendar: one row per entry, its subject and then
// the year's twelve months (from the board's first month of the year), each cell holding the
// status of the occurrence expected that month as a word on a coloured chip. A month an occurrence
// was moved away from points to where it went ("→ Jan", in words in its tooltip).
#pragma once

#include "models/audits/programmeyear.h"
#include "models/tablemodelbase.h"

#include <array>

namespace assure {

class Workspace;

class ProgrammeCalendarModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Subject, FirstMonth, ColumnCount = FirstMonth + 12 };

    // Cells answer ProgrammeModel's roles (StatusColourRole, EntryIdRole, DueRole...) for the
    // occurrence in them; the chip's colour only where one is expected that month.
    ProgrammeCalendarModel(Workspace *workspace, QObject *parent = nullptr);

    void setYear(int startYear);
    int year() const { return m_year.startYear(); }
    void setAsOf(const QDate &day);
    const ProgrammeYear &programme() const { return m_year; }
    // The cell of an entry's occurrence due in a month (where it is expected now); invalid when none.
    QModelIndex cellOf(qint64 entryId, const QDate &due) const;
    // The occurrence a cell stands for (expected there, or moved away from there); null when none.
    const ProgrammeRow *occurrenceAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    void build(ProgrammeYear year);

    // What one month of an entry holds, as places in m_year.rows() (-1: none).
    struct Cell
    {
        int expected = -1;  // the first occurrence expected that month
        int alsoThere = 0;  // how many more are expected that month
        int movedAway = -1; // an occurrence due that month and moved to another
    };

    Workspace *m_workspace;
    QDate m_asOf;
    ProgrammeYear m_year;
    std::vector<std::array<Cell, 12>> m_cells; // by entry
};

} // namespace assure
