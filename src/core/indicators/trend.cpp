// Direction of travel of an indicator: against the previous period and the mean of earlier ones.
#include "core/indicators/trend.h"

#include "core/enumnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

constexpr auto kTrendNames = enumNames<Trend>(
    "assure::Trend", {
                         {Trend::Improving, u"improving", QT_TRANSLATE_NOOP("assure::Trend", "Improving")},
                         {Trend::Steady, u"steady", QT_TRANSLATE_NOOP("assure::Trend", "Steady")},
                         {Trend::Worsening, u"worsening", QT_TRANSLATE_NOOP("assure::Trend", "Worsening")},
                     });

} // namespace

QString trendKey(Trend trend)
{
    return kTrendNames.key(trend);
}

std::optional<Trend> trendFromKey(const QString &key)
{
    return kTrendNames.fromKey(key);
}

QString trendLabel(Trend trend)
{
    return kTrendNames.label(trend);
}

QString trendSymbol(Trend trend)
{
    switch (trend) {
    case Trend::Improving: return QString(QChar(0x25B2));
    case Trend::Steady: return QString(QChar(0x25B6));
    case Trend::Worsening: return QString(QChar(0x25BC));
    }
    return {};
}

QList<Trend> allTrends()
{
    return kTrendNames.values();
}

std::optional<Trend> trendAgainst(std::optional<double> current, std::optional<double> reference, Polarity polarity)
{
    if (polarity == Polarity::None || !current || !reference || !std::isfinite(*current) || !std::isfinite(*reference))
        return std::nullopt;
    const double c = *current;
    const double r = *reference;
    // A mean of earlier values carries rounding (0.1 + 0.2 is not 0.3), so "equal" allows for it.
    if (std::fabs(c - r) <= 1e-9 * std::max({1.0, std::fabs(c), std::fabs(r)}))
        return Trend::Steady;
    const bool up = c > r;
    const bool better = polarity == Polarity::HigherIsBetter ? up : !up;
    return better ? Trend::Improving : Trend::Worsening;
}

std::optional<double> meanOfLast(const std::vector<double> &earlier, int n)
{
    if (n <= 0 || earlier.size() < static_cast<size_t>(n))
        return std::nullopt;
    double sum = 0;
    for (auto it = earlier.end() - n; it != earlier.end(); ++it)
        sum += *it;
    return sum / n;
}

std::optional<Trend> trendAgainstMean(std::optional<double> current, const std::vector<double> &earlier, int n,
                                      Polarity polarity)
{
    return trendAgainst(current, meanOfLast(earlier, n), polarity);
}

} // namespace assure
