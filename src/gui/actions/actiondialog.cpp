// Adds or edits an action (form: ui/actiondialog.ui), with the SMART check shown live.
#include "gui/actions/actiondialog.h"

#include "models/board/personmodel.h"
#include "ui_actiondialog.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/privacy/privacyedits.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

QString smartCheckHtml(const SmartCheck &check)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(ActionDialog::tr("SMART: %1 of 5").arg(check.score()))};
    for (SmartLetter l : allSmartLetters()) {
        const QString reason = check.reasons[size_t(l)];
        // A mark and a word, so that the check never reads by colour alone.
        // The reason names its letter's word itself ("Timed: there is no due date.").
        lines << (reason.isEmpty() ? ActionDialog::tr("✔ <b>%1</b> %2: passes")
                                         .arg(smartLetterKey(l), smartLetterLabel(l).toHtmlEscaped())
                                   : ActionDialog::tr("✘ <b>%1</b> %2").arg(smartLetterKey(l), reason.toHtmlEscaped()));
    }
    if (!check.advice.isEmpty()) {
        lines << QString() << QStringLiteral("<b>%1</b>").arg(ActionDialog::tr("Advice"));
        for (const QString &a : check.advice)
            lines << QStringLiteral("• %1").arg(a.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

ActionDialog::ActionDialog(const Action &action, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::ActionDialog>()), m_workspace(workspace), m_action(action)
{
    m_ui->setupUi(this);
    setWindowTitle(action.id == 0 ? tr("Add action") : tr("Edit action %1").arg(action.ref));
    setProblemLabel(m_ui->problemLabel);
    for (const Choice &c : agencyChoices(workspace))
        m_ui->agencyCombo->addItem(c.label, c.value);
    for (const Choice &c : personChoices(workspace))
        m_ui->leadCombo->addItem(c.label, c.value);
    for (ActionSource s : allActionSources())
        m_ui->sourceCombo->addItem(actionSourceLabel(s), actionSourceKey(s));

    m_ui->refEdit->setText(action.ref);
    m_ui->titleEdit->setText(action.title);
    m_ui->descriptionEdit->setPlainText(action.description);
    m_ui->measureEdit->setText(action.successMeasure);
    m_ui->evidenceEdit->setText(action.evidence);
    m_ui->agencyCombo->setCurrentIndex(qMax(0, m_ui->agencyCombo->findData(action.ownerAgencyId)));
    m_ui->leadCombo->setCurrentIndex(qMax(0, m_ui->leadCombo->findData(action.leadPersonId)));
    m_ui->resourcesEdit->setText(action.resources);
    m_ui->sourceCombo->setCurrentIndex(qMax(0, m_ui->sourceCombo->findData(actionSourceKey(action.sourceKind))));
    m_ui->rationaleEdit->setText(action.rationale);
    const QDate today = QDate::currentDate();
    m_ui->startCheck->setChecked(action.start.isValid());
    m_ui->startEdit->setDate(action.start.isValid() ? action.start : today);
    m_ui->dueCheck->setChecked(action.due.isValid());
    m_ui->dueEdit->setDate(action.due.isValid() ? action.due : today.addMonths(3));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        m_ui->startEdit->setEnabled(m_ui->startCheck->isChecked());
        m_ui->dueEdit->setEnabled(m_ui->dueCheck->isChecked());
        ok->setEnabled(!m_ui->titleEdit->text().trimmed().isEmpty());
        const Action now = this->action();
        m_ui->sourceNameLabel->setText(ActionSources(m_workspace).name(now.sourceKind, now.sourceId));
        m_ui->sourceNameLabel->setVisible(!m_ui->sourceNameLabel->text().isEmpty());
        updateSmart();
    };
    update();
    for (QLineEdit *edit : {m_ui->refEdit, m_ui->titleEdit, m_ui->measureEdit, m_ui->evidenceEdit, m_ui->resourcesEdit,
                            m_ui->rationaleEdit})
        connect(edit, &QLineEdit::textChanged, this, update);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, update);
    for (QComboBox *combo : {m_ui->agencyCombo, m_ui->leadCombo, m_ui->sourceCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    for (QCheckBox *check : {m_ui->startCheck, m_ui->dueCheck})
        connect(check, &QCheckBox::toggled, this, update);
    for (QDateEdit *edit : {m_ui->startEdit, m_ui->dueEdit})
        connect(edit, &QDateEdit::dateChanged, this, update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
}

ActionDialog::~ActionDialog() = default;

Action ActionDialog::action() const
{
    Action a = m_action;
    a.ref = m_ui->refEdit->text().trimmed();
    a.title = m_ui->titleEdit->text().trimmed();
    a.description = m_ui->descriptionEdit->toPlainText().trimmed();
    a.successMeasure = m_ui->measureEdit->text().trimmed();
    a.evidence = m_ui->evidenceEdit->text().trimmed();
    a.ownerAgencyId = m_ui->agencyCombo->currentData().toLongLong();
    a.leadPersonId = m_ui->leadCombo->currentData().toLongLong();
    a.resources = m_ui->resourcesEdit->text().trimmed();
    a.sourceKind = actionSourceFromKey(m_ui->sourceCombo->currentData().toString()).value_or(ActionSource::None);
    // The item named belongs to the kind it came with: another kind names none of its own.
    a.sourceId = a.sourceKind == m_action.sourceKind ? m_action.sourceId : 0;
    a.rationale = m_ui->rationaleEdit->text().trimmed();
    a.start = m_ui->startCheck->isChecked() ? m_ui->startEdit->date() : QDate();
    a.due = m_ui->dueCheck->isChecked() ? m_ui->dueEdit->date() : QDate();
    return a;
}

QList<PrivacyField> ActionDialog::privacyFields(const Action &a)
{
    const auto field = [&a](const char *column, const QString &label, const QString &text) {
        return PrivacyField{{QStringLiteral("action"), a.id, {}, QString::fromLatin1(column)}, label, text};
    };
    return {field("title", tr("Title"), a.title),
            field("description", tr("Specifically"), a.description),
            field("success_measure", tr("Success measure"), a.successMeasure),
            field("evidence", tr("Evidence"), a.evidence),
            field("resources", tr("Resources"), a.resources),
            field("rationale", tr("Rationale"), a.rationale)};
}

SmartCheck ActionDialog::smartNow() const
{
    SmartContext context;
    if (m_action.id != 0)
        for (const Milestone &m : m_workspace.items<Milestone>())
            if (m.actionId == m_action.id)
                context.milestones.append(m);
    const Action a = action();
    if (const Person *lead = m_workspace.items<Person>().find(a.leadPersonId))
        context.leadAgencyId = lead->agencyId;
    return smartCheck(a, context);
}

QString ActionDialog::smartText() const
{
    return m_ui->smartLabel->text();
}

void ActionDialog::updateSmart()
{
    m_ui->smartLabel->setText(smartCheckHtml(smartNow()));
}

} // namespace assure
