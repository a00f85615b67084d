// Checks the change history's hash chain: entries altered, removed or added outside Assure, in words for people.
#include "storage/history/historyverifier.h"

#include "storage/history/historychain.h"
#include "storage/history/historytable.h"

#include <sqlite3.h>

namespace assure {

QStringList HistoryVerifier::verify(sqlite3 *db, qint64 *entries, QString *headHash)
{
    qint64 count = 0;
    qint64 expected = 1;
    QString previous;
    QStringList problems = checkEntries(db, &count, &expected, &previous);
    if (expected < 1) // the table could not be read
        return problems;
    QString head;
    problems += checkHead(db, expected - 1, previous, &head);
    if (entries)
        *entries = count;
    if (headHash)
        *headHash = head;
    return problems;
}

QStringList HistoryVerifier::checkEntries(sqlite3 *db, qint64 *count, qint64 *expected, QString *previous)
{
    QStringList problems;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = QByteArray(HistoryTable::kSelect) + " ORDER BY id";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        problems << tr("The change history cannot be read (%1).").arg(HistoryTable::lastError(db));
        *expected = 0;
        return problems;
    }
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 0);
        const QString stored = HistoryTable::text(s, HistoryTable::kHashColumn);
        ++*count;
        if (id != *expected) {
            problems << (id == *expected + 1
                             ? tr("History entry %1 is missing: it was removed outside Assure.").arg(*expected)
                             : tr("History entries %1 to %2 are missing: they were removed outside Assure.")
                                   .arg(*expected)
                                   .arg(id - 1));
        } else if (HistoryChain::hash(*previous, HistoryChain::canonical(HistoryTable::rawColumns(s))) != stored) {
            const QString action = HistoryTable::text(s, 10);
            const QString what =
                action == QLatin1String("start") ? tr("the start of the history")
                : action == QLatin1String("changes")
                    ? tr("the changes of “%1”").arg(HistoryTable::text(s, 4))
                    : tr("%1 of %2 %3").arg(action, HistoryTable::text(s, 8), HistoryTable::text(s, 9));
            problems << tr("History entry %1 (%2, recorded %3) was altered outside Assure: it no longer matches its "
                           "hash, or the entry before it was altered and its hash rewritten. Restore the file from "
                           "a backup to get the history as Assure wrote it.")
                            .arg(id)
                            .arg(what, HistoryTable::text(s, 5));
        }
        *previous = stored;
        *expected = id + 1;
    }
    sqlite3_finalize(s);
    return problems;
}

QStringList HistoryVerifier::checkHead(sqlite3 *db, qint64 last, const QString &previous, QString *headHash)
{
    sqlite3_stmt *s = nullptr;
    qint64 headId = -1;
    if (sqlite3_prepare_v2(db, "SELECT last_entry, hash FROM history_head WHERE id = 1", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
        headId = sqlite3_column_int64(s, 0);
        *headHash = HistoryTable::text(s, 1);
    }
    sqlite3_finalize(s);
    QStringList problems;
    if (headId < 0)
        problems << tr("The record of where the change history ends is missing: it was removed outside Assure.");
    else if (headId > last)
        problems << (headId == last + 1
                         ? tr("History entry %1, the newest, is missing: it was removed outside Assure.").arg(headId)
                         : tr("History entries %1 to %2, the newest, are missing: they were removed outside Assure.")
                               .arg(last + 1)
                               .arg(headId));
    else if (headId < last)
        problems << (last == headId + 1
                         ? tr("History entry %1 was added outside Assure.").arg(last)
                         : tr("History entries %1 to %2 were added outside Assure.").arg(headId + 1).arg(last));
    else if (*headHash != previous)
        problems << tr("History entry %1, the newest, was altered outside Assure: it no longer matches the "
                       "recorded end of the history.")
                        .arg(last);
    return problems;
}

} // namespace assure
