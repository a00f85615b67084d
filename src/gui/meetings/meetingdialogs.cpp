// The meetings' editors: a member's seat, a meeting, and the board's attendance threshold.
#include "gui/meetings/meetingdialogs.h"

#include "models/board/personmodel.h"
#include "models/meetings/membershipmodel.h"
#include "ui_meetingdialog.h"
#include "ui_meetingsettingsdialog.h"
#include "ui_membershipdialog.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/privacy/privacyedits.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

namespace {

void fill(QComboBox *combo, const QList<Choice> &choices, const QVariant &current)
{
    for (const Choice &c : choices)
        combo->addItem(c.label, c.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

// An optional day: the box ticked and the day, or unticked (none) with the day greyed.
void showDay(QCheckBox *check, QDateEdit *edit, const QDate &day, const QDate &otherwise)
{
    check->setChecked(day.isValid());
    edit->setDate(day.isValid() ? day : otherwise);
    edit->setEnabled(day.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
}

} // namespace

MembershipDialog::MembershipDialog(const Membership &membership, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::MembershipDialog>()), m_membership(membership)
{
    m_ui->setupUi(this);
    setWindowTitle(membership.id == 0 ? tr("Add member") : tr("Edit member"));
    setProblemLabel(m_ui->problemLabel);
    QList<Choice> people = personChoices(workspace);
    people.removeFirst(); // a seat is always someone's
    fill(m_ui->personCombo, people, membership.personId);
    fill(m_ui->agencyCombo, agencyChoices(workspace), membership.agencyId);
    fill(m_ui->bodyCombo, bodyChoices(workspace), membership.subGroupId);
    for (const MemberVoice v : allMemberVoices())
        m_ui->voiceCombo->addItem(memberVoiceLabel(v), memberVoiceKey(v));
    m_ui->voiceCombo->setCurrentIndex(qMax(0, m_ui->voiceCombo->findData(memberVoiceKey(membership.voice))));
    m_ui->roleEdit->setText(membership.role);
    showDay(m_ui->fromCheck, m_ui->fromEdit, membership.from, QDate::currentDate());
    showDay(m_ui->toCheck, m_ui->toEdit, membership.to, QDate::currentDate());
    // A new member sits for the agency the person works for, unless told otherwise.
    if (membership.id == 0)
        connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, [this, &workspace] {
            if (const Person *p = workspace.items<Person>().find(m_ui->personCombo->currentData().toLongLong()))
                m_ui->agencyCombo->setCurrentIndex(qMax(0, m_ui->agencyCombo->findData(p->agencyId)));
        });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->personCombo->count() > 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MembershipDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MembershipDialog::reject);
}

MembershipDialog::~MembershipDialog() = default;

Membership MembershipDialog::membership() const
{
    Membership m = m_membership;
    m.personId = m_ui->personCombo->currentData().toLongLong();
    m.agencyId = m_ui->agencyCombo->currentData().toLongLong();
    m.subGroupId = m_ui->bodyCombo->currentData().toLongLong();
    m.role = m_ui->roleEdit->text().trimmed();
    m.voice = memberVoiceFromKey(m_ui->voiceCombo->currentData().toString()).value_or(MemberVoice::Voting);
    m.from = m_ui->fromCheck->isChecked() ? m_ui->fromEdit->date() : QDate();
    m.to = m_ui->toCheck->isChecked() ? m_ui->toEdit->date() : QDate();
    return m;
}

MeetingDialog::MeetingDialog(const Meeting &meeting, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::MeetingDialog>()), m_meeting(meeting)
{
    m_ui->setupUi(this);
    setWindowTitle(meeting.id == 0 ? tr("Add meeting") : tr("Edit meeting"));
    setProblemLabel(m_ui->problemLabel);
    m_ui->dateEdit->setDate(meeting.date.isValid() ? meeting.date : QDate::currentDate());
    fill(m_ui->bodyCombo, bodyChoices(workspace), meeting.subGroupId);
    m_ui->titleEdit->setText(meeting.title);
    m_ui->notesEdit->setPlainText(meeting.notes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
}

MeetingDialog::~MeetingDialog() = default;

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.date = m_ui->dateEdit->date();
    m.subGroupId = m_ui->bodyCombo->currentData().toLongLong();
    m.title = m_ui->titleEdit->text().trimmed();
    m.notes = m_ui->notesEdit->toPlainText().trimmed();
    return m;
}

MeetingSettingsDialog::MeetingSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::MeetingSettingsDialog>())
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    m_ui->thresholdSpin->setSuffix(tr("% of the meetings held"));
    m_ui->thresholdSpin->setValue(workspace->items<MeetingSettings>().value().thresholdPercent);
    connect(m_ui->thresholdSpin, &QSpinBox::valueChanged, this, &MeetingSettingsDialog::update);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { m_ui->thresholdSpin->setValue(MeetingSettings{}.thresholdPercent); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeetingSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MeetingSettingsDialog::reject);
    const bool readOnly = workspace->isReadOnly();
    m_ui->thresholdSpin->setEnabled(!readOnly);
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setEnabled(!readOnly);
    if (!readOnly)
        setSubmit([this, workspace](QString *error) {
            const MeetingSettings s = settings();
            return s == workspace->items<MeetingSettings>().value() || workspace->update(s, error);
        });
    update();
    adjustSize(); // no gap between the figure and what it means
}

MeetingSettingsDialog::~MeetingSettingsDialog() = default;

MeetingSettings MeetingSettingsDialog::settings() const
{
    MeetingSettings s;
    s.thresholdPercent = m_ui->thresholdSpin->value();
    return s;
}

void MeetingSettingsDialog::update()
{
    // What the number means for a board that meets six times a year, so a chair can check it.
    const int percent = m_ui->thresholdSpin->value();
    int needed = 0;
    while (needed < 6 && needed * 100 < percent * 6)
        ++needed;
    m_ui->exampleLabel->setText(
        tr("An agency or member is highlighted for the year when they attended fewer than %1% of the meetings "
           "held while they were a member: of six meetings, they need to have attended %2.")
            .arg(percent)
            .arg(needed));
}

QList<PrivacyField> MeetingDialog::privacyFields(const Meeting &m)
{
    return {{{QStringLiteral("meeting"), m.id, {}, QStringLiteral("title")}, tr("Title"), m.title},
            {{QStringLiteral("meeting"), m.id, {}, QStringLiteral("notes")}, tr("Notes"), m.notes}};
}

} // namespace assure
