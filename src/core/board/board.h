// The partnership itself: its name, area, type and when its financial year starts.
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

enum class BoardType { Children, Adults, Joint };

struct Board
{
    QString name;
    QString area;
    BoardType type = BoardType::Children;
    int fyStartMonth = 4; // 1 April by default

    // What is wrong with these details, in words a user reads; empty when sound.
    QStringList problems() const;

    bool operator==(const Board &o) const
    {
        return name == o.name && area == o.area && type == o.type && fyStartMonth == o.fyStartMonth;
    }
    bool operator!=(const Board &o) const { return !(*this == o); }
};

// Stable words used in the board file; labels are for people.
QString boardTypeKey(BoardType type);
BoardType boardTypeFromKey(const QString &key);
QString boardTypeLabel(BoardType type);
QList<BoardType> allBoardTypes();

} // namespace assure
