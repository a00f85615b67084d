// The indicators table for a chosen period: value, target, achievement, RAG, trend and SPC icons.
#include "models/indicators/indicatortablemodel.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "workspace/indicators/periodreview.h"
#include "workspace/scorecard/scorecardkinds.h"

#include <QColor>

namespace assure {

QColor statusColour(Rag rag)
{
    return QColor::fromRgb(ragRgb(rag));
}

QColor statusColour(SpcPointType type)
{
    return QColor::fromRgb(spcRgb(type));
}

IndicatorTableModel::IndicatorTableModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, parent),
      m_period(latestEndedQuarter(QDate::currentDate(), workspace->board().fyStartMonth))
{
    Notifier *n = workspace->notifier();
    // Statuses are kept per row: rows come and go with the workspace's indicators.
    Notifier::RowHandlers rows;
    rows.aboutToInsert = [this](int row) { m_status.insert(m_status.begin() + row, IndicatorStatus{}); };
    rows.inserted = [this](int row) {
        rateRow(row);
        Q_EMIT dataChanged(index(row, Value), index(row, ColumnCount - 1));
    };
    rows.aboutToRemove = [this](int row) { m_status.erase(m_status.begin() + row); };
    rows.changed = [this](int row) {
        rateRow(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    n->subscribe(kindOf<Indicator>(), this, std::move(rows));
    refreshOn<Agency>(Owner);
    refreshOn<ScorecardDomain>(DomainColumn);
    connect(n, &Notifier::seriesChanged, this, [this](const QSet<qint64> &ids) {
        for (qint64 id : ids) {
            const int row = rowOf(id);
            if (row >= 0) {
                rateRow(row);
                Q_EMIT dataChanged(index(row, Value), index(row, ColumnCount - 1));
            }
        }
    });
    connect(n, &Notifier::thresholdsChanged, this, [this] {
        rateAll();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, ColumnCount - 1));
    });
    rateAll();
}

void IndicatorTableModel::setPeriod(const Period &period)
{
    if (period == m_period)
        return;
    m_period = period;
    rateAll();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, ColumnCount - 1));
}

void IndicatorTableModel::setPeriodRated(const Period &period, std::vector<IndicatorStatus> statuses)
{
    if (statuses.size() != size_t(rowCount())) {
        m_period = Period();
        setPeriod(period); // not one status per row: rate them here
        return;
    }
    m_period = period;
    m_status = std::move(statuses);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Value), index(rowCount() - 1, ColumnCount - 1));
}

void IndicatorTableModel::rateAll()
{
    m_status.resize(size_t(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        rateRow(row);
}

void IndicatorTableModel::rateRow(int row)
{
    if (size_t(row) >= m_status.size())
        m_status.resize(size_t(row) + 1);
    m_status[size_t(row)] = evaluateStatus(indicatorHistory(*m_workspace, itemAt(row)), m_period);
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Indicator &ind = itemAt(index.row());
    const IndicatorStatus &s = m_status[size_t(index.row())];
    if (role == IdRole)
        return ind.id;
    if (role == RagRole)
        return int(s.rag.rag);
    const bool display = role == Qt::DisplayRole;
    const ValueFormat format;
    switch (index.column()) {
    case Code:
        if (display || role == SortRole || role == Qt::EditRole)
            return ind.code;
        if (role == Qt::ToolTipRole)
            return ind.definition;
        break;
    case Title:
        if (display || role == SortRole || role == Qt::EditRole)
            return ind.title;
        if (role == Qt::ToolTipRole)
            return ind.definition;
        break;
    case Owner:
        if (display || role == SortRole) {
            const Agency *a = m_workspace->items<Agency>().find(ind.ownerAgencyId);
            return a ? a->name : QString();
        }
        break;
    case Value:
        if (display)
            return format.value(ind.unit, s.value);
        if (role == SortRole)
            return s.value ? QVariant(*s.value) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 for %2").arg(ind.code, s.period.label());
        break;
    case Target:
        if (display)
            return format.value(ind.unit, s.target);
        if (role == SortRole)
            return s.target ? QVariant(*s.target) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Achievement:
        if (display && s.rag.achievement)
            return format.achievement(s.rag.achievement);
        if (role == SortRole)
            return s.rag.achievement ? QVariant(*s.rag.achievement) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RagColumn:
        if (display || role == StatusTextRole)
            return ValueFormat::rag(s.rag.rag);
        if (role == SortRole)
            return int(s.rag.rag);
        if (role == StatusColourRole)
            return statusColour(s.rag.rag);
        break;
    case TrendColumn:
        if (display)
            return s.trend ? ValueFormat::trend(*s.trend) : QString();
        if (role == SortRole)
            return s.trend ? int(*s.trend) : -1;
        break;
    case Variation:
        if (display || role == StatusTextRole)
            return s.variation ? ValueFormat::variationShort(*s.variation) : QString();
        if (role == StatusColourRole && s.spcPoint)
            return statusColour(*s.spcPoint);
        if (role == SortRole)
            return s.variation ? int(*s.variation) : -1;
        if (role == Qt::ToolTipRole && s.variation)
            return ValueFormat::variation(*s.variation) +
                   (s.spcRule ? QStringLiteral(" (%1)").arg(spcRuleLabel(*s.spcRule)) : QString());
        break;
    case Assurance:
        if (display)
            return s.assurance
                       ? ValueFormat::assuranceShort(*s.assurance) + (s.trialLimits ? tr(" (trial)") : QString())
                       : QString();
        if (role == Qt::ToolTipRole && s.assurance)
            return ValueFormat::assurance(*s.assurance) +
                   (s.trialLimits ? tr("; the limits are trial limits, from fewer than 13 points") : QString());
        if (role == SortRole)
            return s.assurance ? int(*s.assurance) : -1;
        break;
    case DomainColumn:
        if (display || role == SortRole) {
            const ScorecardDomain *d = m_workspace->items<ScorecardDomain>().find(ind.domainId);
            return d ? d->name : QString();
        }
        break;
    default: break;
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Indicator");
    case Owner: return tr("Owner");
    case Value: return tr("Value");
    case Target: return tr("Target");
    case Achievement: return tr("Achieved");
    case RagColumn: return tr("RAG");
    case TrendColumn: return tr("Trend");
    case Variation: return tr("Variation");
    case Assurance: return tr("Assurance");
    case DomainColumn: return tr("Domain");
    default: return {};
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && !m_workspace->isReadOnly() && (index.column() == Code || index.column() == Title))
        f |= Qt::ItemIsEditable;
    return f;
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Indicator ind = itemAt(index.row());
    if (index.column() == Code)
        ind.code = value.toString().trimmed();
    else if (index.column() == Title)
        ind.title = value.toString().trimmed();
    else
        return false;
    return submit(ind);
}

} // namespace assure
