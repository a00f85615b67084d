// The indicators table for a chosen period: value, target, achievement, RAG, trend and SPC icons.
#pragma once

#include "core/indicators/indicatorstatus.h"
#include "models/entitytablemodel.h"

namespace assure {

class IndicatorTableModel final : public EntityTableModel<Indicator>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Title,
        Owner,
        Value,
        Target,
        Achievement,
        RagColumn,
        TrendColumn,
        Variation,
        Assurance,
        DomainColumn, // last, so the columns before keep their places in saved layouts and tests
        ColumnCount
    };
    enum ExtraRole {
        RagRole = SortRole + 10, // the Rag, as int
        StatusColourRole,        // the colour a chip or icon is drawn in (QColor)
        StatusTextRole,          // the word in the chip
    };

    IndicatorTableModel(Workspace *workspace, QObject *parent = nullptr);

    // The reporting period the table rates; every indicator answers with its own period for it.
    void setPeriod(const Period &period);
    // The same, with the statuses already worked out for the period, one per indicator in the
    // workspace's order (as reviewPeriod gives them): the dashboard rates once for its tiles and
    // this table. Statuses that do not match the rows are worked out again.
    void setPeriodRated(const Period &period, std::vector<IndicatorStatus> statuses);
    Period period() const { return m_period; }
    const IndicatorStatus &statusAt(int row) const { return m_status[size_t(row)]; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rateAll();
    void rateRow(int row);

    Period m_period;
    std::vector<IndicatorStatus> m_status; // one per row, in step with the workspace's indicators
};

// The colours chips are drawn in (core/statuspalette.h).
QColor statusColour(Rag rag);
QColor statusColour(SpcPointType type);

} // namespace assure
