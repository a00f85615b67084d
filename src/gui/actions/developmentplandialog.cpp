// Adds or edits a development plan, with its components (actions) listed and added from here.
#include "gui/actions/developmentplandialog.h"

#include "core/valueformat.h"
#include "gui/actions/actiondialog.h"
#include "models/board/personmodel.h"
#include "models/board/prioritymodel.h"
#include "ui_developmentplandialog.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QPushButton>

namespace assure {

DevelopmentPlanDialog::DevelopmentPlanDialog(const DevelopmentPlan &plan, Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::DevelopmentPlanDialog>()), m_workspace(workspace), m_plan(plan)
{
    m_ui->setupUi(this);
    setWindowTitle(plan.id == 0 ? tr("Add development plan") : tr("Development plan %1").arg(plan.title));
    setProblemLabel(m_ui->problemLabel);
    for (const Choice &c : priorityChoices(*workspace))
        m_ui->priorityCombo->addItem(c.label, c.value);
    for (const Choice &c : personChoices(*workspace))
        m_ui->chairCombo->addItem(c.label, c.value);
    m_ui->titleEdit->setText(plan.title);
    m_ui->priorityCombo->setCurrentIndex(qMax(0, m_ui->priorityCombo->findData(plan.priorityId)));
    m_ui->chairCombo->setCurrentIndex(qMax(0, m_ui->chairCombo->findData(plan.chairPersonId)));
    m_ui->methodologyEdit->setPlainText(plan.methodology);
    m_ui->expertiseEdit->setPlainText(plan.expertise);
    m_ui->consultationEdit->setPlainText(plan.consultation);
    m_ui->resourcesEdit->setPlainText(plan.resources);
    m_ui->qualityEdit->setPlainText(plan.qualityAssurance);
    m_ui->measuresEdit->setPlainText(plan.performanceMeasures);
    const QDate today = QDate::currentDate();
    m_ui->startCheck->setChecked(plan.start.isValid());
    m_ui->startEdit->setDate(plan.start.isValid() ? plan.start : today);
    m_ui->endCheck->setChecked(plan.end.isValid());
    m_ui->endEdit->setDate(plan.end.isValid() ? plan.end : today.addYears(1).addDays(-1));

    m_ui->componentsTable->setColumnCount(5);
    m_ui->componentsTable->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Component"), tr("Starts"), tr("Due"), tr("Status")});
    m_ui->componentsTable->verticalHeader()->hide();
    m_ui->componentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->componentsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    showComponents();

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        m_ui->startEdit->setEnabled(m_ui->startCheck->isChecked());
        m_ui->endEdit->setEnabled(m_ui->endCheck->isChecked());
        ok->setEnabled(!m_ui->titleEdit->text().trimmed().isEmpty());
    };
    update();
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->startCheck, &QCheckBox::toggled, this, update);
    connect(m_ui->endCheck, &QCheckBox::toggled, this, update);
    connect(m_ui->addComponentButton, &QPushButton::clicked, this, &DevelopmentPlanDialog::addComponent);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DevelopmentPlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DevelopmentPlanDialog::reject);
    if (!workspace->isReadOnly())
        setSubmit([this](QString *error) {
            const DevelopmentPlan p = this->plan();
            if (p == m_plan)
                return true;
            return p.id == 0 ? m_workspace->add(p, error) : m_workspace->update(p, error);
        });
}

DevelopmentPlanDialog::~DevelopmentPlanDialog() = default;

DevelopmentPlan DevelopmentPlanDialog::plan() const
{
    DevelopmentPlan p = m_plan;
    p.title = m_ui->titleEdit->text().trimmed();
    p.priorityId = m_ui->priorityCombo->currentData().toLongLong();
    p.chairPersonId = m_ui->chairCombo->currentData().toLongLong();
    p.methodology = m_ui->methodologyEdit->toPlainText().trimmed();
    p.expertise = m_ui->expertiseEdit->toPlainText().trimmed();
    p.consultation = m_ui->consultationEdit->toPlainText().trimmed();
    p.resources = m_ui->resourcesEdit->toPlainText().trimmed();
    p.qualityAssurance = m_ui->qualityEdit->toPlainText().trimmed();
    p.performanceMeasures = m_ui->measuresEdit->toPlainText().trimmed();
    p.start = m_ui->startCheck->isChecked() ? m_ui->startEdit->date() : QDate();
    p.end = m_ui->endCheck->isChecked() ? m_ui->endEdit->date() : QDate();
    return p;
}

void DevelopmentPlanDialog::showComponents()
{
    QTableWidget *table = m_ui->componentsTable;
    table->setRowCount(0);
    const ValueFormat format;
    int count = 0;
    for (const Action &a : m_workspace->items<Action>()) {
        if (m_plan.id == 0 || a.sourceKind != ActionSource::DevelopmentPlan || a.sourceId != m_plan.id)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{a.ref, a.title, format.date(a.start), format.date(a.due), actionStatusLabel(a.status)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++count;
    }
    const bool canAdd = m_plan.id != 0 && !m_workspace->isReadOnly();
    m_ui->addComponentButton->setEnabled(canAdd);
    m_ui->componentsNote->setText(m_plan.id == 0 ? tr("Save the plan first; then add its components here.")
                                                 : tr("Components: %1. Each is an action on the Actions page, with "
                                                      "its own SMART check and progress.")
                                                       .arg(count));
}

void DevelopmentPlanDialog::addComponent()
{
    if (m_plan.id == 0 || m_workspace->isReadOnly())
        return;
    ActionDialog dialog(ActionSources(*m_workspace).newActionFrom(ActionSource::DevelopmentPlan, m_plan.id),
                        *m_workspace, this);
    dialog.setSubmit(
        [&](QString *error) { return ActionEdits(*m_workspace).add(dialog.action(), QDate::currentDate(), error); });
    if (dialog.exec() == QDialog::Accepted)
        showComponents();
}

} // namespace assure
