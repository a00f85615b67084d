// Money as the board's budget keeps it: whole pence in a 64-bit integer, never binary floating
// point, read from what people type ("£1,234.56", "(250.00)") and written back in en_GB form.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace assure {

// The most an amount may be, either way: £100,000,000,000.00. Far beyond any board's budget, and
// far enough inside a qint64 that sums of millions of lines cannot overflow.
constexpr qint64 kMaxPence = Q_INT64_C(10000000000000);

struct ParsedMoney final
{
    bool ok = false;
    bool blank = false; // nothing was written (ok is false)
    qint64 pence = 0;
    QString error; // for people: what is wrong with the text, naming it
};

class Money final
{
    Q_DECLARE_TR_FUNCTIONS(assure::Money)

public:
    // Reads an amount of pounds as people write it: an optional "£", thousands separated by
    // commas (three digits to a group), at most two decimals ("1234.5" is £1,234.50), and a
    // negative amount either with a minus sign ("-12", "-£12") or in brackets ("(250.00)",
    // "(£250.00)"), as accounts show them. Spaces around the figure are ignored. Refused, with the
    // reason: blank text, more than two decimals ("£12.345"), anything that is not a figure
    // ("twelve pounds"), and amounts beyond kMaxPence.
    static ParsedMoney parse(const QString &text);

    // Pence as the board papers show them, through the locale (en_GB by default): "£1,234.56",
    // and a negative amount in brackets, "(£250.00)". Always two decimals and always "£": a
    // board's money is sterling whatever the locale's own currency.
    static QString format(qint64 pence, const QLocale &locale = QLocale());
    // Pence as an edit box holds them, with no "£" or separators, so that what is typed back is
    // what was stored: "1234.56", "-250.00".
    static QString plain(qint64 pence);
};

} // namespace assure
