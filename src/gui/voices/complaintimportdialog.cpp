// A complaints import's preview, and its writing as one undo step.
#include "gui/voices/complaintimportdialog.h"

#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

ComplaintImportDialog::ComplaintImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_path(path), m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import complaints and compliments from %1").arg(QFileInfo(path).fileName()));
    resize(960, 520);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComplaintImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComplaintImportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    // The cells as the file wrote them, so that a rejected row can be found and put right.
    m_preview->setColumnCount(8);
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Ref"), tr("Received"), tr("Agency"), tr("Kind"), tr("Outcome"),
                                          tr("Responded"), tr("What happens")});
    m_preview->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);

    m_plan = ComplaintEdits(*workspace).planImportFile(path);
    if (!m_plan.isUsable()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_plan.error));
        import->setEnabled(false);
        return;
    }
    const ValueFormat format;
    m_preview->setRowCount(int(m_plan.rows.size()));
    // Columns of complaintImportColumns(): ref, received, agency, kind, theme, outcome, responded, learning.
    const int shown[] = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const ComplaintImportRow &row = m_plan.rows.at(i);
        const QString what =
            row.status == ImportStatus::Rejected ? tr("Rejected: %1").arg(row.reason) : importStatusLabel(row.status);
        QStringList cells{format.count(row.rowNumber)};
        for (int c : shown)
            cells << row.cells.value(c);
        cells << what;
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_preview->item(i, int(cells.size()) - 1)->setToolTip(what); // a long reason in full
    }
    m_preview->resizeColumnsToContents();
    const ImportCounts &n = m_plan.counts;
    m_summary->setText(tr("%1 rows: %2 new, %3 changed, %4 already recorded, %5 rejected. Import writes the new and "
                          "changed rows as one step you can undo; rejected rows are left out.")
                           .arg(format.count(n.total()), format.count(n.created), format.count(n.updated),
                                format.count(n.unchanged), format.count(n.rejected)));
    import->setEnabled(n.changing() > 0 && !workspace->isReadOnly());
}

void ComplaintImportDialog::accept()
{
    QString error;
    const int written = ComplaintEdits(*m_workspace).applyImport(m_plan, QFileInfo(m_path).fileName(), &error);
    if (written < 0) {
        QMessageBox::warning(this, tr("Not imported"), error);
        return;
    }
    m_written = written;
    QDialog::accept();
}

} // namespace assure
