// The small dialogs of an action's life: progress update, change of status, evidence of impact.
#include "gui/actions/actionstepdialogs.h"

#include "gui/privacy/privacycheck.h"
#include "workspace/actions/actionedits.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace assure {

namespace {

// The form above, then the problem line and OK / Cancel below, as every item dialog has them.
QFormLayout *frame(ItemDialog *dialog, QLabel **problem)
{
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    *problem = new QLabel(dialog);
    (*problem)->setWordWrap(true);
    layout->addWidget(*problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &ItemDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &ItemDialog::reject);
    layout->addWidget(buttons);
    return form;
}

QDateEdit *dateEditOn(const QDate &day, QWidget *parent)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

QString refOf(const Workspace &ws, qint64 actionId)
{
    const Action *a = ws.items<Action>().find(actionId);
    return a ? a->ref : QString();
}

} // namespace

ProgressUpdateDialog::ProgressUpdateDialog(Workspace *workspace, qint64 actionId, QWidget *parent) : ItemDialog(parent)
{
    setWindowTitle(tr("Progress update on %1").arg(refOf(*workspace, actionId)));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    m_date = dateEditOn(QDate::currentDate(), this);
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(tr("Who reports it"));
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_hasPercent = new QCheckBox(tr("&Done so far:"), this);
    m_percent = new QSpinBox(this);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(tr("%"));
    m_percent->setAccessibleName(tr("Percentage done"));
    m_percent->setEnabled(false);
    connect(m_hasPercent, &QCheckBox::toggled, m_percent, &QSpinBox::setEnabled);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&What happened:"), m_text);
    form->addRow(m_hasPercent, m_percent);
    setSubmit([this, workspace, actionId](QString *error) {
        ProgressUpdate u;
        u.actionId = actionId;
        u.date = m_date->date();
        u.author = m_author->text().trimmed();
        u.text = m_text->toPlainText().trimmed();
        if (m_hasPercent->isChecked())
            u.percent = m_percent->value();
        const PrivacyField text{
            {QStringLiteral("action_update"), 0, {}, QStringLiteral("text")}, tr("What happened"), u.text};
        return PrivacyCheck::save(
            this, workspace, {text},
            [&](QString *e, qint64 *newId) { return ActionEdits(*workspace).addUpdate(u, e, newId); }, error);
    });
}

StatusDialog::StatusDialog(Workspace *workspace, qint64 actionId, QWidget *parent)
    : ItemDialog(parent), m_workspace(workspace), m_actionId(actionId)
{
    setWindowTitle(tr("Status of %1").arg(refOf(*workspace, actionId)));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    m_status = new QComboBox(this);
    for (ActionStatus s : allActionStatuses())
        m_status->addItem(actionStatusLabel(s), int(s));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why it is cancelled"));
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setAccessibleName(tr("Why not"));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Reason if cancelled:"), m_reason);
    form->addRow(m_refusal);
    if (const Action *a = workspace->items<Action>().find(actionId)) {
        m_status->setCurrentIndex(m_status->findData(int(a->status)));
        m_reason->setText(a->cancelReason);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &StatusDialog::updateRefusal);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusDialog::updateRefusal);
    updateRefusal();
    setSubmit([this](QString *error) {
        const QString reason = m_reason->text().trimmed();
        const PrivacyField field{{QStringLiteral("action"), m_actionId, {}, QStringLiteral("cancel_reason")},
                                 tr("Reason if cancelled"),
                                 reason};
        return PrivacyCheck::save(
            this, m_workspace, {field},
            [&](QString *e, qint64 *) {
                return ActionEdits(*m_workspace)
                    .setStatus(m_actionId, ActionStatus(m_status->currentData().toInt()), reason, e);
            },
            error);
    });
}

QString StatusDialog::refusal() const
{
    const Action *a = m_workspace->items<Action>().find(m_actionId);
    if (!a)
        return {};
    Action after = *a;
    after.status = ActionStatus(m_status->currentData().toInt());
    after.cancelReason = m_reason->text().trimmed();
    return after.status == a->status ? QString() : transitionRefusal(a->status, after);
}

void StatusDialog::updateRefusal()
{
    // The rules are shown as the choice is made, before OK is pressed.
    m_reason->setEnabled(ActionStatus(m_status->currentData().toInt()) == ActionStatus::Cancelled);
    m_refusal->setText(refusal());
}

ImpactDialog::ImpactDialog(Workspace *workspace, qint64 actionId, QWidget *parent) : ItemDialog(parent)
{
    setWindowTitle(tr("Impact of %1").arg(refOf(*workspace, actionId)));
    QLabel *problem = nullptr;
    QFormLayout *form = frame(this, &problem);
    setProblemLabel(problem);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setTabChangesFocus(true);
    m_indicator = new QComboBox(this);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(20);
    m_indicator->addItem(tr("No indicator"), qint64(0));
    for (const Indicator &i : workspace->items<Indicator>())
        m_indicator->addItem(i.code + QLatin1Char(' ') + i.title, i.id);
    m_acceptedBy = new QLineEdit(this);
    m_acceptedBy->setPlaceholderText(tr("Leave empty until the evidence is accepted"));
    m_acceptedOn = dateEditOn(QDate::currentDate(), this);
    form->addRow(tr("&Evidence of outcome:"), m_evidence);
    form->addRow(tr("Shown by &indicator:"), m_indicator);
    form->addRow(tr("&Accepted by:"), m_acceptedBy);
    form->addRow(tr("Accepted &on:"), m_acceptedOn);
    if (const Action *a = workspace->items<Action>().find(actionId)) {
        m_evidence->setPlainText(a->impactEvidence);
        m_indicator->setCurrentIndex(qMax(0, m_indicator->findData(a->impactIndicatorId)));
    }
    setSubmit([this, workspace, actionId](QString *error) {
        const QString evidence = m_evidence->toPlainText().trimmed();
        const PrivacyField field{{QStringLiteral("action"), actionId, {}, QStringLiteral("impact_evidence")},
                                 tr("Evidence of outcome"),
                                 evidence};
        return PrivacyCheck::save(
            this, workspace, {field},
            [&](QString *e, qint64 *) {
                ActionEdits edits(*workspace);
                if (!edits.recordImpact(actionId, evidence, m_indicator->currentData().toLongLong(), e))
                    return false;
                const QString by = m_acceptedBy->text().trimmed();
                return by.isEmpty() || edits.acceptImpact(actionId, by, m_acceptedOn->date(), e);
            },
            error);
    });
}

} // namespace assure
