// What a board file holds, in summary: its format, application id, board name and rows per table.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace assure {

class BoardFile;

struct BoardInfo
{
    int schemaVersion = 0;    // PRAGMA user_version
    qint64 applicationId = 0; // PRAGMA application_id: BoardFile::kApplicationId for a board file
    QString boardName;
    QList<QPair<QString, qint64>> counts; // every table, by name

    // Reads them from an open board file; a value that cannot be read stays as above.
    static BoardInfo read(const BoardFile &file);
};

} // namespace assure
