// SplitMix64, the random generator that case sampling draws with: defined here, so a seed gives
// the same numbers on any machine, compiler, standard library and later version of Assure.
#pragma once

#include <QtGlobal>

namespace assure {

// Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014), as
// published with java.util.SplittableRandom and in Vigna's splitmix64.c: a 64-bit state that
// grows by the golden-ratio constant each step, then a mixing function of two xor-shift-multiply
// rounds. All arithmetic is on unsigned 64-bit integers, modulo 2^64. Not for secrets; it is
// for draws anyone can repeat. std::mt19937 would give the same numbers everywhere too, but the
// std:: distributions over it do not (each standard library maps numbers to a range its own way),
// and the mapping below is part of what Assure promises.
class SplitMix64 final
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // A whole number from 0 to bound - 1, each equally likely (bound > 0). Numbers below
    // 2^64 mod bound are drawn again, so that what is left is a whole number of runs of bound and
    // the remainder is unbiased (the method of OpenBSD's arc4random_uniform).
    quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound; // 2^64 mod bound
        for (;;) {
            const quint64 x = next();
            if (x >= threshold)
                return x % bound;
        }
    }

private:
    quint64 m_state;
};

} // namespace assure
