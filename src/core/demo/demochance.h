// The demo's one source of chance: a seeded generator and the draws the demo makes from it.
#pragma once

#include "core/demo/demoindicatortemplates.h"

#include <QRandomGenerator>

#include <cmath>

namespace assure::demo {

// Every draw comes from here, in a fixed order, so the same seed gives the same demo.
class Chance
{
public:
    explicit Chance(quint32 seed) : m_rng(seed) {}

    double uniform() { return m_rng.generateDouble(); }
    double normal()
    {
        const double u1 = 1.0 - m_rng.generateDouble(); // (0, 1]
        const double u2 = m_rng.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    int below(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    bool oneIn(double probability) { return uniform() < probability; }

private:
    QRandomGenerator m_rng;
};

} // namespace assure::demo
