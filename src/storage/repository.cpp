// Reads and writes one table of the board file through its TableMapping.
#include "storage/repository.h"

#include <QVariant>

#include <QSqlDriver>

namespace assure {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString describeSqlError(const QSqlError &error)
{
    return describeSqliteMessage(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

} // namespace assure
