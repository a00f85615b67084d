// The Details tab of the Audits page: one audit's fields, saved as one undo step.
#include "gui/audits/auditdetailspanel.h"

#include "models/board/personmodel.h"
#include "ui_auditdetailspanel.h"
#include "workspace/audits/auditdetails.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace assure {

namespace {

// An optional date is a check box (set or not) beside its date edit.
struct DateField
{
    QCheckBox *check;
    QDateEdit *edit;
    QDate Audit::*member;
};

std::vector<DateField> dateFields(Ui::AuditDetailsPanel *ui)
{
    return {{ui->plannedCheck, ui->plannedEdit, &Audit::planned},
            {ui->startedCheck, ui->startedEdit, &Audit::started},
            {ui->reportedCheck, ui->reportedEdit, &Audit::reported},
            {ui->referralCheck, ui->referralEdit, &Audit::referralDate},
            {ui->decisionCheck, ui->decisionEdit, &Audit::decisionDate},
            {ui->publicationCheck, ui->publicationEdit, &Audit::publicationDate},
            {ui->periodFromCheck, ui->periodFromEdit, &Audit::periodFrom},
            {ui->periodToCheck, ui->periodToEdit, &Audit::periodTo}};
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

AuditDetailsPanel::AuditDetailsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditDetailsPanel>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    for (AuditType t : allAuditTypes())
        m_ui->typeCombo->addItem(auditTypeLabel(t), int(t));
    for (AuditStatus s : allAuditStatuses())
        m_ui->statusCombo->addItem(auditStatusLabel(s), int(s));
    refillChoices();

    const auto edited = [this] {
        if (!m_loading)
            updateButtons();
    };
    for (QLineEdit *e : {m_ui->refEdit, m_ui->titleEdit, m_ui->auditorsEdit})
        connect(e, &QLineEdit::textChanged, this, edited);
    for (QPlainTextEdit *e : {m_ui->scopeEdit, m_ui->methodologyEdit})
        connect(e, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *c : {m_ui->leadCombo, m_ui->statusCombo, m_ui->repeatsCombo, m_ui->occurrenceCombo})
        connect(c, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        followType();
        edited();
    });
    connect(m_ui->independentCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->agenciesList, &QListWidget::itemChanged, this, edited);
    for (const DateField &f : dateFields(m_ui.get())) {
        connect(f.check, &QCheckBox::toggled, this, edited);
        connect(f.edit, &QDateEdit::dateChanged, this, edited);
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AuditDetailsPanel::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &AuditDetailsPanel::revert);
    // Choices follow the board; the audit shown follows its saved self (an undo, an edit elsewhere).
    workspace->notifier()->subscribe({kindOf<Person>(), kindOf<Agency>(), kindOf<Audit>(), kindOf<ProgrammeEntry>(),
                                      kindOf<ProgrammeOccurrence>(), kindOf<AuditAgency>()},
                                     this, [this] { storedChanged(); });
    setAudit(0);
}

AuditDetailsPanel::~AuditDetailsPanel() = default;

void AuditDetailsPanel::refillChoices()
{
    const QSignalBlocker lead(m_ui->leadCombo), repeats(m_ui->repeatsCombo), fulfils(m_ui->occurrenceCombo),
        agencies(m_ui->agenciesList);
    m_ui->leadCombo->clear();
    for (const Choice &c : personChoices(*m_workspace))
        m_ui->leadCombo->addItem(c.label, c.value);
    m_ui->repeatsCombo->clear();
    m_ui->repeatsCombo->addItem(tr("No earlier audit"), qint64(0));
    for (const Audit &a : m_workspace->items<Audit>())
        m_ui->repeatsCombo->addItem(tr("%1 %2").arg(a.ref, a.title), a.id);
    m_ui->occurrenceCombo->clear();
    m_ui->occurrenceCombo->addItem(tr("No programme occurrence"), qint64(0));
    for (const ProgrammeOccurrence &o : m_workspace->items<ProgrammeOccurrence>())
        if (const ProgrammeEntry *e = m_workspace->items<ProgrammeEntry>().find(o.entryId))
            m_ui->occurrenceCombo->addItem(
                tr("%1, due %2").arg(e->subject, QLocale().toString(o.month(), QStringLiteral("MMMM yyyy"))), o.id);
    m_ui->agenciesList->clear();
    for (const Choice &c : agencyChoices(*m_workspace)) {
        if (c.value.toLongLong() == 0)
            continue; // "No agency" is no agency to tick
        auto *item = new QListWidgetItem(c.label, m_ui->agenciesList);
        item->setData(Qt::UserRole, c.value);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
}

void AuditDetailsPanel::setAudit(qint64 id)
{
    const Audit *a = m_workspace->items<Audit>().find(id);
    m_ui->problemLabel->clear();
    load(a ? *a : Audit{}, a ? AuditDetails(*m_workspace).agenciesOf(id) : QList<qint64>{});
}

void AuditDetailsPanel::load(const Audit &audit, const QList<qint64> &agencies)
{
    m_loading = true;
    m_shown = audit;
    m_shownAgencies = sorted(agencies);
    m_ui->refEdit->setText(audit.ref);
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(int(audit.type))));
    m_ui->titleEdit->setText(audit.title);
    m_ui->scopeEdit->setPlainText(audit.scope);
    m_ui->methodologyEdit->setPlainText(audit.methodology);
    m_ui->leadCombo->setCurrentIndex(qMax(0, m_ui->leadCombo->findData(audit.leadPersonId)));
    m_ui->auditorsEdit->setText(audit.auditors);
    m_ui->independentCheck->setChecked(audit.independent);
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(int(audit.status))));
    m_ui->repeatsCombo->setCurrentIndex(qMax(0, m_ui->repeatsCombo->findData(audit.repeatsAuditId)));
    m_ui->occurrenceCombo->setCurrentIndex(qMax(0, m_ui->occurrenceCombo->findData(audit.occurrenceId)));
    // An unset date shows the planned day (or today), ready to be ticked.
    const QDate fallback = audit.planned.isValid() ? audit.planned : QDate::currentDate();
    for (const DateField &f : dateFields(m_ui.get())) {
        const QDate d = audit.*f.member;
        f.check->setChecked(d.isValid());
        f.edit->setDate(d.isValid() ? d : fallback);
    }
    for (int i = 0; i < m_ui->agenciesList->count(); ++i) {
        QListWidgetItem *item = m_ui->agenciesList->item(i);
        item->setCheckState(agencies.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    // The agencies ticked come into sight, not the first few of the board's list.
    for (int i = 0; i < m_ui->agenciesList->count(); ++i)
        if (m_ui->agenciesList->item(i)->checkState() == Qt::Checked) {
            m_ui->agenciesList->scrollToItem(m_ui->agenciesList->item(i), QAbstractItemView::PositionAtTop);
            break;
        }
    followType();
    m_loading = false;
    m_ui->fields->setEnabled(audit.id != 0);
    updateButtons();
}

Audit AuditDetailsPanel::audit() const
{
    Audit a = m_shown;
    a.ref = m_ui->refEdit->text().trimmed();
    a.type = AuditType(m_ui->typeCombo->currentData().toInt());
    a.title = m_ui->titleEdit->text().trimmed();
    a.scope = m_ui->scopeEdit->toPlainText().trimmed();
    a.methodology = m_ui->methodologyEdit->toPlainText().trimmed();
    a.leadPersonId = m_ui->leadCombo->currentData().toLongLong();
    a.auditors = m_ui->auditorsEdit->text().trimmed();
    a.independent = m_ui->independentCheck->isChecked();
    a.status = AuditStatus(m_ui->statusCombo->currentData().toInt());
    a.repeatsAuditId = m_ui->repeatsCombo->currentData().toLongLong();
    a.occurrenceId = m_ui->occurrenceCombo->currentData().toLongLong();
    for (const DateField &f : dateFields(m_ui.get()))
        a.*f.member = f.check->isChecked() ? f.edit->date() : QDate();
    return a;
}

QList<qint64> AuditDetailsPanel::checkedAgencies() const
{
    QList<qint64> out;
    for (int i = 0; i < m_ui->agenciesList->count(); ++i)
        if (m_ui->agenciesList->item(i)->checkState() == Qt::Checked)
            out << m_ui->agenciesList->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

bool AuditDetailsPanel::isModified() const
{
    return m_shown.id != 0 && (audit() != m_shown || sorted(checkedAgencies()) != m_shownAgencies);
}

QString AuditDetailsPanel::problem() const
{
    return m_ui->problemLabel->text();
}

void AuditDetailsPanel::followType()
{
    // A review's dates and a report's period only for those types; what they hold is kept meanwhile.
    const auto type = AuditType(m_ui->typeCombo->currentData().toInt());
    m_ui->reviewBox->setVisible(isReview(type));
    m_ui->reportBox->setVisible(isReport(type));
    for (const DateField &f : dateFields(m_ui.get()))
        f.edit->setEnabled(f.check->isChecked());
}

void AuditDetailsPanel::updateButtons()
{
    followType();
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified && !m_workspace->isReadOnly());
    m_ui->revertButton->setEnabled(modified);
}

void AuditDetailsPanel::save()
{
    if (m_shown.id == 0)
        return;
    QString error;
    if (!AuditDetails(*m_workspace).save(audit(), checkedAgencies(), &error)) {
        m_ui->problemLabel->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_ui->problemLabel->clear();
    setAudit(m_shown.id); // as saved: the form matches, so Save and Revert rest
    Q_EMIT statusMessage(tr("Saved %1.").arg(m_shown.ref));
}

void AuditDetailsPanel::revert()
{
    setAudit(m_shown.id);
}

void AuditDetailsPanel::storedChanged()
{
    // What is typed and not saved is kept; an unchanged form shows the audit as now saved.
    const bool modified = isModified();
    const Audit typed = audit();
    const QList<qint64> typedAgencies = checkedAgencies();
    refillChoices();
    const Audit *stored = m_workspace->items<Audit>().find(m_shown.id);
    if (!stored)
        setAudit(0);
    else if (!modified)
        load(*stored, AuditDetails(*m_workspace).agenciesOf(stored->id));
    else {
        const Audit saved = *stored;
        load(typed, typedAgencies);
        m_shown = saved;
        m_shownAgencies = sorted(AuditDetails(*m_workspace).agenciesOf(saved.id));
        updateButtons();
    }
}

} // namespace assure
