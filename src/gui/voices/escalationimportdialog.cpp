// Imports the escalation log from a file, with a preview of every row.
#include "gui/voices/escalationimportdialog.h"

#include "core/valueformat.h"
#include "workspace/voices/escalationedits.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

EscalationImportDialog::EscalationImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : ItemDialog(parent), m_workspace(workspace), m_path(path), m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Import escalations from %1").arg(QFileInfo(path).fileName()));
    m_summary->setWordWrap(true);
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    setProblemLabel(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    resize(900, 480);

    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Status"), tr("Case reference"), tr("Reason")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_plan = planEscalationFile(*workspace, path);
    const ValueFormat format;
    if (!m_plan.isUsable()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_plan.error));
    } else {
        QString text = tr("%1 to add, %2 to update, %3 unchanged, %4 rejected. Rejected rows are not imported.")
                           .arg(format.count(m_plan.counts.created), format.count(m_plan.counts.updated),
                                format.count(m_plan.counts.unchanged), format.count(m_plan.counts.rejected));
        if (!m_plan.warnings.isEmpty())
            text += QLatin1Char(' ') + m_plan.warnings.join(QLatin1Char(' '));
        m_summary->setText(text);
    }
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const EscalationImportRow &row = m_plan.rows.at(i);
        m_preview->setItem(i, 0, new QTableWidgetItem(format.count(row.rowNumber)));
        m_preview->setItem(i, 1, new QTableWidgetItem(importStatusLabel(row.status)));
        m_preview->setItem(i, 2, new QTableWidgetItem(row.ref));
        m_preview->setItem(i, 3, new QTableWidgetItem(row.reason));
    }
    m_preview->resizeColumnsToContents();
    import->setEnabled(m_plan.isUsable() && m_plan.counts.changing() > 0 && !workspace->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationImportDialog::reject);
    setSubmit([this](QString *why) { return EscalationEdits(*m_workspace).applyImport(m_plan, m_path, why) >= 0; });
}

} // namespace assure
