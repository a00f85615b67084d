// The identity of a board for files that travel away from it (return packs): its history's first hash.
#include "storage/history/boardidentity.h"

#include "storage/boardfile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace assure {

QString boardIdentity(const BoardFile &file, QString *error)
{
    QSqlQuery q(file.database());
    if (q.exec(QStringLiteral("SELECT hash FROM history ORDER BY id LIMIT 1")) && q.next()) {
        const QString hash = q.value(0).toString();
        if (!hash.isEmpty())
            return hash;
    }
    if (error)
        *error = QCoreApplication::translate("assure::BoardIdentity",
                                             "The board file has no change history to tell it from other boards.");
    return {};
}

} // namespace assure
