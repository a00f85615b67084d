// A searchable, sortable table of one kind of item, with Add, Edit and Delete.
#include "gui/entitytablepanel.h"

#include "gui/choicedelegate.h"
#include "gui/selectedrow.h"
#include "models/searchproxymodel.h"
#include "models/tablemodelbase.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

EntityTablePanel::EntityTablePanel(TableModelBase *model, const QString &itemName, const QString &pluralName,
                                   Actions actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new SearchProxyModel(this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_add(new QPushButton(tr("&Add %1…").arg(itemName), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Delete"), this)),
      m_count(new QLabel(this)), m_actions(std::move(actions))
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fit the columns to what they hold (Qt samples at most 1,000 rows), within reason.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < model->columnCount(); ++c)
        m_view->setColumnWidth(c, qBound(110, m_view->columnWidth(c) + 16, 380));

    m_search->setPlaceholderText(tr("Search %1 (Ctrl+F)").arg(pluralName));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxyModel::setSearchText);

    // The buttons sit beside the search box where the panel has room, and under it where it has
    // not (the Audits page's list beside an audit's tabs), so the box never shrinks to a letter.
    m_buttonRow = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_top = new QHBoxLayout;
    m_top->addWidget(m_search, 1);
    m_top->addWidget(m_count);
    m_top->addWidget(m_buttonRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_top);
    layout->addWidget(m_view, 1);

    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_edit->setObjectName(QStringLiteral("editItemButton"));
    m_remove->setObjectName(QStringLiteral("deleteItemButton"));
    m_add->setToolTip(tr("Add (Insert)"));
    m_remove->setToolTip(tr("Delete the selected row (Delete)"));
    auto *addKey = new QAction(this);
    addKey->setShortcut(Qt::Key_Insert);
    addKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addKey);
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(removeKey);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_readOnly)
            m_actions.add();
    });
    connect(addKey, &QAction::triggered, m_add, &QPushButton::click);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentId() != 0)
            m_actions.edit(currentId());
    });
    // Enter or a double-click edits the row it was on, selected first: after Ctrl+arrow the
    // focused row need not be the selected one.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_edit->click();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentId() != 0 && !m_readOnly)
            m_actions.remove(currentId());
    });
    connect(removeKey, &QAction::triggered, m_remove, &QPushButton::click);
    if (m_actions.history) {
        m_history = new QPushButton(tr("&History…"), this);
        m_history->setObjectName(QStringLiteral("historyItemButton"));
        m_history->setToolTip(tr("Every recorded change of the selected row"));
        buttons->insertWidget(buttons->count() - 1, m_history);
        connect(m_history, &QPushButton::clicked, this, [this] {
            if (currentId() != 0)
                m_actions.history(currentId());
        });
        // The row's context menu offers what the buttons do.
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
        for (QPushButton *b : {m_edit, m_history, m_remove}) {
            auto *action = new QAction(b->text(), m_view);
            action->setData(QVariant::fromValue<QObject *>(b));
            connect(action, &QAction::triggered, b, &QPushButton::click);
            m_view->addAction(action);
        }
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntityTablePanel::followSelection);
    // A reset, a filter or a removal can take the selected row away without a click; the selection
    // model has settled by then, as it was connected to the proxy first.
    const auto settle = [this] {
        updateCount();
        followSelection();
    };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, settle);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, settle);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, settle);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntityTablePanel::updateCount);
    updateButtons();
    updateCount();
}

qint64 EntityTablePanel::currentId() const
{
    const QModelIndex row = selectedRow(m_view);
    return row.isValid() ? row.data(TableModelBase::IdRole).toLongLong() : 0;
}

void EntityTablePanel::setSpareWidthColumn(int column, int minimumCharacters)
{
    m_spareColumn = column;
    m_spareMinimumCharacters = minimumCharacters;
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    fitSpareWidthColumn();
}

bool EntityTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_view->viewport())
        fitSpareWidthColumn();
    return QWidget::eventFilter(watched, event);
}

void EntityTablePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButtons();
}

void EntityTablePanel::placeButtons()
{
    // Room for a search box that shows its words ("Search audits"), the count and the buttons.
    const int readable = m_search->fontMetrics().averageCharWidth() * 22;
    const int needed = readable + m_count->sizeHint().width() + m_buttonRow->sizeHint().width() + 2 * m_top->spacing();
    const bool beside = m_top->indexOf(m_buttonRow) >= 0;
    auto *rows = static_cast<QVBoxLayout *>(layout());
    if (width() < needed && beside) {
        m_top->removeWidget(m_buttonRow);
        rows->insertWidget(1, m_buttonRow);
    } else if (width() >= needed && !beside) {
        rows->removeWidget(m_buttonRow);
        m_top->addWidget(m_buttonRow);
    }
}

void EntityTablePanel::fitSpareWidthColumn()
{
    if (m_spareColumn < 0)
        return;
    int others = 0;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        if (c != m_spareColumn && !m_view->isColumnHidden(c))
            others += m_view->columnWidth(c);
    const int readable = m_view->fontMetrics().averageCharWidth() * m_spareMinimumCharacters;
    m_view->setColumnWidth(m_spareColumn, std::max(readable, m_view->viewport()->width() - others));
}

void EntityTablePanel::followSelection()
{
    updateButtons();
    const qint64 id = currentId();
    if (id == m_shownId)
        return;
    m_shownId = id;
    Q_EMIT currentIdChanged(id);
}

void EntityTablePanel::selectId(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(TableModelBase::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void EntityTablePanel::showEntry(qint64 id)
{
    selectId(id);
    m_view->setFocus();
}

void EntityTablePanel::resetFilters(std::initializer_list<QComboBox *> filters)
{
    for (QComboBox *combo : filters) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_search->clear();
}

void EntityTablePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_edit->setText(readOnly ? tr("&View…") : tr("&Edit…"));
    updateButtons();
}

void EntityTablePanel::updateButtons()
{
    const bool selected = currentId() != 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && !m_readOnly);
    if (m_history)
        m_history->setEnabled(selected);
    for (QAction *a : m_view->actions())
        a->setVisible(qobject_cast<QPushButton *>(a->data().value<QObject *>())->isEnabled());
}

void EntityTablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%Ln shown", nullptr, total) : tr("%L1 of %L2 shown").arg(shown).arg(total));
}

} // namespace assure
