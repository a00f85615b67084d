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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A row's text in every column, case-folded, as last read from the source model. Typing a
    // search over 20,000 rows would otherwise read and join every cell at each key press. A row's
    // text is forgotten when the source says it changed; these signals are connected before the
    // base class's own, so that the filter never reads a row's old text.
    const QString &rowText(int sourceRow) const;
    void forgetRows(int first, int last);
    void forgetAll() { m_rowText.clear(); }

    QStringList m_words; // case-folded
    std::function<bool(int)> m_rowFilter;
    QCollator m_collator;                   // the default locale's order: "and" sorts with "And", accents in place
    mutable std::vector<QString> m_rowText; // by source row; a null string is not read yet
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace assure
