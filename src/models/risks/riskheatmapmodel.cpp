// The risk register's 5x5 heat map, counted from the loaded risks.
#include "models/risks/riskheatmapmodel.h"

#include "core/statuspalette.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>

namespace assure {

RiskHeatMapModel::RiskHeatMapModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    recount();
    workspace->notifier()->subscribe({kindOf<Risk>(), kindOf<RiskSettings>()}, this, [this] { recount(); });
}

int RiskHeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRiskLevelMax;
}

int RiskHeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRiskLevelMax;
}

QModelIndex RiskHeatMapModel::cellOf(int likelihood, int impact) const
{
    return index(kRiskLevelMax - impact, likelihood - 1);
}

int RiskHeatMapModel::count(int likelihood, int impact) const
{
    return m_counts.at(size_t(likelihood - 1)).at(size_t(impact - 1));
}

QVariant RiskHeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int likelihood = likelihoodOfColumn(index.column());
    const int impact = impactOfRow(index.row());
    const int n = count(likelihood, impact);
    const int score = riskScore(likelihood, impact);
    const RiskRating rating = ratingOf(score, m_settings).value_or(RiskRating::Red);
    const quint32 fill = ragRgb(riskRatingRag(rating));
    switch (role) {
    case Qt::DisplayRole: return n > 0 ? QString::number(n) : QString();
    case Qt::BackgroundRole: return QBrush(QColor::fromRgb(QRgb(fill)));
    case Qt::ForegroundRole: return QBrush(QColor::fromRgb(QRgb(textOn(fill))));
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("Likelihood %1 × impact %2 = %3 (%4): %n risks", nullptr, n)
            .arg(likelihood)
            .arg(impact)
            .arg(score)
            .arg(riskRatingLabel(rating));
    case Qt::AccessibleTextRole:
        return tr("Likelihood %1, impact %2: %n risks", nullptr, n).arg(likelihood).arg(impact);
    case LikelihoodRole: return likelihood;
    case ImpactRole: return impact;
    case CountRole: return n;
    default: return {};
    }
}

QVariant RiskHeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= kRiskLevelMax)
        return {};
    if (orientation == Qt::Horizontal)
        return role == Qt::DisplayRole ? QString::number(likelihoodOfColumn(section))
                                       : tr("Likelihood %1").arg(likelihoodOfColumn(section));
    return role == Qt::DisplayRole ? QString::number(impactOfRow(section)) : tr("Impact %1").arg(impactOfRow(section));
}

void RiskHeatMapModel::recount()
{
    m_settings = m_workspace->items<RiskSettings>().value();
    for (auto &column : m_counts)
        column.fill(0);
    for (const Risk &r : m_workspace->items<Risk>())
        if (riskScore(r) > 0)
            m_counts.at(size_t(r.likelihood - 1)).at(size_t(r.impact - 1)) += 1;
    Q_EMIT dataChanged(index(0, 0), index(kRiskLevelMax - 1, kRiskLevelMax - 1));
}

} // namespace assure
