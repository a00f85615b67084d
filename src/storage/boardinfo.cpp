// What a board file holds, in summary: its format, application id, board name and rows per table.
#include "storage/boardinfo.h"

#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"

#include <QSqlQuery>

namespace assure {

BoardInfo BoardInfo::read(const BoardFile &file)
{
    BoardInfo info;
    {
        QSqlQuery q(file.database());
        q.exec(QStringLiteral("PRAGMA application_id"));
        info.applicationId = q.next() ? q.value(0).toLongLong() : 0;
        q.exec(QStringLiteral("PRAGMA user_version"));
        info.schemaVersion = q.next() ? q.value(0).toInt() : 0;
    }
    const BoardRepository board(file.database());
    info.counts = board.tableCounts();
    info.boardName = board.load().name;
    return info;
}

} // namespace assure
