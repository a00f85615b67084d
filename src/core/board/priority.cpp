// A business plan priority of the board.
#include "core/board/priority.h"

#include <QCoreApplication>

namespace assure {

QStringList Priority::problems() const
{
    QStringList out;
    if (title.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Priority", "The priority needs a title.");
    if (year != 0 && (year < 1990 || year > 2200))
        out << QCoreApplication::translate("assure::Priority", "The year %1 is not a financial year Assure can show.")
                   .arg(year);
    return out;
}

} // namespace assure
