// A hit of the anonymisation guard that someone chose to keep, with their reason: where it is, what
// kind of personal data it looked like and the text matched, so that it is not raised again.
#pragma once

#include "core/audits/privacyguard.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace assure {

// The kind in words, as a sentence says it: "an NHS number", "a date of birth".
QString privacyKindPhrase(PrivacyKind kind);

// Where a piece of narrative lives: its table, its row (the id, or for a table without ids the key
// "CODE period"), and its field (a column, as privacy-scan names it).
struct PrivacyPlace
{
    QString table;
    qint64 id = 0;
    QString key;
    QString field;

    bool operator==(const PrivacyPlace &o) const
    {
        return table == o.table && id == o.id && key == o.key && field == o.field;
    }
};

struct PrivacyAcceptance
{
    qint64 id = 0;
    PrivacyPlace place;
    PrivacyKind kind = PrivacyKind::NhsNumber;
    QString matched; // the text the guard matched, as written
    QString reason;  // why it may stay: required
    QString acceptedBy;
    QDate acceptedOn;

    // Whether this acceptance covers a hit at a place.
    bool covers(const PrivacyPlace &at, const PrivacyHit &hit) const
    {
        return place == at && kind == hit.kind && matched == hit.text;
    }
    // What stops it being saved: a place (table, field and a row), the text matched and a reason.
    QStringList problems() const;
    bool operator==(const PrivacyAcceptance &o) const
    {
        return id == o.id && place == o.place && kind == o.kind && matched == o.matched && reason == o.reason &&
               acceptedBy == o.acceptedBy && acceptedOn == o.acceptedOn;
    }
    bool operator!=(const PrivacyAcceptance &o) const { return !(*this == o); }
};

// A board's acceptances by place, so that a whole-board scan asks about each field once.
class PrivacyAcceptances final
{
public:
    PrivacyAcceptances() = default;
    template <class Range> explicit PrivacyAcceptances(const Range &acceptances)
    {
        for (const PrivacyAcceptance &a : acceptances)
            add(a);
    }
    void add(const PrivacyAcceptance &acceptance);

    bool covers(const PrivacyPlace &place, const PrivacyHit &hit) const;
    // The guard's hits in text at place that no acceptance covers: what it still raises.
    QList<PrivacyHit> unaccepted(const PrivacyPlace &place, const QString &text) const;

private:
    static QString placeKey(const PrivacyPlace &place);

    QHash<QString, QList<PrivacyAcceptance>> m_byPlace;
};

} // namespace assure
