// Reads the change history back: one HistoryEntry per row change, whichever format wrote it.
#pragma once

#include "core/historyentry.h"

#include <vector>

struct sqlite3;

namespace assure {

class HistoryReader final
{
public:
    // The row changes of the entries after afterId, oldest first. Format 4 entries (one per
    // operation) are expanded into one HistoryEntry per row change, so views and exports need not
    // know the difference.
    static std::vector<HistoryEntry> load(sqlite3 *db, qint64 afterId, QString *error);
};

} // namespace assure
