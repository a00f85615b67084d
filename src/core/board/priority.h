// A business plan priority of the board ("Neglect", "Exploitation"), under which indicators are grouped.
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

struct Priority
{
    qint64 id = 0;
    QString title;
    int year = 0; // the financial year it was set for, by its starting calendar year; 0: standing
    QString description;
    qint64 leadSubgroupId = 0; // the sub-group that leads it; 0: none named

    QStringList problems() const;

    bool operator==(const Priority &o) const
    {
        return id == o.id && title == o.title && year == o.year && description == o.description &&
               leadSubgroupId == o.leadSubgroupId;
    }
    bool operator!=(const Priority &o) const { return !(*this == o); }
};

} // namespace assure
