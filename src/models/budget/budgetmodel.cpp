// One financial year's budget as a table of lines and totals.
#include "models/budget/budgetmodel.h"

#include "core/budget/money.h"
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace assure {

namespace {

enum Total { IncomeTotal, SpendTotal, NetTotal };

QVariant money(qint64 pence, int role)
{
    switch (role) {
    case Qt::DisplayRole: return Money::format(pence);
    case TableModelBase::SortRole:
    case BudgetModel::PenceRole: return pence;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant noMoney(int role)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == TableModelBase::SortRole)
        return std::numeric_limits<qint64>::min(); // not reported sorts before any amount
    return {};
}

} // namespace

BudgetModel::BudgetModel(Workspace *workspace, QObject *parent) : TableModelBase(parent), m_workspace(workspace)
{
    const QDate today = QDate::currentDate();
    const int fyStart = workspace->board().fyStartMonth;
    m_year = today.month() >= fyStart ? today.year() : today.year() - 1;
    workspace->notifier()->subscribe({kindOf<BudgetLine>(), kindOf<BudgetSettings>(), kindOf<Agency>()}, this,
                                     [this] { refresh(); });
    refresh();
}

void BudgetModel::setYear(int startYear)
{
    if (startYear == m_year)
        return;
    m_year = startYear;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    refresh();
}

void BudgetModel::refresh()
{
    QList<BudgetLine> lines = budgetLinesOf(*m_workspace, m_year);
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines[i].id == m_lines[i].id;
    if (!same)
        beginResetModel();
    m_lines = std::move(lines);
    m_settings = m_workspace->items<BudgetSettings>().value();
    m_figures.clear();
    for (const BudgetLine &l : m_lines)
        m_figures.append(budgetFigures(l));
    m_totals = budgetTotals(m_lines, m_year, m_settings);
    if (!same)
        endResetModel();
    else
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const BudgetLine *BudgetModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

int BudgetModel::rowOf(qint64 lineId) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].id == lineId)
            return int(i);
    return -1;
}

int BudgetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size()) + kTotalRows;
}

int BudgetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case Line: return tr("Line");
    case Budget: return tr("Budget");
    case Q1: return tr("Q1");
    case Q2: return tr("Q2");
    case Q3: return tr("Q3");
    case Q4: return tr("Q4");
    case Actual: return tr("Actual to date");
    case Variance: return tr("Variance");
    case Forecast: return tr("Forecast");
    default: return {};
    }
}

QVariant BudgetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (row < m_lines.size())
        return lineData(row, index.column(), role);
    return totalData(int(row - m_lines.size()), index.column(), role);
}

QVariant BudgetModel::lineData(int row, int column, int role) const
{
    const BudgetLine &line = m_lines[row];
    const BudgetFigures &f = m_figures[row];
    const bool beyond = beyondTolerance(f, m_settings);
    if (role == IdRole)
        return line.id;
    if (role == TotalRole)
        return false;
    if (role == BeyondToleranceRole)
        return beyond;
    if (role == AgencyRole)
        return agencyName(line);
    if (role == Qt::BackgroundRole)
        return beyond ? QVariant(QBrush(QColor::fromRgb(kBeyondToleranceRgb))) : QVariant();
    if (role == Qt::ToolTipRole && beyond && column == Variance) {
        return tr("%1 %2 its budget to date of %3 (%n of 4 quarters reported): beyond the board's tolerance of %4%.",
                  nullptr, f.quartersReported)
            .arg(Money::format(*f.variance < 0 ? -*f.variance : *f.variance),
                 *f.variance < 0 ? tr("under") : tr("over"), Money::format(f.budgetToDate))
            .arg(m_settings.tolerancePercent);
    }
    switch (column) {
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return budgetKindLabel(line.kind);
        return {};
    case Line:
        if (role == Qt::DisplayRole || role == SortRole)
            return line.name;
        if (role == Qt::ToolTipRole) {
            const QString agency = agencyName(line);
            if (agency.isEmpty())
                return line.name;
            const QString with = line.kind == BudgetKind::Income ? tr("A contribution from %1").arg(agency)
                                                                 : tr("Spent with %1").arg(agency);
            // The name in full too, unless the sentence says it already.
            return line.name == agency ? with : line.name + QLatin1Char('\n') + with;
        }
        return {};
    case Budget: return money(line.budget, role);
    case Q1:
    case Q2:
    case Q3:
    case Q4: {
        const auto &actual = line.quarters[size_t(column - Q1)];
        if (!actual) {
            if (role == Qt::ToolTipRole)
                return tr("Not reported yet");
            return noMoney(role);
        }
        return money(*actual, role);
    }
    case Actual: return f.quartersReported > 0 ? money(f.actualToDate, role) : noMoney(role);
    case Variance:
        if (!f.variance)
            return noMoney(role);
        if (role == Qt::DisplayRole && beyond)
            return tr("⚠ %1").arg(Money::format(*f.variance));
        return money(*f.variance, role);
    case Forecast: return money(f.forecast, role);
    default: return {};
    }
}

QString BudgetModel::agencyName(const BudgetLine &line) const
{
    const Agency *a = m_workspace->items<Agency>().find(line.agencyId);
    return a ? a->name : QString();
}

QVariant BudgetModel::totalData(int which, int column, int role) const
{
    if (role == IdRole)
        return qint64(0);
    if (role == TotalRole)
        return true;
    if (role == BeyondToleranceRole)
        return false;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const BudgetFigures &f = which == IncomeTotal ? m_totals.income : m_totals.spend;
    switch (column) {
    case Line:
        if (role != Qt::DisplayRole)
            return {};
        return which == IncomeTotal  ? tr("Total income")
               : which == SpendTotal ? tr("Total spend")
                                     : tr("Net (income − spend)");
    case Budget: return money(which == NetTotal ? m_totals.netBudget : f.budget, role);
    case Actual:
        return money(which == NetTotal ? m_totals.income.actualToDate - m_totals.spend.actualToDate : f.actualToDate,
                     role);
    case Variance:
        if (which == NetTotal)
            return money(m_totals.netVariance, role);
        return f.variance ? money(*f.variance, role) : noMoney(role);
    case Forecast: return money(which == NetTotal ? m_totals.netForecast : f.forecast, role);
    default: return {};
    }
}

} // namespace assure
