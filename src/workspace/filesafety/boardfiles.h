// Board files as the desktop meets them around the open one: who holds one open for changes, clearing a
// lock left behind, where a file lives, and its backups. The GUI asks here, never storage itself.
#pragma once

#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/backupsummary.h"
#include "storage/filesafety/filelocation.h"
#include "storage/filesafety/lockholder.h"

#include <QList>
#include <QString>

namespace assure {

class BoardFiles final
{
public:
    // Another program has path open for changes (BoardLock).
    static bool isOpenForChanges(const QString &path);
    static LockHolder holder(const QString &path);
    // Clears a lock left behind, if it is still the one shown to the person.
    static bool clearLock(const QString &path, const LockHolder &shown, QString *error);

    // A network drive or a synced folder (FileLocation), and the warning to show for it.
    static LocationRisk location(const QString &path);
    static QString locationWarning(const LocationRisk &risk);

    // Where backups go unless settings say otherwise.
    static QString backupsRoot();
    // The backups in one board's backups folder, newest first.
    static QList<BackupEntry> backupsIn(const QString &folder);
    // A backup's board name, time and counts at a glance (no integrity check).
    static BackupSummary glance(const QString &backup);
    // Copies a checked backup to target, a new file.
    static bool restore(const QString &backup, const QString &target, QString *error);
};

} // namespace assure
