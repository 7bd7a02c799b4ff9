// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace steward::sovereign {

// The match's only source of chance (map, starts, combat luck, bots): SplitMix64, whose whole
// state is one number, so a snapshot carries it and a replay from the seed draws the same
// values on every machine. Integer arithmetic only.
class SovereignRandom
{
public:
    explicit SovereignRandom(quint64 seed = 0) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A whole number in [0, n), n > 0 (the high bits of a 64 × 32-bit product; the bias is
    // below 2^-32 for the small n the rules use).
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    // A whole number in [min, max].
    int between(int min, int max) { return min + below(max - min + 1); }

    quint64 state() const { return m_state; }
    void setState(quint64 state) { m_state = state; }

private:
    quint64 m_state;
};

} // namespace steward::sovereign
