// Changes the status, due date or lead of many actions as one undo step, refusals listed first.
#include "gui/actions/bulkchangedialog.h"

#include "models/board/personmodel.h"
#include "ui_bulkchangedialog.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

BulkChangeDialog::BulkChangeDialog(const QList<qint64> &actionIds, Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::BulkChangeDialog>()), m_workspace(workspace), m_ids(actionIds)
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    m_ui->introLabel->setText(
        tr("Change the actions selected (%1). Whatever is not ticked stays as each action has it; one undo puts "
           "every action back.")
            .arg(actionIds.size()));
    for (ActionStatus s : allActionStatuses())
        m_ui->statusCombo->addItem(actionStatusLabel(s), int(s));
    for (const Choice &c : personChoices(*workspace))
        m_ui->leadCombo->addItem(c.label, c.value);
    m_ui->dueEdit->setDate(QDate::currentDate().addMonths(1));
    for (QCheckBox *check : {m_ui->statusCheck, m_ui->dueCheck, m_ui->leadCheck})
        connect(check, &QCheckBox::toggled, this, &BulkChangeDialog::replan);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::replan);
    connect(m_ui->leadCombo, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::replan);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &BulkChangeDialog::replan);
    connect(m_ui->dueEdit, &QDateEdit::dateChanged, this, &BulkChangeDialog::replan);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkChangeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BulkChangeDialog::reject);
    setSubmit([this](QString *error) {
        replan(); // as the board is now
        return ActionBulkEdits(*m_workspace).apply(m_plan, error);
    });
    replan();
}

BulkChangeDialog::~BulkChangeDialog() = default;

BulkActionChange BulkChangeDialog::change() const
{
    BulkActionChange c;
    if (m_ui->statusCheck->isChecked()) {
        c.status = ActionStatus(m_ui->statusCombo->currentData().toInt());
        c.cancelReason = m_ui->reasonEdit->text().trimmed();
    }
    if (m_ui->dueCheck->isChecked())
        c.due = m_ui->dueEdit->date();
    if (m_ui->leadCheck->isChecked())
        c.leadPersonId = m_ui->leadCombo->currentData().toLongLong();
    return c;
}

void BulkChangeDialog::replan()
{
    m_ui->statusCombo->setEnabled(m_ui->statusCheck->isChecked());
    const bool cancelling = m_ui->statusCheck->isChecked() &&
                            ActionStatus(m_ui->statusCombo->currentData().toInt()) == ActionStatus::Cancelled;
    m_ui->reasonEdit->setEnabled(cancelling);
    m_ui->dueEdit->setEnabled(m_ui->dueCheck->isChecked());
    m_ui->leadCombo->setEnabled(m_ui->leadCheck->isChecked());
    m_plan = ActionBulkEdits(*m_workspace).plan(m_ids, change());
    QStringList outcome{tr("%n will change", nullptr, int(m_plan.changes.size()))};
    if (m_plan.unchanged > 0)
        outcome << tr("%n already as asked", nullptr, m_plan.unchanged);
    if (!m_plan.refusals.isEmpty())
        outcome << tr("%n refused, as listed below", nullptr, int(m_plan.refusals.size()));
    m_ui->outcomeLabel->setText(outcome.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_ui->refusalList->clear();
    for (const BulkActionPlan::Refusal &r : m_plan.refusals)
        m_ui->refusalList->addItem(tr("%1: %2").arg(r.ref, r.reason));
    m_ui->refusalList->setVisible(!m_plan.refusals.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_plan.changes.isEmpty() && !m_workspace->isReadOnly());
}

} // namespace assure
