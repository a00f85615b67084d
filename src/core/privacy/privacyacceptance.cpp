// Acceptances of the anonymisation guard's hits: what one needs, and the hits none covers.
#include "core/privacy/privacyacceptance.h"

#include <QCoreApplication>

#include <algorithm>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::PrivacyAcceptance", text);
}

} // namespace

QString privacyKindPhrase(PrivacyKind kind)
{
    switch (kind) {
    case PrivacyKind::NhsNumber: return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "an NHS number"));
    case PrivacyKind::DateOfBirth: return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "a date of birth"));
    case PrivacyKind::Postcode: return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "a postcode"));
    case PrivacyKind::TitledName:
        return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "a person's name after a title"));
    case PrivacyKind::Email: return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "an email address"));
    case PrivacyKind::Phone: return translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "a phone number"));
    }
    return {};
}

QStringList PrivacyAcceptance::problems() const
{
    QStringList out;
    if (place.table.trimmed().isEmpty() || place.field.trimmed().isEmpty() ||
        (place.id == 0 && place.key.trimmed().isEmpty()))
        out << translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance",
                                            "An acceptance names the table, the row and the field it is for."));
    if (matched.isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "An acceptance names the text it accepts."));
    if (reason.trimmed().isEmpty())
        out << translated(
            QT_TRANSLATE_NOOP("assure::PrivacyAcceptance", "Say why the text is acceptable: the reason is required."));
    return out;
}

QString PrivacyAcceptances::placeKey(const PrivacyPlace &place)
{
    // A unit separator cannot be typed into a table, field or key, so no two places share a key.
    const QChar sep(0x1f);
    return place.table + sep + QString::number(place.id) + sep + place.key + sep + place.field;
}

void PrivacyAcceptances::add(const PrivacyAcceptance &acceptance)
{
    m_byPlace[placeKey(acceptance.place)].append(acceptance);
}

bool PrivacyAcceptances::covers(const PrivacyPlace &place, const PrivacyHit &hit) const
{
    const auto it = m_byPlace.constFind(placeKey(place));
    return it != m_byPlace.cend() &&
           std::any_of(it->cbegin(), it->cend(), [&](const PrivacyAcceptance &a) { return a.covers(place, hit); });
}

QList<PrivacyHit> PrivacyAcceptances::unaccepted(const PrivacyPlace &place, const QString &text) const
{
    QList<PrivacyHit> hits = PrivacyGuard::scan(text);
    if (hits.isEmpty() || m_byPlace.isEmpty())
        return hits;
    hits.removeIf([&](const PrivacyHit &h) { return covers(place, h); });
    return hits;
}

} // namespace assure
