// The anonymisation guard: what in a piece of case material or narrative looks like personal data.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace assure {

enum class PrivacyKind { NhsNumber, DateOfBirth, Postcode, TitledName, Email, Phone };

// Keys: "nhs_number", "date_of_birth", "postcode", "titled_name", "email", "phone".
QString privacyKindKey(PrivacyKind kind);
std::optional<PrivacyKind> privacyKindFromKey(const QString &key);
QString privacyKindLabel(PrivacyKind kind);
QList<PrivacyKind> allPrivacyKinds();

struct PrivacyHit
{
    PrivacyKind kind;
    QString text; // as written
    qsizetype start = 0;

    bool operator==(const PrivacyHit &o) const { return kind == o.kind && text == o.text && start == o.start; }
};

// What it looks for (it flags, a person decides; a hit can be corrected or accepted with a reason):
// - an NHS number: ten digits, alone or grouped 3-3-4 by spaces or hyphens, that pass the
//   modulus 11 check (weights 10 to 2 on the first nine; 11 minus the remainder, 11 read as 0,
//   must be the tenth; 10 is never valid), so most ten-digit figures raise nothing;
// - a date of birth: a date (31/12/2015, 31.12.15, 2015-12-31, 31 December 2015, December 31,
//   2015) just after "DOB", "D.O.B.", "born" or "date of birth", so other dates raise nothing;
// - a UK postcode in capitals (SW1A 1AA, M1 1AE, B33 8TH), by the letters each place may hold;
// - a name after a title: Mr, Mrs, Ms, Miss, Mx or Dr then a capitalised word of two letters or
//   more ("Mrs B", the usual anonymised form, is left alone);
// - an email address;
// - a UK phone number: 0 or +44 then nine or ten digits, in groups as people write them.
// Where two overlap, the earlier kind in that list wins (an NHS number is not also a phone).
class PrivacyGuard final
{
    Q_DECLARE_TR_FUNCTIONS(assure::PrivacyGuard)

public:
    static QList<PrivacyHit> scan(const QString &text);
    // The modulus 11 check of ten digits (spaces and hyphens ignored).
    static bool validNhsNumber(const QString &digits);
};

} // namespace assure
