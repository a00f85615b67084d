// A prepared SQLite statement, kept for reuse across many rows of a bulk write.
#include "storage/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace assure {

Statement::Statement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::prepared(QString *error) const
{
    if (m_statement)
        return true;
    if (error)
        *error = describeSqliteMessage(m_prepareError);
    return false;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_statement);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void Statement::bind(int index, const QString &value)
{
    // Encoded into the slot's buffer, which keeps its room from row to row.
    QByteArray &text = m_texts[size_t(index - 1)];
    const qsizetype room = m_utf8.requiredSpace(value.size());
    if (text.size() < room)
        text.resize(room);
    const char *end = m_utf8.appendToBuffer(text.data(), value);
    sqlite3_bind_text(m_statement, index, text.constData(), int(end - text.constData()), SQLITE_STATIC);
}

void Statement::bind(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bind(int index, const NullableReal &value)
{
    if (value)
        bind(index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void Statement::bind(int index, NullableId value)
{
    if (value.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        bind(index, value.id);
}

bool Statement::step(int bound, QString *error)
{
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (bound < sqlite3_bind_parameter_count(m_statement))
        sqlite3_clear_bindings(m_statement); // nothing left over from an earlier run
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = describeSqliteMessage(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString describeSqliteMessage(const QString &message)
{
    if (message.contains(QLatin1String("UNIQUE constraint failed")))
        return QCoreApplication::translate("assure::Repository", "that name or code is already in use");
    if (message.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return QCoreApplication::translate("assure::Repository",
                                           "it refers to something that is not in the board file");
    if (message.contains(QLatin1String("database or disk is full")))
        return QCoreApplication::translate("assure::Repository", "the disk is full; nothing was changed");
    if (message.contains(QLatin1String("readonly")) || message.contains(QLatin1String("read-only")))
        return QCoreApplication::translate("assure::Repository", "the board file is read-only; nothing was changed");
    return message;
}

} // namespace assure
