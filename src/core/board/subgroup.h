// A working group of the board: QA, Performance, SCR/SAR, Learning and Development...
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

struct SubGroup
{
    qint64 id = 0;
    QString name;
    qint64 chairId = 0; // a person; 0: no chair yet
    QString remit;

    QStringList problems() const;

    bool operator==(const SubGroup &o) const
    {
        return id == o.id && name == o.name && chairId == o.chairId && remit == o.remit;
    }
    bool operator!=(const SubGroup &o) const { return !(*this == o); }
};

} // namespace assure
