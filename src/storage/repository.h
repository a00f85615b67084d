// Reads and writes one table of the board file through its TableMapping. Callers own the transaction.
#pragma once

#include "storage/tablemapping.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace assure {

// The SQLite connection behind a QSqlDatabase of the QSQLITE driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Turns an SQLite error into words a user can act on.
QString describeSqlError(const QSqlError &error);

// Text columns are NOT NULL: an empty QString is stored as '' rather than NULL.
inline QVariant bindable(const QVariant &v)
{
    return v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v;
}

template <class T>
class Repository final
{
    using Map = TableMapping<T>;

public:
    explicit Repository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::vector<T> loadAll(QString *error = nullptr) const
    {
        std::vector<T> out;
        sqlite3 *db = sqliteHandle(m_db);
        const QByteArray sql = QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                   .arg(Map::columns().join(QStringLiteral(", ")), Map::table())
                                   .toUtf8();
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                out.push_back(Map::read(Row(statement)));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return out;
    }

    // Inserts item; an id of 0 takes a new one (written back), any other id is kept (undo).
    bool insert(T &item, QString *error) const
    {
        const QStringList cols = Map::columns();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?%3)")
                      .arg(Map::table(), cols.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(cols.size())));
        q.addBindValue(nullableId(item.id));
        for (const QVariant &v : Map::values(item))
            q.addBindValue(bindable(v));
        if (!q.exec())
            return fail(q, error);
        item.id = q.lastInsertId().toLongLong();
        return true;
    }

    bool update(const T &item, QString *error) const
    {
        QStringList sets;
        for (const QString &c : Map::columns())
            sets << c + QStringLiteral(" = ?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(Map::table(), sets.join(QStringLiteral(", "))));
        for (const QVariant &v : Map::values(item))
            q.addBindValue(bindable(v));
        q.addBindValue(item.id);
        if (!q.exec())
            return fail(q, error);
        return expectOneRow(q, error);
    }

    bool remove(qint64 id, QString *error) const
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Map::table()));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, error);
        return expectOneRow(q, error);
    }

private:
    static bool fail(const QSqlQuery &q, QString *error)
    {
        if (error)
            *error = describeSqlError(q.lastError());
        return false;
    }
    static bool expectOneRow(const QSqlQuery &q, QString *error)
    {
        if (q.numRowsAffected() == 1)
            return true;
        if (error)
            *error = QCoreApplication::translate("assure::Repository", "the item is no longer in the board file");
        return false;
    }

    QSqlDatabase m_db;
};

} // namespace assure
