// Adds or edits a complaint, compliment or comment (form: ui/complaintdialog.ui).
#include "gui/voices/complaintdialog.h"

#include "core/valueformat.h"
#include "gui/risks/linkpicker.h"
#include "ui_complaintdialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/workspace.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>

namespace assure {

ComplaintDialog::ComplaintDialog(const Complaint &complaint, const QList<qint64> &actionIds, const Workspace &workspace,
                                 QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::ComplaintDialog>()), m_complaint(complaint),
      m_days(boardWorkingDays(workspace)), m_targetDays(workspace.items<ComplaintSettings>().value().targetDays)
{
    m_ui->setupUi(this);
    setWindowTitle(complaint.id == 0 ? tr("Add complaint or compliment") : tr("Edit %1").arg(complaint.reference));
    setProblemLabel(m_ui->problemLabel);
    for (ComplaintKind k : allComplaintKinds())
        m_ui->kindCombo->addItem(complaintKindLabel(k), int(k));
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(complaint.kind))));
    m_ui->agencyCombo->addItem(tr("Choose an agency"), qint64(0));
    for (const Agency &a : workspace.items<Agency>())
        if (a.active || a.id == complaint.agencyId)
            m_ui->agencyCombo->addItem(a.name, a.id);
    m_ui->agencyCombo->setCurrentIndex(qMax(0, m_ui->agencyCombo->findData(complaint.agencyId)));
    for (ComplaintStage s : allComplaintStages())
        m_ui->stageCombo->addItem(complaintStageLabel(s), int(s));
    m_ui->stageCombo->setCurrentIndex(qMax(0, m_ui->stageCombo->findData(int(complaint.stage))));
    m_ui->outcomeCombo->addItem(tr("Not decided yet"), int(ComplaintOutcome::None));
    for (ComplaintOutcome o : allComplaintOutcomes())
        m_ui->outcomeCombo->addItem(complaintOutcomeLabel(o), int(o));
    m_ui->outcomeCombo->setCurrentIndex(qMax(0, m_ui->outcomeCombo->findData(int(complaint.outcome))));
    const QList<Complaint> all(workspace.items<Complaint>().begin(), workspace.items<Complaint>().end());
    m_ui->themeCombo->addItems(themesUsed(all));
    m_ui->themeCombo->setCurrentText(complaint.theme);
    m_ui->refEdit->setText(complaint.reference);
    m_ui->receivedEdit->setDate(complaint.received.isValid() ? complaint.received : QDate::currentDate());
    m_ui->respondedCheck->setChecked(complaint.responded.isValid());
    m_ui->respondedEdit->setDate(complaint.responded.isValid() ? complaint.responded : m_ui->receivedEdit->date());
    m_ui->respondedEdit->setEnabled(complaint.responded.isValid());
    m_ui->learningEdit->setPlainText(complaint.learning);

    QList<LinkPicker::Item> actions;
    for (const Action &a : workspace.items<Action>())
        actions.append({a.id, a.ref + QLatin1Char(' ') + a.title});
    m_actions = new LinkPicker(actions, actionIds, tr("actions"), m_ui->actionsBox);
    m_ui->actionsLayout->addWidget(m_actions);
    setTabOrder(m_ui->learningEdit, m_actions->searchEdit());
    setTabOrder(m_actions->searchEdit(), m_actions->view());

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const auto enableOk = [this, ok] {
        ok->setEnabled(!m_ui->refEdit->text().trimmed().isEmpty() && m_ui->agencyCombo->currentData().toLongLong());
    };
    connect(m_ui->refEdit, &QLineEdit::textChanged, this, enableOk);
    connect(m_ui->agencyCombo, &QComboBox::currentIndexChanged, this, enableOk);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ComplaintDialog::followKind);
    connect(m_ui->respondedCheck, &QCheckBox::toggled, m_ui->respondedEdit, &QWidget::setEnabled);
    connect(m_ui->respondedCheck, &QCheckBox::toggled, this, &ComplaintDialog::showTiming);
    connect(m_ui->receivedEdit, &QDateEdit::dateChanged, this, &ComplaintDialog::showTiming);
    connect(m_ui->respondedEdit, &QDateEdit::dateChanged, this, &ComplaintDialog::showTiming);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    enableOk();
    followKind();
    showTiming();
}

ComplaintDialog::~ComplaintDialog() = default;

Complaint ComplaintDialog::complaint() const
{
    Complaint c = m_complaint;
    c.reference = m_ui->refEdit->text().trimmed();
    c.kind = ComplaintKind(m_ui->kindCombo->currentData().toInt());
    c.agencyId = m_ui->agencyCombo->currentData().toLongLong();
    c.received = m_ui->receivedEdit->date();
    c.theme = m_ui->themeCombo->currentText().trimmed();
    const bool isComplaint = c.kind == ComplaintKind::Complaint;
    c.stage = isComplaint ? ComplaintStage(m_ui->stageCombo->currentData().toInt()) : ComplaintStage::None;
    c.outcome = isComplaint ? ComplaintOutcome(m_ui->outcomeCombo->currentData().toInt()) : ComplaintOutcome::None;
    c.responded = m_ui->respondedCheck->isChecked() ? m_ui->respondedEdit->date() : QDate();
    c.learning = m_ui->learningEdit->toPlainText().trimmed();
    return c;
}

QList<qint64> ComplaintDialog::actionIds() const
{
    return m_actions->checkedIds();
}

void ComplaintDialog::followKind()
{
    // A compliment or comment has no stage or outcome: the boxes say so rather than vanish.
    const bool isComplaint = ComplaintKind(m_ui->kindCombo->currentData().toInt()) == ComplaintKind::Complaint;
    m_ui->stageCombo->setEnabled(isComplaint);
    m_ui->outcomeCombo->setEnabled(isComplaint);
}

void ComplaintDialog::showTiming()
{
    const Complaint c = complaint();
    const ComplaintTiming t = timingOf(c, m_days, m_targetDays, QDate::currentDate());
    const ValueFormat format;
    QString text;
    if (c.responded.isValid() && c.responded < c.received)
        text = tr("The date responded is before the date received.");
    else if (t.days >= 0)
        text = tr("%n working days: %1 (target %2, to %3)", nullptr, t.days)
                   .arg(timelinessLabel(t.state))
                   .arg(m_targetDays)
                   .arg(format.date(t.due));
    else
        text = tr("%1: the target of %2 working days runs to %3")
                   .arg(timelinessLabel(t.state))
                   .arg(m_targetDays)
                   .arg(format.date(t.due));
    m_ui->timingLabel->setText(text);
}

} // namespace assure
