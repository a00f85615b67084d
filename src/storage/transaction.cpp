// One SQLite transaction: commit() or it rolls back when it goes out of scope.
#include "storage/transaction.h"

#include <QSqlError>

namespace assure {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace assure
