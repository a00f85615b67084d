// The history table as SQLite holds it: its columns read back, for the reader and the verifier.
#pragma once

#include "core/historyentry.h"

#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace assure::HistoryTable {

// Columns in the order of HistoryChain::canonicalContent(), then the hash; add a WHERE or ORDER BY.
extern const char *const kSelect;
// The place of the hash in kSelect.
constexpr int kHashColumn = 13;

QString text(sqlite3_stmt *statement, int column);
// A row of kSelect.
HistoryEntry entry(sqlite3_stmt *statement);
// The row of kSelect as the text SQLite holds, every column but the hash, so a value altered into another type
// still shows.
QStringList rawColumns(sqlite3_stmt *statement);
// The connection's last error, in words for people.
QString lastError(sqlite3 *db);

} // namespace assure::HistoryTable
