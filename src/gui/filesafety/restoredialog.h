// File > Restore from Backup: the backups of a board, with when and what they hold, restored to a new file.
#pragma once

#include "workspace/filesafety/boardfiles.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}

class QPushButton;

namespace assure {

class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    // currentFolder is the open board's backups folder (shown first); empty when none is open.
    RestoreDialog(const BackupStore &store, const QString &currentFolder, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // The backup chosen in the list; empty when none is.
    QString selectedBackup() const;
    // Restores the chosen backup to target (a new file), then asks whether to open it.
    bool restoreTo(const QString &target);
    // The restored file to open, once the dialog is accepted.
    QString restoredPath() const { return m_restored; }

private:
    void showFolder(int index);
    void chooseTarget();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    BackupStore m_store;
    QPushButton *m_restoreButton;
    QString m_restored;
};

} // namespace assure
