// The partnership itself: its name, area, type and when its financial year starts.
#include "core/board.h"

#include <QCoreApplication>

namespace assure {

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
    switch (type) {
    case BoardType::Children: return QStringLiteral("children");
    case BoardType::Adults: return QStringLiteral("adults");
    case BoardType::Joint: return QStringLiteral("joint");
    }
    return QStringLiteral("children");
}

BoardType boardTypeFromKey(const QString &key)
{
    for (BoardType t : allBoardTypes())
        if (boardTypeKey(t) == key)
            return t;
    return BoardType::Children;
}

QString boardTypeLabel(BoardType type)
{
    switch (type) {
    case BoardType::Children: return QCoreApplication::translate("assure::Board", "Children's safeguarding partnership");
    case BoardType::Adults: return QCoreApplication::translate("assure::Board", "Safeguarding adults board");
    case BoardType::Joint: return QCoreApplication::translate("assure::Board", "Joint children's and adults' board");
    }
    return {};
}

QList<BoardType> allBoardTypes()
{
    return {BoardType::Children, BoardType::Adults, BoardType::Joint};
}

} // namespace assure
