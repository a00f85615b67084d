// The History page: the whole change history, filtered by text, kind of item, user, dates or one item, and exported.
#include "gui/history/historypage.h"

#include "models/history/historymodel.h"
#include "models/searchproxymodel.h"
#include "workspace/boardspreadsheets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

// The dates' "no limit": shown as "Any", never a real entry's date.
const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateFilter(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(HistoryPage::tr("Any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

// Keeps the current choice (by its data) while the list is rebuilt.
void setChoices(QComboBox *combo, const QString &allLabel, const QList<QPair<QString, QString>> &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allLabel, QString());
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

HistoryPage::HistoryPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_model(new HistoryModel(workspace, this)), m_proxy(new SearchProxyModel(this)),
      m_search(new QLineEdit(this)), m_table(new QComboBox(this)), m_user(new QComboBox(this)),
      m_from(dateFilter(tr("From"), this)), m_to(dateFilter(tr("To"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_itemBar(new QWidget(this)), m_itemLabel(new QLabel(this)),
      m_count(new QLabel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::Time, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths{
        {HistoryModel::Time, 150}, {HistoryModel::User, 85}, {HistoryModel::Machine, 85}, {HistoryModel::Kind, 150},
        {HistoryModel::What, 190}, {HistoryModel::Old, 190}, {HistoryModel::New, 190}};
    // Never narrower than the header's own words, which translations lengthen.
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, std::max(width, m_view->horizontalHeader()->sectionSizeHint(column)));

    m_search->setPlaceholderText(tr("Search the history (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_table->setAccessibleName(tr("Kind of item"));
    m_user->setAccessibleName(tr("User"));
    m_export->setToolTip(tr("Save the entries shown as a CSV file"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_table);
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_count);
    filters->addWidget(m_export);

    auto *showAllButton = new QPushButton(tr("Show &All"), m_itemBar);
    auto *itemLayout = new QHBoxLayout(m_itemBar);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    m_itemLabel->setParent(m_itemBar);
    QFont bold = m_itemLabel->font();
    bold.setBold(true);
    m_itemLabel->setFont(bold);
    itemLayout->addWidget(m_itemLabel, 1);
    itemLayout->addWidget(showAllButton);
    m_itemBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_itemBar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxyModel::setSearchText);
    connect(m_table, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(showAllButton, &QPushButton::clicked, this, &HistoryPage::showAll);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportDialog);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateChoices);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryPage::updateCount);
    updateChoices();
    applyFilters();
}

void HistoryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPage::showItem(const QString &table, qint64 id, const QString &itemTitle)
{
    m_itemTable = table;
    m_itemId = id;
    m_itemLabel->setText(tr("History of %1 “%2”: its own changes and those of rows that refer to it")
                             .arg(HistoryModel::tableLabel(table).toLower(), itemTitle));
    m_itemBar->show();
    applyFilters();
}

void HistoryPage::showAll()
{
    m_itemTable.clear();
    m_itemId = 0;
    m_itemBar->hide();
    applyFilters();
}

void HistoryPage::applyFilters()
{
    const QString table = m_table->currentData().toString();
    const QString user = m_user->currentData().toString();
    const QDate from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    const QDate to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    const QString itemTable = m_itemTable;
    const qint64 itemId = m_itemId;
    m_proxy->setRowFilter([=, model = m_model](int row) {
        const HistoryEntry &e = model->entry(row);
        if ((!table.isEmpty() && e.table != table) || (!user.isEmpty() && e.user != user))
            return false;
        if (from.isValid() || to.isValid()) {
            const QDate day = e.time().toLocalTime().date();
            if ((from.isValid() && day < from) || (to.isValid() && day > to))
                return false;
        }
        return itemTable.isEmpty() || HistoryModel::concerns(e, itemTable, itemId);
    });
    updateCount();
}

void HistoryPage::updateChoices()
{
    QSet<QString> tables;
    QSet<QString> users;
    for (const HistoryEntry &e : m_model->entries()) {
        if (!e.table.isEmpty())
            tables.insert(e.table);
        users.insert(e.user);
    }
    QList<QPair<QString, QString>> tableChoices;
    for (const QString &t : std::as_const(tables))
        tableChoices.append({HistoryModel::tableLabel(t), t});
    std::sort(tableChoices.begin(), tableChoices.end());
    QList<QPair<QString, QString>> userChoices;
    for (const QString &u : std::as_const(users))
        userChoices.append({u, u});
    std::sort(userChoices.begin(), userChoices.end());
    setChoices(m_table, tr("All kinds of item"), tableChoices);
    setChoices(m_user, tr("All users"), userChoices);
}

void HistoryPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // Row changes: one edit, import, undo or redo may change many rows (check counts those operations).
    m_count->setText(shown == total ? tr("%Ln changes", nullptr, total)
                                    : tr("%L1 of %L2 changes").arg(shown).arg(total));
    m_export->setEnabled(shown > 0);
}

bool HistoryPage::exportShown(const QString &path, QString *error)
{
    std::vector<HistoryEntry> shown;
    shown.reserve(size_t(m_proxy->rowCount()));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown.push_back(m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    return exportHistoryEntries(path, shown, error);
}

void HistoryPage::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export History"), QDir::home().filePath(tr("history.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportShown(path, &error))
        QMessageBox::warning(this, tr("Not exported"),
                             tr("%1 could not be written: %2. Choose another folder or file name.")
                                 .arg(QDir::toNativeSeparators(path), error));
}

} // namespace assure
