// Filters a table by a search string across every column and sorts it by SortRole.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <functional>

namespace assure {

class SearchProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    // Every word must appear in some column of the row, in any order, ignoring case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    // A further test each source row must pass (filters by agency, RAG...); empty for none.
    void setRowFilter(std::function<bool(int sourceRow)> filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    std::function<bool(int)> m_rowFilter;
    QCollator m_collator; // the default locale's order: "and" sorts with "And", accents in place
};

} // namespace assure
