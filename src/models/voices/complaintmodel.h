// The complaints log as a table: reference, received, agency, kind, theme, stage, outcome,
// responded, working days taken and whether in time, each worked out against the board's target
// and days off as of one day.
#pragma once

#include "models/entitytablemodel.h"
#include "workspace/voices/complaintkinds.h"

#include <QHash>

#include <array>
#include <vector>

namespace assure {

class ComplaintModel final : public EntityTableModel<Complaint>
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Received,
        AgencyColumn,
        KindColumn,
        Theme,
        Stage,
        OutcomeColumn,
        Responded,
        Days,
        TimelinessColumn,
        ColumnCount
    };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the colour of the timeliness chip (QColor)
        StatusTextRole,                   // the word in it
    };

    ComplaintModel(Workspace *workspace, QObject *parent = nullptr);

    // What a row shows and sorts by, kept per row once worked out: sorting and searching 20,000
    // entries reads each cell many times.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The day an unanswered entry is open or overdue on: today unless told otherwise.
    void setAsOf(const QDate &day);
    QDate asOf() const { return m_asOf; }
    ComplaintTiming timingAt(int row) const { return timingOf(itemAt(row)); }
    ComplaintTiming timingOf(const Complaint &c) const;
    int targetDays() const { return m_targetDays; }

private:
    // The target or days off changed: every row's timing worked out anew.
    void retime();

    struct CachedTiming
    {
        QDate received;
        QDate responded;
        ComplaintTiming timing;
    };

    // A row's text and sort keys as last worked out, for the entry it was worked out for: a row
    // whose entry is no longer that one (edited, or rows inserted or removed before it) is worked
    // out again, so that no change can show stale text.
    struct CachedRow
    {
        bool filled = false;
        Complaint item;
        std::array<QVariant, ColumnCount> display;
        std::array<QVariant, ColumnCount> sort;
    };
    const CachedRow &cachedRow(int row, const Complaint &item) const;

    QDate m_asOf;
    WorkingDays m_days;
    int m_targetDays = kDefaultComplaintTargetDays;
    mutable QHash<qint64, CachedTiming> m_cache; // entry id -> its timing; cleared by retime()
    mutable std::vector<CachedRow> m_rows;       // by row; cleared by retime() and an agency's change
};

} // namespace assure
