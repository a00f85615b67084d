// The change history: one entry per operation, written in the transaction of the change and chained by hash.
//
// Entries are numbered 1, 2, 3... without gaps. Entry n stores hash(n) = SHA-256 of hash(n-1)
// (hex; empty for entry 1) followed by the entry's canonical content (canonicalContent()), and the
// history_head row holds the number and hash of the newest entry. So an entry altered, removed
// or added with other tools (the sqlite3 shell) breaks the chain and verify() says which. What a
// chain without a secret cannot show: someone who rewrites every later hash and the head as well.
// check prints the head's hash so that it can be noted elsewhere (board minutes) and compared.
//
// Since format 4 an operation (an edit, an import, an undo or a redo) is one entry holding all
// its row changes (action 'changes', the changes as a JSON array; see 0004_operation_history.sql).
// Format 3 wrote one entry per row; those entries stay as they were. load() gives one
// HistoryEntry per row change either way, so views and exports need not know the difference.
//
// The chain starts with a 'start' entry written when the history table is created (migration to
// format 3): for a new board that is its creation, for an older board its upgrade, and the entry
// records how many rows each table held then. Changes before that are not on the record.
//
// The work is done by HistoryWriter, HistoryReader, HistoryVerifier and HistoryChain; HistoryLog
// is the one name callers need: a writer that also reads and verifies.
#pragma once

#include "storage/history/historychain.h"
#include "storage/history/historyreader.h"
#include "storage/history/historyverifier.h"
#include "storage/history/historywriter.h"

namespace assure {

class HistoryLog final : public HistoryWriter
{
public:
    // The schema version whose migration creates the history and starts its chain.
    static constexpr int kSchemaVersion = 3;

    using HistoryWriter::HistoryWriter;

    // The row changes of the entries after afterId, oldest first.
    static std::vector<HistoryEntry> load(sqlite3 *db, qint64 afterId, QString *error)
    {
        return HistoryReader::load(db, afterId, error);
    }
    // Entries altered, removed or added outside Assure, in words for people; empty when whole.
    static QStringList verify(sqlite3 *db, qint64 *entries = nullptr, QString *headHash = nullptr)
    {
        return HistoryVerifier::verify(db, entries, headHash);
    }
    // What the hash covers: every column but the hash, as text, each preceded by its length.
    static QByteArray canonicalContent(const HistoryEntry &entry) { return HistoryChain::canonicalContent(entry); }
    static QString chainHash(const QString &previousHash, const HistoryEntry &entry)
    {
        return HistoryChain::chainHash(previousHash, entry);
    }
};

} // namespace assure
