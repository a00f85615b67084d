// Why a write to the board file failed, in words that say what happened, what is safe and what to do.
#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace assure {

class WriteFault final
{
    Q_DECLARE_TR_FUNCTIONS(assure::WriteFault)

public:
    enum class Kind {
        DiskFull,  // no space left on the disk
        ReadOnly,  // the file, its folder or the disk no longer accepts writes
        Moved,     // the file was moved, renamed or deleted while open
        DiskError, // an I/O error: a removed USB stick, a dropped network drive, a failing disk
        Other,
    };

    // True when the open file is no longer at its path (moved, renamed or deleted since it was
    // opened): what is in it then lives only in the open connection.
    static bool hasMoved(sqlite3 *db, const QString &path);
    // Classifies a failed write from the state of the file and SQLite's message.
    static Kind classify(sqlite3 *db, const QString &path, const QString &why);
    // The whole message for people.
    static QString explain(Kind kind, const QString &path, const QString &why);
    // What to tell people the moment a moved or deleted file is noticed, before any edit fails.
    static QString movedWarning(const QString &path);
};

} // namespace assure
