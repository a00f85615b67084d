// How each kind of change in a change set goes on the record: rows through their table mapping.
#pragma once

#include "storage/historylog.h"
#include "workspace/changeset.h"

namespace assure {

// Any row kind with a TableMapping: no code needed here when a new kind joins the Change variant.
template <class T> bool recordChange(HistoryLog &log, const RowChange<T> &change, QString *error)
{
    return log.record(change.before, change.after, error);
}

bool recordChange(HistoryLog &log, const BoardChange &change, QString *error);

} // namespace assure
