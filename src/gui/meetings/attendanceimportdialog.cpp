// An attendance import's preview, and its writing as one undo step.
#include "gui/meetings/attendanceimportdialog.h"

#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assure {

AttendanceImportDialog::AttendanceImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_path(path), m_summary(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import attendance from %1").arg(QFileInfo(path).fileName()));
    resize(860, 520);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttendanceImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AttendanceImportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Row"), tr("Date"), tr("Meeting"), tr("Member"), tr("Attendance"), tr("What happens")});
    m_preview->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    m_plan = MeetingEdits(*workspace).planImportFile(path);
    if (!m_plan.isUsable()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_plan.error));
        import->setEnabled(false);
        return;
    }
    const ValueFormat format;
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const AttendanceImportRow &row = m_plan.rows.at(i);
        const bool rejected = row.status == ImportStatus::Rejected;
        const QString what = rejected ? tr("Rejected: %1").arg(row.reason)
                             : row.meetingId == 0 && row.status == ImportStatus::New
                                 ? tr("%1 (the meeting is made)").arg(importStatusLabel(row.status))
                                 : importStatusLabel(row.status);
        const QStringList cells{format.count(row.rowNumber),
                                rejected ? row.written.value(0) : format.date(row.date),
                                rejected ? row.written.value(1) : bodyName(*workspace, row.subGroupId),
                                rejected ? row.written.value(2)
                                         : MeetingKinds::memberName(*workspace, row.membershipId),
                                rejected ? row.written.value(4) : attendanceStatusLabel(row.attendance),
                                what};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(i, int(c), new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
    const ImportCounts &n = m_plan.counts;
    m_summary->setText(tr("%1 rows: %2 new, %3 changed, %4 already recorded, %5 rejected. Import writes the new and "
                          "changed rows as one step you can undo; rejected rows are left out.")
                           .arg(format.count(n.total()), format.count(n.created), format.count(n.updated),
                                format.count(n.unchanged), format.count(n.rejected)));
    import->setEnabled(n.changing() > 0 && !workspace->isReadOnly());
}

void AttendanceImportDialog::accept()
{
    QString error;
    const int written = MeetingEdits(*m_workspace).applyImport(m_plan, QFileInfo(m_path).fileName(), &error);
    if (written < 0) {
        QMessageBox::warning(this, tr("Not imported"), error);
        return;
    }
    m_written = written;
    QDialog::accept();
}

} // namespace assure
