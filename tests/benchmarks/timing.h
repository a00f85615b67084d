// Samples of one timed operation and their summary (median, min, max, and as JSON), in milliseconds.
#pragma once

#include "json.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace assure {

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

// nsecsElapsed, because elapsed() rounds to whole milliseconds and filtering takes less.
inline double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
}

inline Stats summarize(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    s.median = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
    s.min = samples.front();
    s.max = samples.back();
    return s;
}

inline double median(const std::vector<double> &samples)
{
    return summarize(samples).median;
}

// {"median": ..., "min": ..., "max": ...}
inline JsonObject statsJson(const std::vector<double> &samples)
{
    const Stats s = summarize(samples);
    JsonObject o;
    o.addNumber("median", s.median).addNumber("min", s.min).addNumber("max", s.max);
    return o;
}

} // namespace assure
