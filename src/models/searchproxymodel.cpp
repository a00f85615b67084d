// Filters a table by a search string across every column and sorts it by SortRole.
#include "models/searchproxymodel.h"

#include "models/tablemodelbase.h"

namespace assure {

SearchProxyModel::SearchProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableModelBase::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void SearchProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void SearchProxyModel::setRowFilter(std::function<bool(int)> filter)
{
    m_rowFilter = std::move(filter);
    invalidateRowsFilter();
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QString haystack;
    for (int c = 0; c < columns; ++c) {
        haystack += model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString();
        haystack += QLatin1Char('\n');
    }
    for (const QString &w : m_words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

bool SearchProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace assure
