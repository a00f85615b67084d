// The board's own details: the single row of the board table.
#include "storage/board/boardrepository.h"

#include "storage/repository.h"

#include <QSqlQuery>

namespace assure {

Board BoardRepository::load(QString *error) const
{
    Board b;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, area, board_type, fy_start_month FROM board WHERE id = 1")) || !q.next()) {
        if (error)
            *error = describeSqlError(q.lastError());
        return b;
    }
    b.name = q.value(0).toString();
    b.area = q.value(1).toString();
    b.type = boardTypeFromKey(q.value(2).toString());
    b.fyStartMonth = q.value(3).toInt();
    return b;
}

bool BoardRepository::save(const Board &board, QString *error) const
{
    Statement upsert(
        sqliteHandle(m_db),
        QStringLiteral("INSERT INTO board (id, name, area, board_type, fy_start_month) VALUES (1, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name, area = excluded.area, "
                       "board_type = excluded.board_type, fy_start_month = excluded.fy_start_month"));
    return upsert.run(error, values(board));
}

QList<QPair<QString, qint64>> BoardRepository::tableCounts() const
{
    QList<QPair<QString, qint64>> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : tables) {
        q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        out.append({t, q.next() ? q.value(0).toLongLong() : 0});
    }
    return out;
}

} // namespace assure
