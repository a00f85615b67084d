// An indicator's own SPC settings, and how they become the engine's.
#include "core/indicators/indicatorspc.h"

#include <QCoreApplication>

#include <algorithm>

namespace assure {

bool IndicatorSpcSettings::isDefault() const
{
    return runLength == 7 && screenOutliers && fixAfter == 0 && rebasePeriods.isEmpty();
}

QStringList IndicatorSpcSettings::problems() const
{
    QStringList out;
    if (runLength != 6 && runLength != 7)
        out << QCoreApplication::translate("assure::IndicatorSpcSettings", "A run is 6 or 7 points, not %1.")
                   .arg(runLength);
    if (fixAfter < 0 || (fixAfter > 0 && fixAfter < 2))
        out << QCoreApplication::translate("assure::IndicatorSpcSettings",
                                           "Limits need at least 2 points to be fixed from (12 or more is advised).");
    if (rebasePeriods.size() != QSet<QString>(rebasePeriods.begin(), rebasePeriods.end()).size())
        out << QCoreApplication::translate("assure::IndicatorSpcSettings", "A period is chosen twice as a rebase.");
    return out;
}

SpcSettings spcSettingsFor(const IndicatorSpcSettings &stored, const std::vector<Measurement> &measurements)
{
    SpcSettings s;
    s.runLength = stored.runLength;
    s.screenOutliers = stored.screenOutliers;
    s.fixAfter = stored.fixAfter;
    QStringList keys = stored.rebasePeriods;
    std::sort(keys.begin(), keys.end());
    const auto points = int(std::count_if(measurements.begin(), measurements.end(),
                                          [](const Measurement &m) { return m.value.has_value(); }));
    for (const QString &key : keys) {
        int index = 0;
        for (const Measurement &m : measurements) {
            if (m.periodKey >= key)
                break;
            if (m.value)
                ++index;
        }
        // A rebase before the first point or after the last, or two landing on one point, change nothing.
        if (index > 0 && index < points && (s.rebaseAt.empty() || s.rebaseAt.back() != index))
            s.rebaseAt.push_back(index);
    }
    return s;
}

} // namespace assure
