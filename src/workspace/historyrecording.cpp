// How each kind of change in a change set goes on the record: rows through their table mapping.
#include "workspace/historyrecording.h"

namespace assure {

namespace {

// The board row is written by BoardRepository, not through a mapping; these are its columns.
QVariantList boardValues(const Board &b)
{
    return {b.name, b.area, boardTypeKey(b.type), b.fyStartMonth};
}

} // namespace

bool recordChange(HistoryLog &log, const BoardChange &change, QString *error)
{
    return log.recordRow(QStringLiteral("board"), {QStringLiteral("id")}, {1},
                         {QStringLiteral("name"), QStringLiteral("area"), QStringLiteral("board_type"),
                          QStringLiteral("fy_start_month")},
                         boardValues(change.before), boardValues(change.after), error);
}

} // namespace assure
