// The board's own details: the single row of the board table.
#pragma once

#include "core/board/board.h"
#include "storage/board/boardmappings.h"

#include <QStringList>

#include <tuple>

#include <QSqlDatabase>

namespace assure {

class BoardRepository final
{
public:
    explicit BoardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Board load(QString *error = nullptr) const;
    bool save(const Board &board, QString *error) const;

    // The row's columns but its id (always 1), and a board's values for them (columnvalues.h).
    static QStringList columns() { return TableMapping<Board>::columns(); }
    static auto values(const Board &b) { return TableMapping<Board>::values(b); }

    // Rows in every table of the file, for `info` and summaries.
    QList<QPair<QString, qint64>> tableCounts() const;

private:
    QSqlDatabase m_db;
};

} // namespace assure
