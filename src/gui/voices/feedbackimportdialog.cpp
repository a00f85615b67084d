// The preview of an import of the feedback log, and its writing as one undo step.
#include "gui/voices/feedbackimportdialog.h"

#include "core/valueformat.h"
#include "workspace/voices/feedbackedits.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

FeedbackImportDialog::FeedbackImportDialog(Workspace *workspace, const FeedbackImportPlan &plan,
                                           const QString &fileName, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_plan(plan), m_fileName(fileName), m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Import feedback"));
    resize(900, 480);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeedbackImportDialog::reject);

    const QStringList headers = {tr("Row"), tr("What happens"), tr("Date"), tr("Voice"), tr("Summary"), tr("Why not")};
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setRowCount(int(plan.rows.size()));
    const ValueFormat format;
    for (int r = 0; r < plan.rows.size(); ++r) {
        const FeedbackImportRow &row = plan.rows[r];
        const auto cell = [&](int c, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (row.status == ImportStatus::Rejected)
                item->setForeground(QColor::fromRgb(0xa4262c));
            m_preview->setItem(r, c, item);
        };
        cell(0, QString::number(row.rowNumber));
        cell(1, importStatusLabel(row.status));
        cell(2, row.entry ? format.date(row.entry->date) : QString());
        cell(3, row.entry ? feedbackVoiceLabel(row.entry->voice) : QString());
        cell(4, row.entry ? row.entry->summary : QString());
        cell(5, row.reason);
    }
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(4, qMin(m_preview->columnWidth(4), 320));
    m_preview->horizontalHeader()->setStretchLastSection(true);

    if (!plan.isUsable())
        m_summary->setText(tr("%1 cannot be imported: %2").arg(fileName, plan.error));
    else
        m_summary->setText(tr("%1: %2 new, %3 already in the log, %4 rejected.")
                               .arg(fileName)
                               .arg(plan.counts.created)
                               .arg(plan.counts.unchanged)
                               .arg(plan.counts.rejected));
    auto *warnings = new QLabel(plan.warnings.join(QLatin1Char('\n')), this);
    warnings->setVisible(!plan.warnings.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(warnings);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    m_import->setEnabled(plan.isUsable() && plan.counts.changing() > 0 && !workspace->isReadOnly());
}

QString FeedbackImportDialog::summary() const
{
    return m_summary->text();
}

void FeedbackImportDialog::accept()
{
    QString error;
    const int written = FeedbackEdits(*m_workspace).applyImport(m_plan, m_fileName, &error);
    if (written < 0) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_written = written;
    QDialog::accept();
}

} // namespace assure
