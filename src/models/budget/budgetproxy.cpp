// The budget table searched and sorted, its totals kept last.
#include "models/budget/budgetproxy.h"

#include "models/budget/budgetmodel.h"

namespace assure {

BudgetProxy::BudgetProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModelBase::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void BudgetProxy::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool BudgetProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QAbstractItemModel *model = sourceModel();
    if (model->index(sourceRow, 0).data(BudgetModel::TotalRole).toBool())
        return true;
    const QModelIndex line = model->index(sourceRow, BudgetModel::Line);
    const QString text = model->index(sourceRow, BudgetModel::KindColumn).data().toString() + QLatin1Char(' ') +
                         line.data().toString() + QLatin1Char(' ') + line.data(BudgetModel::AgencyRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool BudgetProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(BudgetModel::TotalRole).toBool();
    const bool rightTotal = right.data(BudgetModel::TotalRole).toBool();
    if (leftTotal || rightTotal) {
        // Totals stay below the lines and in their own order (income, spend, net) both ways: the
        // view turns the answer round when sorting down, so it is turned round here first.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (leftTotal && rightTotal)
            return ascending ? left.row() < right.row() : left.row() > right.row();
        return ascending ? rightTotal : leftTotal;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return a.toLongLong() < b.toLongLong();
}

} // namespace assure
