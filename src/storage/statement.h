// A prepared SQLite statement, kept for reuse across many rows of a bulk write.
#pragma once

#include "storage/columnvalues.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

#include <tuple>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace assure {

class Statement final
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds the values of the tuples (columnvalues.h) to the ?s in order, runs the statement to its
    // end and resets it. Returns false with a message for people when SQLite refuses.
    template <class... Rows> bool run(QString *error, const Rows &...rows)
    {
        if (!prepared(error))
            return false;
        m_texts.resize(size_t((std::tuple_size_v<Rows> + ... + 0)));
        int index = 1;
        (bindTuple(index, rows), ...);
        return step(index - 1, error);
    }
    // The same for a statement of several rows (INSERT ... VALUES (...), (...)): for each item from
    // first to last in turn, the tuples of rowOf(item), all bound before the one run.
    template <class Item, class RowOf> bool runRows(QString *error, Item first, Item last, RowOf rowOf)
    {
        if (!prepared(error))
            return false;
        m_texts.resize(size_t(parameterCount()));
        int index = 1;
        for (; first != last; ++first)
            std::apply([&](const auto &...row) { (bindTuple(index, row), ...); }, rowOf(**first));
        return step(index - 1, error);
    }
    // Rows the last run() changed.
    int changes() const;
    qint64 lastInsertId() const;

private:
    bool prepared(QString *error) const;
    int parameterCount() const;
    template <class Tuple> void bindTuple(int &index, const Tuple &values)
    {
        std::apply([&](const auto &...value) { (bind(index++, value), ...); }, values);
    }
    // Each kind of column value, bound in place: text without SQLite copying it (the UTF-8 is kept
    // in m_texts until the statement has run), a null QString as empty text (the text columns are
    // NOT NULL DEFAULT '').
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    // Text already in UTF-8, bound without a copy: the bytes must live until run() returns.
    void bind(int index, QByteArrayView utf8);
    void bind(int index, const QByteArray &utf8) { bind(index, QByteArrayView(utf8)); }
    void bind(int index, const NullableReal &value);
    void bind(int index, NullableId value);
    bool step(int bound, QString *error);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_texts; // this run's text values as UTF-8, alive until the step is done
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

// Turns an SQLite message into words a user can act on.
QString describeSqliteMessage(const QString &message);

} // namespace assure
