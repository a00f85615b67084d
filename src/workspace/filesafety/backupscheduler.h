// Automatic backups of the open board: on open, then every few minutes while it is being edited.
#pragma once

#include "storage/filesafety/backupstore.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace assure {

class Workspace;

// Lives as long as the workspace it copies (make it the workspace's child). A read-only board
// is never copied: someone else's file is not ours to keep copies of.
class BackupScheduler final : public QObject
{
    Q_OBJECT

public:
    BackupScheduler(Workspace *workspace, const BackupStore &store, const BackupPolicy &policy,
                    std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Takes the backup on open and starts the timer.
    void start();
    // Copies the board now (and rotates its folder); the new file's path, or empty on failure.
    QString backUpNow(const QString &trigger);
    // The folder this board's backups go to.
    QString folder() const;
    bool hasEditsSinceBackup() const { return m_edited; }

Q_SIGNALS:
    void backedUp(const QString &path);
    void failed(const QString &message);

private:
    void onTimer();

    Workspace *m_workspace;
    BackupStore m_store;
    BackupPolicy m_policy;
    QTimer m_timer;
    bool m_edited = false;
};

} // namespace assure
