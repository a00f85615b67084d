// A year's survey by group, small groups suppressed.
#include "models/survey/surveybreakdownmodel.h"

#include "core/valueformat.h"
#include "models/survey/surveystatementmodel.h"

#include <QColor>

namespace assure {

void SurveyBreakdownModel::setResults(const SurveyResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

QString SurveyBreakdownModel::suppressedText(const BreakdownGroup &group)
{
    if (group.suppressedSecondarily)
        return tr("Not shown, so that a smaller group cannot be worked out from the others");
    return tr("Not shown: fewer than %1 responses").arg(kSmallestGroupShown);
}

int SurveyBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.groups.size());
}

int SurveyBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_results.breakdownTitle.isEmpty() ? 0
                                                                  : FirstStatement + int(m_results.statements.size());
}

QVariant SurveyBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BreakdownGroup &g = m_results.groups.at(index.row());
    const int column = index.column();
    const ValueFormat format;
    if (role == Qt::ForegroundRole && g.suppressed && column != Group)
        return QColor(0x59, 0x59, 0x59);
    if (role == Qt::ToolTipRole && g.suppressed)
        return suppressedText(g);
    if (role == Qt::TextAlignmentRole && column >= FirstStatement && !g.suppressed)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (column == Group)
            return g.name;
        if (column == Responses)
            return g.suppressed ? -1 : g.responses;
        const auto &m = g.means.size() > size_t(column - FirstStatement) ? g.means[size_t(column - FirstStatement)]
                                                                         : std::optional<double>();
        return m ? *m : -1.0;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == Group)
        return g.name.isEmpty() ? tr("(not given)") : g.name;
    if (g.suppressed)
        return column == Responses ? suppressedText(g) : QVariant();
    if (column == Responses)
        return format.count(g.responses);
    const size_t s = size_t(column - FirstStatement);
    return s < g.means.size() && g.means[s] ? format.fixed(*g.means[s], 2) : tr("–");
}

QVariant SurveyBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return TableModelBase::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstStatement)
        return m_results.statements.at(section - FirstStatement).text;
    // The question's own words ("Sector") are the board's data: the header is ours, they the tip.
    if (role == Qt::ToolTipRole && section == Group)
        return m_results.breakdownTitle;
    if (role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    if (section == Group)
        return tr("Group");
    if (section == Responses)
        return tr("Responses");
    return SurveyStatementModel::numberOf(section - FirstStatement);
}

} // namespace assure
