// File > Backup Settings: how often a board is copied while edited and how many copies are kept.
#include "gui/filesafety/backupsettingsdialog.h"

#include "workspace/filesafety/boardfiles.h"
#include "workspace/settings.h"

#include "ui_backupsettingsdialog.h"

#include <QDir>

namespace assure {

BackupSettingsDialog::BackupSettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BackupSettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    const BackupPolicy policy = settings->backupPolicy();
    m_ui->intervalSpin->setValue(settings->backupIntervalMinutes());
    m_ui->keepLastSpin->setValue(policy.keepLast);
    m_ui->daysSpin->setValue(policy.days);
    m_ui->weeksSpin->setValue(policy.weeks);
    m_ui->folderLabel->setText(tr("Backups are kept in %1, one folder per board. Copies made before an upgrade are "
                                  "never removed.")
                                   .arg(QDir::toNativeSeparators(BoardFiles::backupsRoot())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

void BackupSettingsDialog::accept()
{
    m_settings->setBackupIntervalMinutes(m_ui->intervalSpin->value());
    m_settings->setBackupPolicy({m_ui->keepLastSpin->value(), m_ui->daysSpin->value(), m_ui->weeksSpin->value()});
    QDialog::accept();
}

} // namespace assure
