// The anonymisation guard: the patterns and the NHS number's modulus 11 check (rules in the header).
#include "core/audits/privacyguard.h"

#include "core/enumnames.h"

#include <QRegularExpression>

#include <algorithm>

namespace assure {

namespace {

constexpr auto kKindNames = enumNames<PrivacyKind>(
    "assure::PrivacyGuard",
    {
        {PrivacyKind::NhsNumber, u"nhs_number", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "NHS number")},
        {PrivacyKind::DateOfBirth, u"date_of_birth", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "Date of birth")},
        {PrivacyKind::Postcode, u"postcode", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "Postcode")},
        {PrivacyKind::TitledName, u"titled_name", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "Name after a title")},
        {PrivacyKind::Email, u"email", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "Email address")},
        {PrivacyKind::Phone, u"phone", QT_TRANSLATE_NOOP("assure::PrivacyGuard", "Phone number")},
    });

const QString kMonth = QStringLiteral("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");

struct Pattern
{
    PrivacyKind kind;
    QRegularExpression re;
};

// In the order that settles overlaps.
const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString date =
            QStringLiteral("(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?![\\d/.\\-]\\d)|\\d{4}-\\d{2}-\\d{2}|"
                           "\\d{1,2}(?:st|nd|rd|th)?\\s+%1,?\\s+\\d{4}|%1\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})")
                .arg(kMonth);
        return QList<Pattern>{
            {PrivacyKind::NhsNumber,
             QRegularExpression(
                 QStringLiteral("(?<![\\d\\-])(?:\\d{3} \\d{3} \\d{4}|\\d{3}-\\d{3}-\\d{4}|\\d{10})(?![\\d])"))},
            {PrivacyKind::DateOfBirth,
             QRegularExpression(QStringLiteral("(?:\\bd\\.?o\\.?b\\b\\.?|\\bborn\\b|\\bdate\\s+of\\s+birth\\b)"
                                               "[\\s:=,.\\-]*(?:(?:on|in)\\s+)?%1")
                                    .arg(date),
                                ci)},
            {PrivacyKind::Email, QRegularExpression(QStringLiteral(
                                     "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"))},
            {PrivacyKind::Phone,
             QRegularExpression(QStringLiteral("(?<![\\w+])(?:\\+44\\s?(?:\\(0\\)\\s?)?|\\(?0)[1-35789]"
                                               "(?:[\\s\\-]?\\)?[\\s\\-]?\\d){8,9}(?!\\d)"))},
            {PrivacyKind::Postcode,
             QRegularExpression(QStringLiteral("\\b[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
                                               " ?[0-9][ABD-HJLNP-UW-Z]{2}\\b"))},
            {PrivacyKind::TitledName,
             QRegularExpression(QStringLiteral(
                 "\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][a-z'’\\-]*[a-z](?:[\\s\\-][A-Z][a-z'’\\-]*[a-z])?\\b"))},
        };
    }();
    return all;
}

} // namespace

QString privacyKindKey(PrivacyKind kind)
{
    return kKindNames.key(kind);
}

std::optional<PrivacyKind> privacyKindFromKey(const QString &key)
{
    return kKindNames.fromKey(key);
}

QString privacyKindLabel(PrivacyKind kind)
{
    return kKindNames.label(kind);
}

QList<PrivacyKind> allPrivacyKinds()
{
    return kKindNames.values();
}

bool PrivacyGuard::validNhsNumber(const QString &text)
{
    QList<int> digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c.digitValue());
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return false;
    }
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i) * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits.at(9);
}

QList<PrivacyHit> PrivacyGuard::scan(const QString &text)
{
    QList<PrivacyHit> hits;
    // Most narrative holds nothing like personal data: a cheap look for the characters every
    // pattern needs (a digit, an @, or a title's capital) before any expression runs.
    const bool anyDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!anyDigit && !text.contains(QLatin1Char('@')) && !text.contains(QLatin1String("M")) &&
        !text.contains(QLatin1String("Dr")))
        return hits;
    auto overlaps = [&hits](qsizetype start, qsizetype end) {
        return std::any_of(hits.cbegin(), hits.cend(),
                           [&](const PrivacyHit &h) { return start < h.start + h.text.size() && h.start < end; });
    };
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString found = m.captured(0);
            if (p.kind == PrivacyKind::NhsNumber && !validNhsNumber(found))
                continue;
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            hits.append({p.kind, found, m.capturedStart()});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const PrivacyHit &a, const PrivacyHit &b) { return a.start < b.start; });
    return hits;
}

} // namespace assure
