// A list of the board's items (indicators, actions) to tick, with a search box: how an editor
// says which items a risk is linked to. The ticked ones stay listed first, in the order ticked.
#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QLabel;

namespace assure {

class LinkPicker final : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString label; // "CP01 Re-referrals within 12 months"
    };

    // itemsName is plural ("indicators"), for the search box's hint.
    LinkPicker(const QList<Item> &items, const QList<qint64> &checked, const QString &itemsName,
               QWidget *parent = nullptr);

    // The ids ticked: those given first (in their order) while still ticked, then the others as ticked.
    QList<qint64> checkedIds() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListView *view() const { return m_view; }

private:
    void updateCount();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_count;
    QList<qint64> m_order; // ticked ids, in the order they were ticked
};

} // namespace assure
