// Rolling back a change that a crash or power cut interrupted, before any door reads the board.
#pragma once

#include "storage/filesafety/lockholder.h"

#include <QCoreApplication>
#include <QString>

namespace assure {

// SQLite keeps the pages a transaction is about to change in "<board>-journal" and deletes the
// journal when the transaction ends. A journal left behind by a program that died holds the only
// way back to the last committed state, and a read-only connection cannot use it: SQLite refuses
// to read the board at all. So every open comes here first; without a journal this is one stat.
class BoardRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BoardRecovery)

public:
    enum class Outcome {
        Clean,       // no interrupted change: nothing was done
        RolledBack,  // the interrupted change was rolled back; the board is as last saved
        HeldByOther, // a journal, but a program holds the board for changes: it may be its write under way
        NotPossible, // a journal that cannot be rolled back here; nothing was changed
    };

    struct Result
    {
        Outcome outcome = Outcome::Clean;
        QString message;   // RolledBack: the one-line notice; NotPossible: why, and what to do
        LockHolder holder; // HeldByOther
    };

    static QString journalPath(const QString &boardPath);
    // A journal with content beside the board: the only cost of an open without one.
    static bool hasJournal(const QString &boardPath);

    // Rolls an interrupted change back through a brief read-write connection (SQLite's own
    // rollback) while holding the board's one-writer lock, when the file and its folder are
    // writable and no running program holds that lock.
    static Result recover(const QString &boardPath);

    // Why a board with a journal could not be read while another program holds it for changes.
    static QString heldMessage(const QString &boardPath, const LockHolder &holder);
};

} // namespace assure
