// The indicators of one scorecard domain for a period: code, title, value, RAG, trend and SPC
// variation, as the Indicators page rates them (the statuses come from the scorecard's review).
#pragma once

#include "models/tablemodelbase.h"
#include "workspace/scorecard/scorecard.h"

namespace assure {

class DomainIndicatorsModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Code, Title, Value, RagColumn, TrendColumn, Variation, ColumnCount };
    enum ExtraRole {
        StatusColourRole = SortRole + 10, // the colour a chip is drawn in (QColor)
        StatusTextRole,                   // the word in the chip
    };

    explicit DomainIndicatorsModel(QObject *parent = nullptr) : TableModelBase(parent) {}

    // The rows: copies of the domain's reviews, so the model never points into a scorecard that
    // has been built again.
    void setItems(const std::vector<const IndicatorReview *> &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<IndicatorReview> m_rows;
};

} // namespace assure
