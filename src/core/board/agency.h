// A partner organisation of the board.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace assure {

enum class Sector { LocalAuthority, Police, Health, Probation, Education, Voluntary, Other };

struct Agency
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Other;
    bool section11 = true; // under the Section 11 duty
    bool active = true;

    QStringList problems() const;

    bool operator==(const Agency &o) const
    {
        return id == o.id && name == o.name && sector == o.sector && section11 == o.section11 && active == o.active;
    }
    bool operator!=(const Agency &o) const { return !(*this == o); }
};

QString sectorKey(Sector sector);
Sector sectorFromKey(const QString &key);
QString sectorLabel(Sector sector);
QList<Sector> allSectors();

} // namespace assure
