// A searchable, sortable table of one kind of item, with Add, Edit and Delete.
#pragma once

#include <QWidget>

#include <functional>

class QLineEdit;
class QTableView;
class QPushButton;
class QLabel;

namespace assure {

class SearchProxyModel;
class TableModelBase;

class EntityTablePanel final : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<void()> add;
        std::function<void(qint64 id)> edit;
        std::function<void(qint64 id)> remove;
        std::function<void(qint64 id)> history; // optional: a History… button and menu entry
    };

    // itemName is singular ("agency"), for the Add button; pluralName is for the search box.
    EntityTablePanel(TableModelBase *model, const QString &itemName, const QString &pluralName, Actions actions,
                     QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    SearchProxyModel *proxy() const { return m_proxy; }
    // Selects and shows the row of the item with this id.
    void selectId(qint64 id);
    qint64 currentId() const;
    void setReadOnly(bool readOnly);

private:
    void updateButtons();
    void updateCount();

    TableModelBase *m_model;
    SearchProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_history = nullptr;
    QLabel *m_count;
    Actions m_actions;
    bool m_readOnly = false;
};

} // namespace assure
