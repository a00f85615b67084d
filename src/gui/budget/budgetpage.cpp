// The Budget page: a year's lines, their variance and forecast, and their edits.
#include "gui/budget/budgetpage.h"

#include "core/budget/money.h"
#include "core/period.h"
#include "gui/budget/budgetimportdialog.h"
#include "gui/budget/budgetlinedialog.h"
#include "gui/budget/budgetsettingsdialog.h"
#include "models/budget/budgetmodel.h"
#include "models/budget/budgetproxy.h"
#include "ui_budgetpageform.h"
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>

namespace assure {

namespace {

int yearContaining(const QDate &day, int fyStartMonth)
{
    return day.month() >= fyStartMonth ? day.year() : day.year() - 1;
}

} // namespace

BudgetPage::BudgetPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::BudgetPageForm>()), m_workspace(workspace),
      m_model(new BudgetModel(workspace, this)), m_proxy(new BudgetProxy(this)),
      m_importAction(new QAction(tr("Budget &Lines…"), this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->tableView;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->sortByColumn(-1, Qt::AscendingOrder); // as the model gives them: income, spend, by name
    // The totals are bold, so their widths are measured in bold; a quarter's actual is a quarter
    // of a budget, a figure narrower than the year's. The line's name takes what is left.
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int year = bold.horizontalAdvance(QStringLiteral("(£000,000.00)")) + 12;
    const int quarter = fontMetrics().horizontalAdvance(QStringLiteral("(£00,000.00)")) + 12;
    for (int c = BudgetModel::Budget; c < BudgetModel::ColumnCount; ++c) {
        const bool isQuarter = c >= BudgetModel::Q1 && c <= BudgetModel::Q4;
        table->setColumnWidth(c, std::max(isQuarter ? quarter : year, table->horizontalHeader()->sectionSizeHint(c)));
    }
    table->setColumnWidth(BudgetModel::Variance, year + bold.horizontalAdvance(QStringLiteral("⚠ ")));
    table->setColumnWidth(BudgetModel::KindColumn, fontMetrics().horizontalAdvance(tr("Income")) + 24);
    table->horizontalHeader()->setSectionResizeMode(BudgetModel::Line, QHeaderView::Stretch);
    // A long line's name (an agency's contribution) wraps onto a second line rather than being cut;
    // a board has tens of lines, not thousands, so each row may take the height its name needs.
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);

    connect(m_ui->yearChooser, &QComboBox::activated, this, &BudgetPage::showYear);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &BudgetProxy::setSearchText);
    connect(m_ui->addButton, &QPushButton::clicked, this, &BudgetPage::addLine);
    connect(m_ui->editButton, &QPushButton::clicked, this, &BudgetPage::editLine);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &BudgetPage::deleteLine);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &BudgetPage::editSettings);
    connect(table, &QTableView::activated, this, [this] {
        if (currentLineId() != 0)
            editLine();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BudgetPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetPage::showSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BudgetPage::showSummary);
    connect(m_importAction, &QAction::triggered, this, &BudgetPage::chooseImport);
    m_importAction->setToolTip(tr("Import a year's budget lines from a CSV or XLSX file"));
    workspace->notifier()->subscribe({kindOf<BudgetLine>(), kindOf<Board>()}, this, [this] { refillYears(); });
    m_ui->addButton->setEnabled(!workspace->isReadOnly());
    m_importAction->setEnabled(!workspace->isReadOnly());
    refillYears();
    showYear();
}

BudgetPage::~BudgetPage() = default;

QTableView *BudgetPage::tableView() const
{
    return m_ui->tableView;
}

void BudgetPage::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void BudgetPage::refillYears()
{
    const int fyStart = m_workspace->board().fyStartMonth;
    const QVariant shown = m_ui->yearChooser->currentData();
    const int now = yearContaining(QDate::currentDate(), fyStart);
    // The years with lines, and this year and the next, for a budget set before its year starts.
    QList<int> years = budgetYears(*m_workspace);
    for (const int y : {now, now + 1})
        if (!years.contains(y))
            years.append(y);
    std::sort(years.begin(), years.end());
    const QSignalBlocker block(m_ui->yearChooser);
    m_ui->yearChooser->clear();
    for (const int y : years)
        m_ui->yearChooser->addItem(Period::yearLabel(y, fyStart), y);
    const int again = m_ui->yearChooser->findData(shown.isValid() ? shown : QVariant(m_model->year()));
    m_ui->yearChooser->setCurrentIndex(again >= 0 ? again : std::max(0, m_ui->yearChooser->findData(now)));
}

void BudgetPage::selectYear(int startYear)
{
    int at = m_ui->yearChooser->findData(startYear);
    if (at < 0) {
        m_ui->yearChooser->addItem(Period::yearLabel(startYear, m_workspace->board().fyStartMonth), startYear);
        at = m_ui->yearChooser->count() - 1;
    }
    m_ui->yearChooser->setCurrentIndex(at);
    showYear();
}

void BudgetPage::showYear()
{
    m_model->setYear(m_ui->yearChooser->currentData().toInt());
    showSummary();
    updateButtons();
}

QString BudgetPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void BudgetPage::showSummary()
{
    const BudgetTotals &t = m_model->totals();
    const int tolerance = m_workspace->items<BudgetSettings>().value().tolerancePercent;
    const QString year = Period::yearLabel(m_model->year(), m_workspace->board().fyStartMonth);
    if (m_model->lineCount() == 0) {
        m_ui->summaryLabel->setText(
            tr("%1 has no budget lines yet: add them here, or import them with File > Import > Budget Lines.")
                .arg(year));
    } else {
        m_ui->summaryLabel->setText(
            tr("%1: income <b>%2</b> received of %3 budgeted · spend <b>%4</b> of %5 · net variance to date "
               "<b>%6</b> · forecast net position at the year's end <b>%7</b> · lines beyond the %8% "
               "tolerance: <b>%9</b>")
                .arg(year, Money::format(t.income.actualToDate), Money::format(t.income.budget),
                     Money::format(t.spend.actualToDate), Money::format(t.spend.budget), Money::format(t.netVariance),
                     Money::format(t.netForecast))
                .arg(tolerance)
                .arg(t.linesBeyondTolerance));
    }
    m_ui->ruleLabel->setText(tr("To date: the quarters reported. Variance: actual to date − budget to date. "
                                "Forecast: actual to date + the budget of the quarters not reported yet."));
}

qint64 BudgetPage::currentLineId() const
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    return current.isValid() ? current.data(TableModelBase::IdRole).toLongLong() : 0;
}

void BudgetPage::updateButtons()
{
    const bool chosen = currentLineId() != 0 && !m_workspace->isReadOnly();
    m_ui->editButton->setEnabled(chosen);
    m_ui->deleteButton->setEnabled(chosen);
}

void BudgetPage::addLine()
{
    BudgetLine line;
    line.year = m_model->year();
    // After a spending line the next is likely spending too; otherwise a partner's contribution.
    const BudgetLine *current = m_workspace->items<BudgetLine>().find(currentLineId());
    line.kind = current ? current->kind : BudgetKind::Income;
    BudgetLineDialog dialog(m_workspace, line, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Budget line added; Edit > Undo takes it back."));
}

void BudgetPage::editLine()
{
    const BudgetLine *line = m_workspace->items<BudgetLine>().find(currentLineId());
    if (!line)
        return;
    BudgetLineDialog dialog(m_workspace, *line, this);
    dialog.exec();
}

void BudgetPage::deleteLine()
{
    const BudgetLine *line = m_workspace->items<BudgetLine>().find(currentLineId());
    if (!line)
        return;
    const QString name = line->name;
    if (QMessageBox::question(
            this, tr("Delete budget line"),
            tr("Delete the budget line “%1” with its actuals? Edit > Undo brings it back.").arg(name)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!m_workspace->remove<BudgetLine>(line->id, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Delete budget line"), error);
}

void BudgetPage::editSettings()
{
    BudgetSettingsDialog dialog(m_workspace, this);
    dialog.exec();
}

void BudgetPage::chooseImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import budget lines"), folder, tr("Spreadsheets (*.csv *.xlsx)"));
    if (!path.isEmpty())
        importFile(path);
}

void BudgetPage::importFile(const QString &path)
{
    const int year = m_model->year();
    const BudgetImportPlan plan = planBudgetFile(*m_workspace, path, year);
    BudgetImportDialog dialog(m_workspace, plan, QFileInfo(path).fileName(),
                              Period::yearLabel(year, m_workspace->board().fyStartMonth), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(
            tr("Imported %n budget lines; Edit > Undo takes the whole import back.", nullptr, dialog.rowsWritten()));
}

} // namespace assure
