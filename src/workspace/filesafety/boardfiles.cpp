// Board files as the desktop meets them around the open one: who holds one open for changes, clearing a
// lock left behind, where a file lives, and its backups. The GUI asks here, never storage itself.
#include "workspace/filesafety/boardfiles.h"

#include "storage/filesafety/boardlock.h"

namespace assure {

bool BoardFiles::isOpenForChanges(const QString &path)
{
    return BoardLock::isHeld(path);
}

LockHolder BoardFiles::holder(const QString &path)
{
    return BoardLock::holder(path);
}

bool BoardFiles::clearLock(const QString &path, const LockHolder &shown, QString *error)
{
    return BoardLock::clear(path, shown, error);
}

LocationRisk BoardFiles::location(const QString &path)
{
    return FileLocation::assess(path);
}

QString BoardFiles::locationWarning(const LocationRisk &risk)
{
    return FileLocation::warning(risk);
}

QString BoardFiles::backupsRoot()
{
    return BackupStore::defaultRoot();
}

QList<BackupEntry> BoardFiles::backupsIn(const QString &folder)
{
    return BackupStore::backupsIn(folder);
}

BackupSummary BoardFiles::glance(const QString &backup)
{
    return BackupSummary::read(backup, BackupSummary::Depth::Quick);
}

bool BoardFiles::restore(const QString &backup, const QString &target, QString *error)
{
    return BackupStore::restore(backup, target, error);
}

} // namespace assure
