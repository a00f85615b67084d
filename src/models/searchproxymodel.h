// Filters a table by a search string across every column and sorts it by SortRole.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace assure {

class SearchProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Every word must appear in some column of the row, in any order, ignoring case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    // A further test each source row must pass (filters by agency, RAG...); empty for none.
    void setRowFilter(std::function<bool(int sourceRow)> filter);
    // Forgets what it kept of every row, then filters and sorts again: for a source whose rows
    // changed without its saying so (the base class's invalidate(), which this hides, keeps it).
    void invalidate();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What is kept of a source row as last read: its text in every column, case-folded, and its
    // sort key in the sorted column. Typing a search over 20,000 rows would otherwise read and
    // join every cell at each key press, and each sort read each key some thirty times. A row is
    // forgotten when the source says it changed; these signals are connected before the base
    // class's own, so that filtering and sorting never read a row's old text or key.
    struct KeptRow
    {
        QString text; // null: not read yet
        QVariant sortKey;
        bool sortKeyRead = false;
    };
    KeptRow &keptRow(int sourceRow) const;
    const QString &rowText(int sourceRow) const;
    const QVariant &sortKey(const QModelIndex &sourceIndex) const;
    void forgetRows(int first, int last);
    void forgetAll() { m_kept.clear(); }

    QStringList m_words; // case-folded
    std::function<bool(int)> m_rowFilter;
    QCollator m_collator;                // the default locale's order: "and" sorts with "And", accents in place
    mutable std::vector<KeptRow> m_kept; // by source row
    mutable int m_keptSortColumn = -1;   // the column and role the kept sort keys are of
    mutable int m_keptSortRole = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace assure
