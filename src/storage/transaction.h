// One SQLite transaction: commit() or it rolls back when it goes out of scope.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace assure {

class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace assure
