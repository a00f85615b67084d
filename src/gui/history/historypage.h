// The History page: the whole change history, filtered by text, kind of item, user, dates or one item, and exported.
#pragma once

#include "gui/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace assure {

class HistoryModel;
class SearchProxyModel;

class HistoryPage final : public Page
{
    Q_OBJECT

public:
    HistoryPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("history"); }
    QString title() const override { return tr("History"); }
    void focusSearch() override;
    bool showItemHistory(const QString &table, qint64 id, const QString &itemTitle) override
    {
        showItem(table, id, itemTitle);
        return true;
    }

    // Shows only the entries about one item (see HistoryModel::concerns); title names it for people.
    void showItem(const QString &table, qint64 id, const QString &itemTitle);
    void showAll();
    // Writes the entries now shown, in their order, as CSV; false with a message on failure.
    bool exportShown(const QString &path, QString *error);

    QTableView *view() const { return m_view; }
    SearchProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *tableCombo() const { return m_table; }
    QComboBox *userCombo() const { return m_user; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *itemBanner() const { return m_itemLabel; }
    QLabel *countLabel() const { return m_count; }

private:
    void applyFilters();
    void updateChoices();
    void updateCount();
    void exportDialog();

    HistoryModel *m_model;
    SearchProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_table;
    QComboBox *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QWidget *m_itemBar;
    QLabel *m_itemLabel;
    QLabel *m_count;
    QTableView *m_view;
    QString m_itemTable;
    qint64 m_itemId = 0;
};

} // namespace assure
