// Reads and writes one table of the board file through its TableMapping. Callers own the transaction.
#pragma once

#include "storage/statement.h"
#include "storage/tablemapping.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>
#include <tuple>
#include <vector>

#include <sqlite3.h>

namespace assure {

// The SQLite connection behind a QSqlDatabase of the QSQLITE driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Turns a QtSql error into words a user can act on.
QString describeSqlError(const QSqlError &error);

// Statements are prepared on first use and kept, so one Repository writes many rows cheaply.
template <class T> class Repository final
{
    using Map = TableMapping<T>;

public:
    explicit Repository(const QSqlDatabase &db) : m_db(sqliteHandle(db)) {}

    std::vector<T> loadAll(QString *error = nullptr) const
    {
        std::vector<T> out;
        const QByteArray sql =
            QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                .arg(Map::keys().join(QStringLiteral(", ")), Map::columns().join(QStringLiteral(", ")), Map::table())
                .toUtf8();
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr);
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                out.push_back(Map::read(Row(statement)));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return out;
    }

    // Inserts item. A rowid-keyed item with id 0 takes a new id (written back); any other id is
    // kept, so that undo puts a deleted row back where it was.
    bool insert(T &item, QString *error)
    {
        if (!insertOne(item, error))
            return false;
        if constexpr (Map::kRowId) {
            if (item.id == 0)
                item.id = m_insert->lastInsertId();
        }
        return true;
    }

    // Inserts the rows first to last point to, kRowsPerInsert to a statement and the rest one at a
    // time: SQLite's work per statement (opening the table and the parent of its foreign key) is
    // then done once for many rows, which takes about a sixth off inserting a 100,000-row import.
    // Only for tables keyed by their own columns, which hand back no new ids.
    bool insertAll(const T *const *first, const T *const *last, QString *error)
    {
        static_assert(!Map::kRowId, "rows that take new ids are inserted one at a time");
        if (last - first >= kRowsPerInsert) {
            if (!m_insertMany)
                m_insertMany = std::make_unique<Statement>(m_db, insertSql(kRowsPerInsert));
            const auto row = [](const T &item) { return std::make_tuple(Map::keyValues(item), Map::values(item)); };
            for (; last - first >= kRowsPerInsert; first += kRowsPerInsert)
                if (!m_insertMany->runRows(error, first, first + kRowsPerInsert, row))
                    return false;
        }
        for (; first != last; ++first)
            if (!insertOne(**first, error))
                return false;
        return true;
    }

    bool update(const T &item, QString *error)
    {
        if (!m_update) {
            QStringList sets;
            for (const QString &c : Map::columns())
                sets << c + QStringLiteral(" = ?");
            m_update =
                std::make_unique<Statement>(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                                      .arg(Map::table(), sets.join(QStringLiteral(", ")), where()));
        }
        return m_update->run(error, Map::values(item), Map::keyValues(item)) && expectOneRow(*m_update, error);
    }

    bool remove(const T &item, QString *error)
    {
        if (!m_remove)
            m_remove =
                std::make_unique<Statement>(m_db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(Map::table(), where()));
        return m_remove->run(error, Map::keyValues(item)) && expectOneRow(*m_remove, error);
    }

private:
    // Rows to one statement of insertAll(): 32 rows of a series table bind 224 values.
    static constexpr qsizetype kRowsPerInsert = 32;

    static QString insertSql(qsizetype rows)
    {
        const QStringList all = Map::keys() + Map::columns();
        const QString row = QStringLiteral("(?%1)").arg(QStringLiteral(", ?").repeated(all.size() - 1));
        QStringList values;
        for (qsizetype i = 0; i < rows; ++i)
            values << row;
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(Map::table(), all.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    }
    bool insertOne(const T &item, QString *error)
    {
        if (!m_insert)
            m_insert = std::make_unique<Statement>(m_db, insertSql(1));
        return m_insert->run(error, Map::keyValues(item), Map::values(item));
    }
    static QString where()
    {
        QStringList parts;
        for (const QString &k : Map::keys())
            parts << k + QStringLiteral(" = ?");
        return parts.join(QStringLiteral(" AND "));
    }
    static bool expectOneRow(const Statement &s, QString *error)
    {
        if (s.changes() == 1)
            return true;
        if (error)
            *error = QCoreApplication::translate("assure::Repository", "the item is no longer in the board file");
        return false;
    }

    sqlite3 *m_db;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertMany;
    std::unique_ptr<Statement> m_update;
    std::unique_ptr<Statement> m_remove;
};

} // namespace assure
