// A prepared SQLite statement, kept for reuse across many rows of a bulk write.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

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

    // Binds values to the ?s in order, runs the statement to its end and resets it. A null
    // QString is bound as empty text (the text columns are NOT NULL DEFAULT ''); a null QVariant
    // of any type as NULL. Returns false with a message for people when SQLite refuses.
    bool run(const QVariantList &values, QString *error);
    // Rows the last run() changed.
    int changes() const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_texts; // this run's text values as UTF-8, alive until the step is done
};

// Turns an SQLite message into words a user can act on.
QString describeSqliteMessage(const QString &message);

} // namespace assure
