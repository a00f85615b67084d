// The demo's indicator templates: how each made-up indicator is defined and how its history is shaped.
#pragma once

#include "core/indicators/indicator.h"

#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace assure::demo {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;
constexpr int kLargeCount = 500;
constexpr int kLargeMonths = 120;
constexpr int kSmallYears = 4; // whole financial years before the current one

inline bool given(double x)
{
    return !std::isnan(x);
}

// The latest period's RAG the demo guarantees (Natural: whatever the series gives).
enum class Design { Natural, Red, Amber, Green, Blue };
// The special cause built into the series (see the header for where each one sits).
enum class Special { None, Run, Trend, OutsideLimits };

constexpr int kRunLength = 8;
constexpr int kTrendLength = 7;
constexpr int kOutsideFromEnd = 5; // the outlier sits this many periods before the latest, inclusive

// One indicator as a partnership would define it, with the shape of its made-up history.
struct Template
{
    Template(const char *c, const char *t, Unit u, Polarity p, Frequency f, bool s)
        : code(c), title(t), unit(u), polarity(p), frequency(f), statutory(s)
    {
    }

    Template &about(const char *def, const char *src)
    {
        definition = def;
        source = src;
        return *this;
    }
    // The target for the current financial year, how much easier it was each year before, and
    // the rating the latest period is to have.
    Template &aim(double current, double easierEachYear, Design d)
    {
        target = current;
        targetStep = easierEachYear;
        design = d;
        return *this;
    }
    // The level four years ago, the level now, the period-to-period noise and, for a percentage
    // of a count, the usual size of the count.
    Template &shape(double from, double to, double sd, double den = 0)
    {
        startLevel = from;
        level = to;
        noise = sd;
        denominator = den;
        return *this;
    }
    Template &bench(double nationalNow, double regionalOffset, double neighboursOffset)
    {
        national = nationalNow;
        regional = regionalOffset;
        neighbours = neighboursOffset;
        return *this;
    }
    Template &by(const char *ownerWords, const char *teamName)
    {
        owner = ownerWords;
        team = teamName;
        return *this;
    }
    Template &notes(const char *up1, const char *up2, const char *down1, const char *down2)
    {
        up = {up1, up2};
        down = {down1, down2};
        return *this;
    }
    Template &cause(Special s, const char *first, const char *last)
    {
        special = s;
        specialFirst = first;
        specialLast = last;
        return *this;
    }
    Template &seasonalVolume()
    {
        seasonal = true;
        return *this;
    }
    // A timeliness measure of casework: the house commentary about backlogs, sickness and late
    // recording fits it.
    Template &casework()
    {
        process = true;
        return *this;
    }
    Template &atMost(double cap)
    {
        maxValue = cap;
        return *this;
    }

    const char *code;
    const char *title;
    Unit unit;
    Polarity polarity;
    Frequency frequency;
    bool statutory;
    const char *definition = "";
    const char *source = "";
    double target = kNone;
    double targetStep = 0;
    Design design = Design::Natural;
    double startLevel = 0;
    double level = 0;
    double noise = 1;
    double denominator = 0;
    double maxValue = kNone;
    bool seasonal = false;
    bool process = false;
    double national = kNone;
    double regional = 0;
    double neighbours = 0;
    const char *owner = ""; // words, separated by '|', to find the owning agency by name
    const char *team = "the service";
    std::array<const char *, 2> up = {nullptr, nullptr};   // when the value rises
    std::array<const char *, 2> down = {nullptr, nullptr}; // when it falls
    Special special = Special::None;
    const char *specialFirst = nullptr;
    const char *specialLast = nullptr;
};

// The small demo's indicators, in the order the demo lists them.
const std::vector<Template> &templates();

} // namespace assure::demo
