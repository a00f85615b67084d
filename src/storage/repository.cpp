// Reads and writes one table of the board file through its TableMapping.
#include "storage/repository.h"

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
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return QCoreApplication::translate("assure::Repository", "that name is already in use");
    if (text.contains(QLatin1String("database or disk is full")))
        return QCoreApplication::translate("assure::Repository", "the disk is full; nothing was changed");
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return QCoreApplication::translate("assure::Repository", "the board file is read-only; nothing was changed");
    return text;
}

} // namespace assure
