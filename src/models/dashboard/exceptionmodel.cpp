// The exceptions of a period as the dashboard lists them.
#include "models/dashboard/exceptionmodel.h"

#include "core/statuspalette.h"

#include <QColor>

namespace assure {

void ExceptionModel::setReview(const PeriodReview &review)
{
    beginResetModel();
    m_rows.clear();
    for (const IndicatorReview *r : review.exceptions())
        m_rows.push_back(*r);
    endResetModel();
}

int ExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorReview &r = m_rows[size_t(index.row())];
    const Rag rag = r.status.rag.rag;
    QStringList reasons;
    for (const ExceptionReason &reason : r.exceptions)
        reasons << reason.text;
    switch (role) {
    case IndicatorIdRole: return r.indicator.id;
    case StatusColourRole: return QColor::fromRgb(ragRgb(rag));
    case StatusTextRole: return ragLabel(rag);
    case Qt::ToolTipRole: return reasons.join(QLatin1Char('\n'));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Code: return r.indicator.code;
        case Title: return r.indicator.title;
        case RagColumn: return ragLabel(rag);
        case Reasons: return reasons.join(QLatin1Char(' ')); // each reason is a sentence
        }
    }
    return {};
}

QVariant ExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Indicator");
    case RagColumn: return tr("RAG");
    case Reasons: return tr("Why it stands out");
    }
    return {};
}

} // namespace assure
