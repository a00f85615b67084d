// A searchable, sortable table of one kind of item, with Add, Edit and Delete.
#pragma once

#include <QWidget>

#include <functional>
#include <initializer_list>

class QHBoxLayout;
class QComboBox;
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
    // The same, the table taking the keyboard: what a link to one entry opens.
    void showEntry(qint64 id);
    // Puts each of a page's filters back on its first choice ("Any ...") without each one
    // announcing it, and empties the search: the page then applies its filters once.
    void resetFilters(std::initializer_list<QComboBox *> filters);
    // The item the panel is on: the selected row's id, 0 for none (see selectedrow.h for why the
    // selection is the one source). Every pane that follows the table reads this and listens to
    // currentIdChanged, never to the view's current index.
    qint64 currentId() const;
    void setReadOnly(bool readOnly);
    // This column takes the table's spare width but keeps at least minimumCharacters: below that
    // the table scrolls sideways rather than crushing the column that says what a row is.
    void setSpareWidthColumn(int column, int minimumCharacters);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The selected item changed (0: none), once the selection has settled: after a click, a key,
    // a sort, a filter or a reset that moved or removed it.
    void currentIdChanged(qint64 id);

private:
    void followSelection();
    void fitSpareWidthColumn();
    void placeButtons();
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
    QWidget *m_buttonRow; // Add, Edit, Delete (and History): beside the search box or under it
    QHBoxLayout *m_top;   // the search box and the count
    Actions m_actions;
    int m_spareColumn = -1;
    int m_spareMinimumCharacters = 0;
    qint64 m_shownId = 0; // the id last announced by currentIdChanged
    bool m_readOnly = false;
};

} // namespace assure
