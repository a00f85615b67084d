// How each kind of change in a change set goes on the record: rows through their table mapping.
#include "workspace/historyrecording.h"

#include "storage/boardrepository.h"

namespace assure {

bool recordChange(HistoryLog &log, const BoardChange &change, QString *error)
{
    // The board row is written by BoardRepository, not through a mapping.
    static const QString table = QStringLiteral("board");
    static const QStringList keys{QStringLiteral("id")};
    static const QStringList columns = BoardRepository::columns();
    const auto before = BoardRepository::values(change.before);
    const auto after = BoardRepository::values(change.after);
    return log.recordValues(table, keys, std::tuple(qint64(1)), columns, &before, &after, error);
}

} // namespace assure
