// Reads the change history back: one HistoryEntry per row change, whichever format wrote it.
#include "storage/history/historyreader.h"

#include "storage/history/historyjson.h"
#include "storage/history/historytable.h"

#include <sqlite3.h>

#include <algorithm>

namespace assure {

std::vector<HistoryEntry> HistoryReader::load(sqlite3 *db, qint64 afterId, QString *error)
{
    static const QLatin1String changes("changes");
    std::vector<HistoryEntry> out;
    const QByteArray sql = QByteArray(HistoryTable::kSelect) + " WHERE id > ? ORDER BY id";
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, afterId);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            out.push_back(HistoryTable::entry(s));
    }
    if (rc != SQLITE_DONE && error)
        *error = HistoryTable::lastError(db);
    sqlite3_finalize(s);
    // Format 4 entries hold many row changes: one HistoryEntry for each.
    if (std::none_of(out.begin(), out.end(), [](const HistoryEntry &e) { return e.action == changes; }))
        return out;
    std::vector<HistoryEntry> rows;
    rows.reserve(out.size());
    for (HistoryEntry &e : out)
        if (e.action != changes || !HistoryJson::expandChanges(e, rows))
            rows.push_back(std::move(e));
    return rows;
}

} // namespace assure
