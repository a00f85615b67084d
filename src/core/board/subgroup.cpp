// A working group of the board: QA, Performance, SCR/SAR, Learning and Development...
#include "core/board/subgroup.h"

#include <QCoreApplication>

namespace assure {

QStringList SubGroup::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::SubGroup", "The sub-group needs a name.");
    return out;
}

} // namespace assure
