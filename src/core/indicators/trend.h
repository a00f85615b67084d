// Direction of travel of an indicator: against the previous period and the mean of earlier ones.
#pragma once

#include "core/indicators/indicator.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace assure {

enum class Trend { Improving, Steady, Worsening };

QString trendKey(Trend trend); // "improving", "steady", "worsening"
std::optional<Trend> trendFromKey(const QString &key);
QString trendLabel(Trend trend);
// An arrow that reads in black and white: ▲ improving, ▶ steady, ▼ worsening.
QString trendSymbol(Trend trend);
QList<Trend> allTrends();

// The current value against a reference, by polarity. Equal (to within the rounding of decimal
// fractions, 1e-9 relative) is steady. No trend without a polarity, a value or a reference.
std::optional<Trend> trendAgainst(std::optional<double> current, std::optional<double> reference, Polarity polarity);

// Against the previous period's value.
inline std::optional<Trend> trendAgainstPrevious(std::optional<double> current, std::optional<double> previous,
                                                 Polarity polarity)
{
    return trendAgainst(current, previous, polarity);
}

// The mean of the last n of the earlier values (oldest first, periods without a value left out).
// With fewer than n earlier values there is no trend: a mean of fewer periods is not the
// comparison the board asked for, and would swing on a new indicator's first results.
std::optional<double> meanOfLast(const std::vector<double> &earlier, int n);

// Against the mean of the previous n periods (see meanOfLast).
std::optional<Trend> trendAgainstMean(std::optional<double> current, const std::vector<double> &earlier, int n,
                                      Polarity polarity);

} // namespace assure
