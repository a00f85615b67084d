// Asks which agency's progress return to export (or every agency's), and by when the board wants it back.
#include "gui/actions/exportreturnsdialog.h"

#include "ui_exportreturnsdialog.h"
#include "workspace/actions/actionreturnpacks.h"
#include "workspace/workspace.h"

#include <QPushButton>

namespace assure {

namespace {

// Four weeks: long enough for a lead to ask their teams, short enough for the next meeting.
constexpr int kDefaultDays = 28;

} // namespace

ExportReturnsDialog::ExportReturnsDialog(const Workspace &workspace, const QDate &today, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportReturnsDialog>())
{
    m_ui->setupUi(this);
    m_ui->agencyCombo->addItem(tr("Every agency with open actions (a file each)"), qint64(0));
    for (const qint64 id : agenciesOwingActions(workspace))
        m_ui->agencyCombo->addItem(workspace.items<Agency>().find(id)->name, id);
    m_ui->deadlineEdit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_ui->deadlineEdit->setMinimumDate(today);
    m_ui->deadlineEdit->setDate(today.addDays(kDefaultDays));
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, m_ui->deadlineEdit, &QWidget::setEnabled);
    QPushButton *exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    exportButton->setEnabled(m_ui->agencyCombo->count() > 1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportReturnsDialog::~ExportReturnsDialog() = default;

qint64 ExportReturnsDialog::agencyId() const
{
    return m_ui->agencyCombo->currentData().toLongLong();
}

QDate ExportReturnsDialog::deadline() const
{
    return m_ui->deadlineCheck->isChecked() ? m_ui->deadlineEdit->date() : QDate();
}

} // namespace assure
