// A partner organisation of the board.
#include "core/agency.h"

#include <QCoreApplication>

namespace assure {

QStringList Agency::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Agency", "The agency needs a name.");
    return out;
}

QString sectorKey(Sector sector)
{
    switch (sector) {
    case Sector::LocalAuthority: return QStringLiteral("local_authority");
    case Sector::Police: return QStringLiteral("police");
    case Sector::Health: return QStringLiteral("health");
    case Sector::Probation: return QStringLiteral("probation");
    case Sector::Education: return QStringLiteral("education");
    case Sector::Voluntary: return QStringLiteral("voluntary");
    case Sector::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

Sector sectorFromKey(const QString &key)
{
    for (Sector s : allSectors())
        if (sectorKey(s) == key)
            return s;
    return Sector::Other;
}

QString sectorLabel(Sector sector)
{
    switch (sector) {
    case Sector::LocalAuthority: return QCoreApplication::translate("assure::Agency", "Local authority");
    case Sector::Police: return QCoreApplication::translate("assure::Agency", "Police");
    case Sector::Health: return QCoreApplication::translate("assure::Agency", "Health");
    case Sector::Probation: return QCoreApplication::translate("assure::Agency", "Probation");
    case Sector::Education: return QCoreApplication::translate("assure::Agency", "Education");
    case Sector::Voluntary: return QCoreApplication::translate("assure::Agency", "Voluntary and community");
    case Sector::Other: return QCoreApplication::translate("assure::Agency", "Other");
    }
    return {};
}

QList<Sector> allSectors()
{
    return {Sector::LocalAuthority, Sector::Police,    Sector::Health, Sector::Probation,
            Sector::Education,      Sector::Voluntary, Sector::Other};
}

} // namespace assure
