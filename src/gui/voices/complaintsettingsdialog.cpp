// The complaints' response target and the board's own days off, saved as one undoable edit.
#include "gui/voices/complaintsettingsdialog.h"

#include "core/valueformat.h"
#include "ui_complaintsettingsdialog.h"
#include "workspace/voices/complaintedits.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace assure {

ComplaintSettingsDialog::ComplaintSettingsDialog(Workspace *workspace, QWidget *parent)
    : ItemDialog(parent), m_ui(std::make_unique<Ui::ComplaintSettingsDialog>())
{
    m_ui->setupUi(this);
    setProblemLabel(m_ui->problemLabel);
    m_ui->targetSpin->setValue(workspace->items<ComplaintSettings>().value().targetDays);
    for (const ComplaintHoliday &h : workspace->items<ComplaintHoliday>())
        m_holidays << h;
    m_ui->holidayTable->verticalHeader()->hide();
    m_ui->holidayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->holidayTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->holidayDate->setDate(QDate::currentDate());
    showHolidays();
    connect(m_ui->addHolidayButton, &QPushButton::clicked, this, &ComplaintSettingsDialog::addHoliday);
    connect(m_ui->holidayName, &QLineEdit::returnPressed, this, &ComplaintSettingsDialog::addHoliday);
    connect(m_ui->removeHolidayButton, &QPushButton::clicked, this, &ComplaintSettingsDialog::removeHoliday);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintSettingsDialog::reject);
    const bool readOnly = workspace->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->targetSpin), static_cast<QWidget *>(m_ui->holidayDate),
                       static_cast<QWidget *>(m_ui->holidayName), static_cast<QWidget *>(m_ui->addHolidayButton),
                       static_cast<QWidget *>(m_ui->removeHolidayButton)})
        w->setEnabled(!readOnly);
    if (!readOnly)
        setSubmit([this, workspace](QString *error) {
            return ComplaintEdits(*workspace).saveSettings(settings(), holidays(), error);
        });
}

ComplaintSettingsDialog::~ComplaintSettingsDialog() = default;

ComplaintSettings ComplaintSettingsDialog::settings() const
{
    return ComplaintSettings{m_ui->targetSpin->value()};
}

QList<ComplaintHoliday> ComplaintSettingsDialog::holidays() const
{
    return m_holidays;
}

void ComplaintSettingsDialog::showHolidays()
{
    std::sort(m_holidays.begin(), m_holidays.end(),
              [](const ComplaintHoliday &a, const ComplaintHoliday &b) { return a.day < b.day; });
    m_ui->holidayTable->setRowCount(int(m_holidays.size()));
    const ValueFormat format;
    for (int row = 0; row < m_holidays.size(); ++row) {
        m_ui->holidayTable->setItem(row, 0, new QTableWidgetItem(format.date(m_holidays.at(row).day)));
        m_ui->holidayTable->setItem(row, 1, new QTableWidgetItem(m_holidays.at(row).name));
    }
    m_ui->holidayTable->resizeColumnToContents(0);
    m_ui->removeHolidayButton->setEnabled(!m_holidays.isEmpty() && m_ui->holidayDate->isEnabled());
}

void ComplaintSettingsDialog::addHoliday()
{
    const QDate day = m_ui->holidayDate->date();
    for (const ComplaintHoliday &h : std::as_const(m_holidays))
        if (h.day == day) {
            showProblem(tr("%1 is already a day off.").arg(ValueFormat().date(day)));
            return;
        }
    m_holidays << ComplaintHoliday{0, day, m_ui->holidayName->text().trimmed()};
    m_ui->holidayName->clear();
    showProblem(QString());
    showHolidays();
}

void ComplaintSettingsDialog::removeHoliday()
{
    const int row = m_ui->holidayTable->currentRow();
    if (row < 0 || row >= m_holidays.size())
        return;
    m_holidays.removeAt(row);
    showHolidays();
}

} // namespace assure
