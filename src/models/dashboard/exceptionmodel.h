// The exceptions of a period as the dashboard lists them: which indicator, its RAG and why it stands out.
#pragma once

#include "workspace/indicators/periodreview.h"

#include <QAbstractTableModel>

namespace assure {

class ExceptionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Title, RagColumn, Reasons, ColumnCount };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1, // qint64
        StatusColourRole,                   // the RAG chip's colour (QColor)
        StatusTextRole,                     // the RAG chip's word
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows the exceptions of this review (the model keeps its own copy of what it shows).
    void setReview(const PeriodReview &review);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<IndicatorReview> m_rows;
};

} // namespace assure
