// Automatic backups of the open board: on open, then every few minutes while it is being edited.
#include "workspace/filesafety/backupscheduler.h"

#include "workspace/workspace.h"

#include <QDir>

namespace assure {

BackupScheduler::BackupScheduler(Workspace *workspace, const BackupStore &store, const BackupPolicy &policy,
                                 std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_store(store), m_policy(policy)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::onTimer);
    // Edits, undos and redos all move the stack's index; each is a change to the file.
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, [this] { m_edited = true; });
}

void BackupScheduler::start()
{
    if (m_workspace->isReadOnly())
        return;
    backUpNow(BackupStore::kOpen);
    m_timer.start();
}

QString BackupScheduler::folder() const
{
    return m_store.folderFor(m_workspace->path(), m_workspace->board().name);
}

QString BackupScheduler::backUpNow(const QString &trigger)
{
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = m_store.backUp(m_workspace->file().handle(), m_workspace->path(), m_workspace->board().name,
                                        trigger, now, &error);
    if (path.isEmpty()) {
        Q_EMIT failed(tr("The automatic backup of %1 was not made: %2")
                          .arg(QDir::toNativeSeparators(m_workspace->path()), error));
        return {};
    }
    m_edited = false;
    BackupStore::rotate(folder(), m_policy, now);
    Q_EMIT backedUp(path);
    return path;
}

void BackupScheduler::onTimer()
{
    if (m_edited)
        backUpNow(BackupStore::kTimed);
}

} // namespace assure
