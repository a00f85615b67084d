// File > Backup Settings: how often a board is copied while edited and how many copies are kept.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BackupSettingsDialog;
}

namespace assure {

class Settings;

class BackupSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~BackupSettingsDialog() override;

    // Writes the choices to the settings (on OK); they apply from the next board opened.
    void accept() override;

private:
    std::unique_ptr<Ui::BackupSettingsDialog> m_ui;
    Settings *m_settings;
};

} // namespace assure
