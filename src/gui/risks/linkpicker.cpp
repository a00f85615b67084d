// A list of the board's items to tick, with a search box.
#include "gui/risks/linkpicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace assure {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

LinkPicker::LinkPicker(const QList<Item> &items, const QList<qint64> &checked, const QString &itemsName,
                       QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QListView(this)), m_count(new QLabel(this)), m_order(checked)
{
    // The ticked ones first, so that a long list (thousands of actions) shows them without a search.
    QList<QStandardItem *> ticked, others;
    for (const Item &item : items) {
        auto *row = new QStandardItem(item.label);
        row->setData(item.id, kIdRole);
        row->setCheckable(true);
        row->setEditable(false);
        const bool on = checked.contains(item.id);
        row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        (on ? ticked : others).append(row);
    }
    for (QStandardItem *row : ticked + others)
        m_model->appendRow(row);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_search->setPlaceholderText(tr("Search the %1").arg(itemsName));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *row) {
        const qint64 id = row->data(kIdRole).toLongLong();
        m_order.removeAll(id);
        if (row->checkState() == Qt::Checked)
            m_order.append(id);
        updateCount();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount();
}

QList<qint64> LinkPicker::checkedIds() const
{
    return m_order;
}

void LinkPicker::updateCount()
{
    m_count->setText(tr("%n linked", nullptr, int(m_order.size())));
}

} // namespace assure
