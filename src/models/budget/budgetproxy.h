// The budget table as the page shows it: searched by line and agency, sorted by any column, with
// the totals rows kept below the lines whichever way it is sorted.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace assure {

class BudgetProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BudgetProxy(QObject *parent = nullptr);

    // Every word must appear in the line's kind, name or agency, ignoring case; totals always show.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QCollator m_collator;
};

} // namespace assure
