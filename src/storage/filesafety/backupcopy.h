// Consistent copies of a board through SQLite's online backup API, for Save a Copy, backups and restore.
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace assure {

class BackupCopy final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BackupCopy)

public:
    enum class Replace { Refuse, Allow };

    // Copies the open database source to target. The copy is written beside the target and
    // renamed into place, so a failed copy never leaves half a file. Refuses an existing target
    // unless replace is Allow.
    static bool fromHandle(sqlite3 *source, const QString &target, Replace replace, QString *error);

    // Opens path read-only (waiting a while for another writer to finish its transaction) and
    // copies it; consistent even while another program has the file open.
    static bool fromFile(const QString &path, const QString &target, Replace replace, QString *error);
};

} // namespace assure
