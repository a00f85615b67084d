// The indicators of one scorecard domain for a period, with their RAG, trend and SPC words.
#include "models/scorecard/domainindicatorsmodel.h"

#include "core/valueformat.h"
#include "models/indicators/indicatortablemodel.h"

#include <QColor>

namespace assure {

void DomainIndicatorsModel::setItems(const std::vector<const IndicatorReview *> &items)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(items.size());
    for (const IndicatorReview *r : items)
        m_rows.push_back(*r);
    endResetModel();
}

int DomainIndicatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainIndicatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainIndicatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorReview &r = m_rows[size_t(index.row())];
    const IndicatorStatus &s = r.status;
    if (role == IdRole)
        return r.indicator.id;
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Code:
        if (display || role == SortRole)
            return r.indicator.code;
        break;
    case Title:
        if (display || role == SortRole)
            return r.indicator.title;
        if (role == Qt::ToolTipRole)
            return tr("Open %1 on the Indicators page").arg(r.indicator.code);
        break;
    case Value:
        if (display)
            return ValueFormat().value(r.indicator.unit, s.value);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 for %2").arg(r.indicator.code, s.period.label());
        break;
    case RagColumn:
        if (display || role == StatusTextRole)
            return ValueFormat::rag(s.rag.rag);
        if (role == StatusColourRole)
            return statusColour(s.rag.rag);
        break;
    case TrendColumn:
        if (display)
            return s.trend ? ValueFormat::trend(*s.trend) : QString();
        break;
    case Variation:
        if (display || role == StatusTextRole)
            return s.variation ? ValueFormat::variationShort(*s.variation) : QString();
        if (role == StatusColourRole && s.spcPoint)
            return statusColour(*s.spcPoint);
        if (role == Qt::ToolTipRole && s.variation)
            return ValueFormat::variation(*s.variation);
        break;
    default: break;
    }
    return {};
}

QVariant DomainIndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Indicator");
    case Value: return tr("Value");
    case RagColumn: return tr("RAG");
    case TrendColumn: return tr("Trend");
    case Variation: return tr("Variation");
    default: return {};
    }
}

} // namespace assure
