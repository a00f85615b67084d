// A partner organisation of the board.
#include "core/board/agency.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace assure {

namespace {

constexpr auto kSectorNames = enumNames<Sector>(
    "assure::Agency",
    {
        {Sector::LocalAuthority, u"local_authority", QT_TRANSLATE_NOOP("assure::Agency", "Local authority")},
        {Sector::Police, u"police", QT_TRANSLATE_NOOP("assure::Agency", "Police")},
        {Sector::Health, u"health", QT_TRANSLATE_NOOP("assure::Agency", "Health")},
        {Sector::Probation, u"probation", QT_TRANSLATE_NOOP("assure::Agency", "Probation")},
        {Sector::Education, u"education", QT_TRANSLATE_NOOP("assure::Agency", "Education")},
        {Sector::Voluntary, u"voluntary", QT_TRANSLATE_NOOP("assure::Agency", "Voluntary and community")},
        {Sector::Other, u"other", QT_TRANSLATE_NOOP("assure::Agency", "Other")},
    });

} // namespace

QStringList Agency::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::Agency", "The agency needs a name.");
    return out;
}

QString sectorKey(Sector sector)
{
    return kSectorNames.key(sector);
}

Sector sectorFromKey(const QString &key)
{
    return kSectorNames.fromKey(key).value_or(Sector::Other);
}

QString sectorLabel(Sector sector)
{
    return kSectorNames.label(sector);
}

QList<Sector> allSectors()
{
    return kSectorNames.values();
}

} // namespace assure
