// Money in whole pence: reading what people type and writing it for the board papers.
#include "core/budget/money.h"

#include <QRegularExpression>

namespace assure {

namespace {

QString quoted(const QString &text)
{
    return Money::tr("“%1”").arg(text);
}

} // namespace

ParsedMoney Money::parse(const QString &text)
{
    ParsedMoney out;
    QString t = text.trimmed();
    if (t.isEmpty()) {
        out.blank = true;
        out.error = tr("an amount is needed");
        return out;
    }
    bool negative = false;
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    if (t.startsWith(QLatin1Char('-'))) {
        if (negative) {
            out.error = tr("%1 is negative twice (a minus sign inside brackets)").arg(quoted(text.trimmed()));
            return out;
        }
        negative = true;
        t = t.mid(1).trimmed();
    }
    if (t.startsWith(QChar(0x00A3)))
        t = t.mid(1).trimmed();
    // Whole pounds, with or without commas between groups of three, then the pence.
    static const QRegularExpression figure(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = figure.match(t);
    if (!m.hasMatch()) {
        out.error = tr("%1 is not an amount of money like £1,234.56 or (250.00)").arg(quoted(text.trimmed()));
        return out;
    }
    const QString decimals = m.captured(2);
    if (decimals.size() > 2) {
        out.error = tr("%1 has more than two decimal places").arg(quoted(text.trimmed()));
        return out;
    }
    QString pounds = m.captured(1);
    pounds.remove(QLatin1Char(','));
    // Longer than the limit's digits: refused before converting, so that nothing overflows.
    if (pounds.size() > 12) {
        out.error = tr("%1 is more than an amount may be (%2)").arg(quoted(text.trimmed()), format(kMaxPence));
        return out;
    }
    qint64 pence = pounds.toLongLong() * 100;
    if (!decimals.isEmpty())
        pence += decimals.leftJustified(2, QLatin1Char('0')).toLongLong();
    if (pence > kMaxPence) {
        out.error = tr("%1 is more than an amount may be (%2)").arg(quoted(text.trimmed()), format(kMaxPence));
        return out;
    }
    out.ok = true;
    out.pence = negative ? -pence : pence;
    return out;
}

QString Money::format(qint64 pence, const QLocale &locale)
{
    const qint64 magnitude = pence < 0 ? -pence : pence;
    const QString body = QStringLiteral("%1%2%3%4")
                             .arg(QChar(0x00A3))
                             .arg(locale.toString(magnitude / 100))
                             .arg(locale.decimalPoint())
                             .arg(int(magnitude % 100), 2, 10, QLatin1Char('0'));
    return pence < 0 ? QStringLiteral("(%1)").arg(body) : body;
}

QString Money::plain(qint64 pence)
{
    const qint64 magnitude = pence < 0 ? -pence : pence;
    return QStringLiteral("%1%2.%3")
        .arg(pence < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(int(magnitude % 100), 2, 10, QLatin1Char('0'));
}

} // namespace assure
