// Adds or edits an escalation of the log (form: ui/escalationdialog.ui).
#include "gui/voices/escalationdialog.h"

#include "core/valueformat.h"
#include "gui/risks/linkpicker.h"
#include "ui_escalationdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>

#include <algorithm>

namespace assure {

namespace {

void chooseData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

EscalationDialog::EscalationDialog(const Escalation &escalation, const QList<qint64> &actionIds,
                                   const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::EscalationDialog>()), m_escalation(escalation)
{
    m_ui->setupUi(this);
    setWindowTitle(escalation.id == 0 ? tr("Add escalation") : tr("Edit escalation"));
    setProblemLabel(m_ui->problemLabel);
    // The agencies in name order, as people look them up; a blank first so that none is assumed.
    std::vector<const Agency *> agencies;
    for (const Agency &a : workspace.items<Agency>())
        agencies.push_back(&a);
    std::stable_sort(agencies.begin(), agencies.end(),
                     [](const Agency *a, const Agency *b) { return a->name.localeAwareCompare(b->name) < 0; });
    for (QComboBox *combo : {m_ui->byCombo, m_ui->withCombo}) {
        combo->addItem(tr("Choose an agency"), qint64(0));
        for (const Agency *a : agencies)
            combo->addItem(a->name, a->id);
    }
    chooseData(m_ui->byCombo, escalation.raisedByAgencyId);
    chooseData(m_ui->withCombo, escalation.raisedWithAgencyId);
    for (const EscalationReason &r : workspace.items<EscalationReason>())
        m_ui->reasonCombo->addItem(r.name, r.id);
    chooseData(m_ui->reasonCombo, escalation.reasonId);
    const EscalationSettings &settings = workspace.items<EscalationSettings>().value();
    for (int level = 1; level <= settings.highestLevel(); ++level)
        m_ui->levelCombo->addItem(tr("%1 %2").arg(level).arg(settings.levelName(level)), level);
    chooseData(m_ui->levelCombo, escalation.level);
    m_ui->refEdit->setText(escalation.ref);
    m_ui->raisedEdit->setDate(escalation.raised.isValid() ? escalation.raised : QDate::currentDate());
    m_ui->resolvedCheck->setChecked(escalation.isResolved());
    m_ui->resolvedEdit->setDate(escalation.isResolved() ? escalation.resolved : m_ui->raisedEdit->date());
    m_ui->resolvedEdit->setEnabled(escalation.isResolved());
    m_ui->resolutionEdit->setPlainText(escalation.resolution);
    m_ui->learningEdit->setPlainText(escalation.learning);
    connect(m_ui->resolvedCheck, &QCheckBox::toggled, m_ui->resolvedEdit, &QWidget::setEnabled);
    connect(m_ui->resolvedCheck, &QCheckBox::toggled, this, &EscalationDialog::showDays);
    connect(m_ui->raisedEdit, &QDateEdit::dateChanged, this, &EscalationDialog::showDays);
    connect(m_ui->resolvedEdit, &QDateEdit::dateChanged, this, &EscalationDialog::showDays);

    QList<LinkPicker::Item> actions;
    for (const Action &a : workspace.items<Action>())
        actions.append({a.id, a.ref + QLatin1Char(' ') + a.title});
    m_actions = new LinkPicker(actions, actionIds, tr("actions"), m_ui->actionsBox);
    m_ui->actionsLayout->addWidget(m_actions);
    setTabOrder(m_ui->learningEdit, m_actions->searchEdit());
    setTabOrder(m_actions->searchEdit(), m_actions->view());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!escalation.ref.trimmed().isEmpty());
    connect(m_ui->refEdit, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EscalationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EscalationDialog::reject);
    showDays();
}

EscalationDialog::~EscalationDialog() = default;

Escalation EscalationDialog::escalation() const
{
    Escalation e = m_escalation;
    e.ref = m_ui->refEdit->text().trimmed();
    e.raised = m_ui->raisedEdit->date();
    e.raisedByAgencyId = m_ui->byCombo->currentData().toLongLong();
    e.raisedWithAgencyId = m_ui->withCombo->currentData().toLongLong();
    e.reasonId = m_ui->reasonCombo->currentData().toLongLong();
    e.level = m_ui->levelCombo->currentData().toInt();
    e.resolved = m_ui->resolvedCheck->isChecked() ? m_ui->resolvedEdit->date() : QDate();
    e.resolution = m_ui->resolutionEdit->toPlainText().trimmed();
    e.learning = m_ui->learningEdit->toPlainText().trimmed();
    return e;
}

QList<qint64> EscalationDialog::actionIds() const
{
    return m_actions->checkedIds();
}

void EscalationDialog::showDays()
{
    const Escalation e = escalation();
    const std::optional<int> days = daysToResolve(e);
    if (!days)
        m_ui->daysLabel->setText(tr("still open"));
    else if (*days < 0)
        m_ui->daysLabel->setText(tr("resolved before it was raised: check the dates"));
    else
        m_ui->daysLabel->setText(tr("%n calendar days", nullptr, *days));
}

} // namespace assure
