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

void SearchProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetAll();
    if (model) {
        using M = QAbstractItemModel;
        // Whatever role changed: a row's text and its sort key are forgotten together.
        const auto changed = [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            forgetRows(topLeft.row(), bottomRight.row());
        };
        const auto inserted = [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || size_t(first) > m_kept.size())
                return forgetAll();
            m_kept.insert(m_kept.begin() + first, size_t(last - first + 1), KeptRow());
        };
        const auto removed = [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid() || size_t(last) >= m_kept.size())
                return forgetAll();
            m_kept.erase(m_kept.begin() + first, m_kept.begin() + last + 1);
        };
        const auto all = [this] { forgetAll(); };
        m_sourceConnections = {
            connect(model, &M::dataChanged, this, changed), connect(model, &M::rowsInserted, this, inserted),
            connect(model, &M::rowsRemoved, this, removed), connect(model, &M::rowsMoved, this, all),
            connect(model, &M::columnsInserted, this, all), connect(model, &M::columnsRemoved, this, all),
            connect(model, &M::columnsMoved, this, all),    connect(model, &M::layoutChanged, this, all),
            connect(model, &M::modelReset, this, all),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SearchProxyModel::forgetRows(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && size_t(row) < m_kept.size(); ++row)
        m_kept[size_t(row)] = KeptRow();
}

void SearchProxyModel::invalidate()
{
    forgetAll();
    QSortFilterProxyModel::invalidate();
}

void SearchProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

namespace {

// Every column's text of one row, case-folded, a line each.
QString readRow(const QAbstractItemModel *model, int row, const QModelIndex &parent)
{
    QString text = QStringLiteral("\n"); // never null, even for a row with no text
    const int columns = model->columnCount(parent);
    for (int c = 0; c < columns; ++c) {
        text += model->index(row, c, parent).data(Qt::DisplayRole).toString().toCaseFolded();
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

SearchProxyModel::KeptRow &SearchProxyModel::keptRow(int sourceRow) const
{
    const auto rows = size_t(sourceModel()->rowCount());
    if (m_kept.size() != rows)
        m_kept.assign(rows, KeptRow());
    return m_kept[size_t(sourceRow)];
}

const QString &SearchProxyModel::rowText(int sourceRow) const
{
    KeptRow &kept = keptRow(sourceRow);
    if (kept.text.isNull())
        kept.text = readRow(sourceModel(), sourceRow, {});
    return kept.text;
}

const QVariant &SearchProxyModel::sortKey(const QModelIndex &sourceIndex) const
{
    if (m_keptSortColumn != sourceIndex.column() || m_keptSortRole != sortRole()) {
        for (KeptRow &kept : m_kept)
            kept.sortKeyRead = false;
        m_keptSortColumn = sourceIndex.column();
        m_keptSortRole = sortRole();
    }
    KeptRow &kept = keptRow(sourceIndex.row());
    if (!kept.sortKeyRead) {
        kept.sortKey = sourceIndex.data(sortRole());
        kept.sortKeyRead = true;
    }
    return kept.sortKey;
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    // Only a table's rows are kept; the rows of a tree below its top level are read each time.
    const QString haystack =
        sourceParent.isValid() ? readRow(sourceModel(), sourceRow, sourceParent) : rowText(sourceRow);
    for (const QString &w : m_words)
        if (!haystack.contains(w))
            return false;
    return true;
}

bool SearchProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Only a table's rows are kept; a tree's below its top level are read each time.
    const bool kept = !left.parent().isValid() && !right.parent().isValid() && left.column() == right.column();
    const QVariant l = kept ? sortKey(left) : left.data(sortRole());
    const QVariant r = kept ? sortKey(right) : right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace assure
