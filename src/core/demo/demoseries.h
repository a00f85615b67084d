// The demo's figures for one indicator: a drifting, noisy series with its special cause and latest rating built in.
#pragma once

#include "core/demo/demoindicatortemplates.h"
#include "core/period.h"

#include <QString>

#include <optional>
#include <vector>

namespace assure::demo {

class Chance;

// The periods an indicator has values for, oldest first, with their keys and labels.
struct Timeline
{
    std::vector<Period> periods;
    std::vector<QString> keys;
    std::vector<QString> labels;
};

// From first to last, both included.
Timeline timeline(const Period &first, const Period &last);

double round1(double x);

// One period's numbers after rounding as a return would print them.
struct Point
{
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
};

// The figures of every period of tl: a gentle drift from the template's old level to today's
// (shifted, and for counts and money scaled, for a large demo's locality), a wandering component
// and noise, with the template's special cause where evaluateSpc finds it and the latest period
// in the band of its design against latestTarget. frequency is the indicator's, which a large
// demo makes monthly whatever the template says.
std::vector<Point> makeSeries(const Template &t, const Timeline &tl, Frequency frequency, double shift, double scale,
                              double latestTarget, Chance &rng);

} // namespace assure::demo
