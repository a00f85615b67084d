// The board's own details: the single row of the board table.
#pragma once

#include "core/board.h"

#include <QSqlDatabase>

namespace assure {

class BoardRepository final
{
public:
    explicit BoardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Board load(QString *error = nullptr) const;
    bool save(const Board &board, QString *error) const;

    // Rows in every table of the file, for `info` and summaries.
    QList<QPair<QString, qint64>> tableCounts() const;

private:
    QSqlDatabase m_db;
};

} // namespace assure
