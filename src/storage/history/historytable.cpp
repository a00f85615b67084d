// The history table as SQLite holds it: its columns read back, for the reader and the verifier.
#include "storage/history/historytable.h"

#include "storage/statement.h"

#include <sqlite3.h>

namespace assure::HistoryTable {

const char *const kSelect =
    "SELECT id, operation, kind, refers_to, label, at, user_name, machine, table_name, row_key, "
    "action, old_values, new_values, hash FROM history";

QString text(sqlite3_stmt *s, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(s, column));
}

HistoryEntry entry(sqlite3_stmt *s)
{
    HistoryEntry e;
    e.id = sqlite3_column_int64(s, 0);
    e.operation = sqlite3_column_int64(s, 1);
    e.kind = text(s, 2);
    e.refersTo = sqlite3_column_int64(s, 3);
    e.label = text(s, 4);
    e.at = text(s, 5);
    e.user = text(s, 6);
    e.machine = text(s, 7);
    e.table = text(s, 8);
    e.key = text(s, 9);
    e.action = text(s, 10);
    e.oldValues = text(s, 11);
    e.newValues = text(s, 12);
    e.hash = text(s, kHashColumn);
    return e;
}

QStringList rawColumns(sqlite3_stmt *s)
{
    QStringList out;
    for (int c = 0; c < kHashColumn; ++c)
        out << text(s, c);
    return out;
}

QString lastError(sqlite3 *db)
{
    return describeSqliteMessage(QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace assure::HistoryTable
