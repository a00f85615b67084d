// The one-writer lock on a board file: a sidecar "<board>.lock" that exists only while a
// program has the board open for changes.
#pragma once

#include "storage/filesafety/lockholder.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace assure {

// QLockFile does the locking: it creates the file exclusively, records pid, program, host, machine
// id and boot id, and removes a lock whose process is provably gone (same machine, pid not running
// or machine rebooted). Its stale time is 0, so a lock from another machine never expires by age:
// that is for a person to decide (see LockHolder::looksAbandoned). Assure appends two lines, the
// user and the time taken, so others can be told who holds the file. Where the append cannot be
// made (Windows keeps the lock file share-read-only) the time falls back to the file's date.
class BoardLock final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BoardLock)

public:
    enum class Outcome { Acquired, Held, Failed };

    ~BoardLock(); // removes the lock file
    BoardLock(const BoardLock &) = delete;
    BoardLock &operator=(const BoardLock &) = delete;

    static QString lockPath(const QString &boardPath);

    // Takes the lock for boardPath. On Held, *holder says who has it; on Failed, *error says why.
    static std::unique_ptr<BoardLock> acquire(const QString &boardPath, Outcome *outcome, LockHolder *holder,
                                              QString *error);
    // Who holds boardPath now; readable == false and pid == 0 when nobody does.
    static LockHolder holder(const QString &boardPath);
    static bool isHeld(const QString &boardPath);
    // Removes a lock the user has agreed to clear, but only if it is still the one they were shown.
    static bool clear(const QString &boardPath, const LockHolder &shown, QString *error);

private:
    explicit BoardLock(std::unique_ptr<QLockFile> lock);

    std::unique_ptr<QLockFile> m_lock;
};

} // namespace assure
