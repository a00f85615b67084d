// The preview of an import of budget lines, and its writing as one undo step.
#include "gui/budget/budgetimportdialog.h"

#include "core/budget/money.h"
#include "ui_budgetimportdialog.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace assure {

BudgetImportDialog::BudgetImportDialog(Workspace *workspace, const BudgetImportPlan &plan, const QString &fileName,
                                       const QString &yearLabel, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BudgetImportDialog>()), m_workspace(workspace), m_plan(plan),
      m_fileName(fileName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import budget lines into %1").arg(yearLabel));
    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BudgetImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BudgetImportDialog::reject);
    connect(m_ui->allOrNothingCheck, &QCheckBox::toggled, this, &BudgetImportDialog::updateButton);

    QTableWidget *table = m_ui->previewTable;
    const QStringList headers = {tr("Row"), tr("What happens"), tr("Kind"), tr("Line"), tr("Budget"), tr("Why not")};
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setRowCount(int(plan.rows.size()));
    for (int r = 0; r < plan.rows.size(); ++r) {
        const BudgetImportRow &row = plan.rows[r];
        const auto cell = [&](int c, const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            if (row.status == ImportStatus::Rejected)
                item->setForeground(QColor::fromRgb(0xa4262c));
            table->setItem(r, c, item);
        };
        cell(0, QString::number(row.rowNumber), Qt::AlignRight | Qt::AlignVCenter);
        cell(1, importStatusLabel(row.status));
        cell(2, row.line ? budgetKindLabel(row.line->kind) : row.kind);
        cell(3, row.line ? row.line->name : row.name);
        cell(4, row.line ? Money::format(row.line->budget) : QString(), Qt::AlignRight | Qt::AlignVCenter);
        cell(5, row.reason);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    if (!plan.isUsable()) {
        m_ui->summaryLabel->setText(tr("%1 cannot be imported: %2").arg(fileName, plan.error));
    } else {
        const ImportCounts &c = plan.counts;
        m_ui->summaryLabel->setText(tr("%1: %2 new, %3 changed, %4 unchanged, %5 rejected.")
                                        .arg(fileName)
                                        .arg(c.created)
                                        .arg(c.updated)
                                        .arg(c.unchanged)
                                        .arg(c.rejected));
    }
    m_ui->warningLabel->setText(plan.warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!plan.warnings.isEmpty());
    updateButton();
}

BudgetImportDialog::~BudgetImportDialog() = default;

QTableWidget *BudgetImportDialog::preview() const
{
    return m_ui->previewTable;
}

QString BudgetImportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

void BudgetImportDialog::updateButton()
{
    const bool blocked = m_ui->allOrNothingCheck->isChecked() && m_plan.counts.rejected > 0;
    m_import->setEnabled(m_plan.isUsable() && m_plan.counts.changing() > 0 && !blocked && !m_workspace->isReadOnly());
}

void BudgetImportDialog::accept()
{
    QString error;
    const int written = BudgetEdits(*m_workspace).applyImport(m_plan, m_fileName, &error);
    if (written < 0) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_written = written;
    QDialog::accept();
}

} // namespace assure
