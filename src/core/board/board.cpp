// The partnership itself: its name, area, type and when its financial year starts.
#include "core/board/board.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kBoardTypeNames = enumNames<BoardType>(
    "assure::Board",
    {
        {BoardType::Children, u"children", QT_TRANSLATE_NOOP("assure::Board", "Children's safeguarding partnership")},
        {BoardType::Adults, u"adults", QT_TRANSLATE_NOOP("assure::Board", "Safeguarding adults board")},
        {BoardType::Joint, u"joint", QT_TRANSLATE_NOOP("assure::Board", "Joint children's and adults' board")},
    });

} // namespace

QStringList Board::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Board", "The board needs a name.");
    if (fyStartMonth < 1 || fyStartMonth > 12)
        out << QCoreApplication::translate("assure::Board", "The financial year must start in a month from 1 to 12.");
    return out;
}

QString boardTypeKey(BoardType type)
{
    return kBoardTypeNames.key(type);
}

BoardType boardTypeFromKey(const QString &key)
{
    return kBoardTypeNames.fromKey(key).value_or(BoardType::Children);
}

QString boardTypeLabel(BoardType type)
{
    return kBoardTypeNames.label(type);
}

QList<BoardType> allBoardTypes()
{
    return kBoardTypeNames.values();
}

} // namespace assure
