// Test helper: every row of every table of a board file as text, to show two files hold the same.
#pragma once

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace assure::test {

inline QStringList tableContents(const QString &path)
{
    QStringList out;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *tables = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const QByteArray table = reinterpret_cast<const char *>(sqlite3_column_text(tables, 0));
        sqlite3_stmt *rows = nullptr;
        sqlite3_prepare_v2(db, "SELECT * FROM \"" + table + "\" ORDER BY 1", -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            QStringList cells{QString::fromUtf8(table)};
            for (int c = 0; c < sqlite3_column_count(rows); ++c)
                cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, c)));
            out << cells.join(QLatin1Char('|'));
        }
        sqlite3_finalize(rows);
    }
    sqlite3_finalize(tables);
    sqlite3_close(db);
    return out;
}

} // namespace assure::test
