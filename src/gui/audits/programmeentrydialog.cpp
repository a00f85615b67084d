// Adds or edits an entry of the audit programme (form: ui/programmeentrydialog.ui).
#include "gui/audits/programmeentrydialog.h"

#include "core/valueformat.h"
#include "ui_programmeentrydialog.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QLocale>
#include <QPushButton>

namespace assure {

namespace {

// The lead combo's values: "person:12", "subgroup:3", or empty for no one of the board.
QString leadKey(const char *kind, qint64 id)
{
    return QStringLiteral("%1:%2").arg(QLatin1String(kind)).arg(id);
}

} // namespace

ProgrammeEntryDialog::ProgrammeEntryDialog(const ProgrammeEntry &entry, const Workspace &workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::ProgrammeEntryDialog>()), m_entry(entry)
{
    m_ui->setupUi(this);
    setWindowTitle(entry.id == 0 ? tr("Add programme entry") : tr("Edit programme entry"));
    setProblemLabel(m_ui->problemLabel);
    for (ProgrammeCategory c : allProgrammeCategories())
        m_ui->categoryCombo->addItem(programmeCategoryLabel(c), int(c));
    for (ProgrammeFrequency f : allProgrammeFrequencies())
        m_ui->frequencyCombo->addItem(programmeFrequencyLabel(f), int(f));
    m_ui->leadCombo->addItem(tr("No one of the board"), QString());
    for (const SubGroup &g : workspace.items<SubGroup>())
        m_ui->leadCombo->addItem(tr("%1 (sub-group)").arg(g.name), leadKey("subgroup", g.id));
    for (const Person &p : workspace.items<Person>())
        m_ui->leadCombo->addItem(p.name, leadKey("person", p.id));

    // The months in the board's year order, six to a line, so the year reads as it runs.
    const int fyStart = workspace.board().fyStartMonth;
    const ValueFormat format;
    m_months.resize(12);
    for (int n = 0; n < 12; ++n) {
        const int month = (fyStart - 1 + n) % 12 + 1;
        auto *box = new QCheckBox(
            tr("%1", "a month's short name").arg(QLocale().standaloneMonthName(month, QLocale::ShortFormat)),
            m_ui->monthsBox);
        box->setAccessibleName(format.monthName(month));
        box->setChecked(entry.dueMonths.contains(month));
        m_ui->monthsGrid->addWidget(box, n / 6, n % 6);
        m_months[month - 1] = box;
    }

    m_ui->subjectEdit->setText(entry.subject);
    m_ui->criteriaEdit->setPlainText(entry.criteria);
    m_ui->categoryCombo->setCurrentIndex(qMax(0, m_ui->categoryCombo->findData(int(entry.category))));
    m_ui->frequencyCombo->setCurrentIndex(qMax(0, m_ui->frequencyCombo->findData(int(entry.frequency))));
    const QString lead = entry.leadPersonId     ? leadKey("person", entry.leadPersonId)
                         : entry.leadSubgroupId ? leadKey("subgroup", entry.leadSubgroupId)
                                                : QString();
    m_ui->leadCombo->setCurrentIndex(qMax(0, m_ui->leadCombo->findData(lead)));
    m_ui->leadEdit->setText(entry.lead);
    m_ui->routeEdit->setText(entry.reportingRoute);
    m_ui->commentEdit->setText(entry.comment);

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] { ok->setEnabled(!m_ui->subjectEdit->text().trimmed().isEmpty()); };
    update();
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgrammeEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgrammeEntryDialog::reject);
}

ProgrammeEntryDialog::~ProgrammeEntryDialog() = default;

QCheckBox *ProgrammeEntryDialog::monthBox(int month) const
{
    return month >= 1 && month <= 12 ? m_months[month - 1] : nullptr;
}

ProgrammeEntry ProgrammeEntryDialog::entry() const
{
    ProgrammeEntry e = m_entry;
    e.subject = m_ui->subjectEdit->text().trimmed();
    e.criteria = m_ui->criteriaEdit->toPlainText().trimmed();
    e.category = ProgrammeCategory(m_ui->categoryCombo->currentData().toInt());
    e.frequency = ProgrammeFrequency(m_ui->frequencyCombo->currentData().toInt());
    e.dueMonths.clear();
    for (int month = 1; month <= 12; ++month)
        if (m_months[month - 1]->isChecked())
            e.dueMonths << month;
    const QStringList lead = m_ui->leadCombo->currentData().toString().split(QLatin1Char(':'));
    const qint64 id = lead.value(1).toLongLong();
    e.leadPersonId = lead.value(0) == QLatin1String("person") ? id : 0;
    e.leadSubgroupId = lead.value(0) == QLatin1String("subgroup") ? id : 0;
    e.lead = m_ui->leadEdit->text().trimmed();
    e.reportingRoute = m_ui->routeEdit->text().trimmed();
    e.comment = m_ui->commentEdit->text().trimmed();
    return e;
}

} // namespace assure
