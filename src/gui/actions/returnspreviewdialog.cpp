// Shows what a returned progress pack will change, every update before it is written, or its problems.
#include "gui/actions/returnspreviewdialog.h"

#include "core/valueformat.h"
#include "ui_returnspreviewdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QPushButton>

namespace assure {

namespace {

enum Column { Ref, Title, Progress, Percent, Status, Columns };

} // namespace

ReturnsPreviewDialog::ReturnsPreviewDialog(const Workspace &workspace, const ActionReturnsPlan &plan,
                                           const QString &fileName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReturnsPreviewDialog>())
{
    m_ui->setupUi(this);
    const ValueFormat format;
    const PackIdentity &id = plan.identity;
    m_ui->packLabel->setText(tr("%1: the progress return of %2, exported on %3.")
                                 .arg(fileName, id.agencyName, format.date(id.exportedAt.toLocalTime().date())));
    m_ui->summaryLabel->setText(
        plan.problems.isEmpty()
            ? tr("Actions with news: %1. Left as they were: %2.").arg(plan.returns.size()).arg(plan.unchanged)
            : tr("Problems: %1, in rows: %2. Nothing will be imported.").arg(plan.problems.size()).arg(plan.rejected));

    QTableWidget *table = m_ui->updatesTable;
    table->setColumnCount(Columns);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Title"), tr("Progress"), tr("Done"), tr("Status")});
    table->verticalHeader()->hide();
    table->setRowCount(static_cast<int>(plan.returns.size()));
    for (int row = 0; row < plan.returns.size(); ++row) {
        const ActionReturn &r = plan.returns.at(row);
        const Action *action = workspace.items<Action>().find(r.actionId);
        const QString status =
            r.status ? tr("%1 → %2").arg(r.statusBefore, actionStatusLabel(*r.status)) : r.statusBefore;
        const QStringList cells{r.ref, action ? action->title : QString(), r.text,
                                r.percent ? format.percent(*r.percent, 0) : QString(), status};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c)); // a long progress note is cut to one line here
            table->setItem(row, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(Progress, QHeaderView::Stretch);

    m_ui->problemsList->addItems(plan.problems);
    m_ui->problemsLabel->setVisible(!plan.problems.isEmpty());
    m_ui->problemsList->setVisible(!plan.problems.isEmpty());
    table->setVisible(plan.problems.isEmpty());

    m_import = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(plan.canWrite() && !plan.returns.isEmpty() && !workspace.isReadOnly());
    m_import->setDefault(m_import->isEnabled());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReturnsPreviewDialog::~ReturnsPreviewDialog() = default;

QTableWidget *ReturnsPreviewDialog::updates() const
{
    return m_ui->updatesTable;
}

QStringList ReturnsPreviewDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        out << m_ui->problemsList->item(i)->text();
    return out;
}

} // namespace assure
