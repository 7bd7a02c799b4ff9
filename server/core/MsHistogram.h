// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace steward {

// Times in milliseconds as Prometheus keeps a histogram: how many, their sum, and how many at or
// below each bound. The bounds suit work a real-time game does many times a second (a tick, a
// push of its views), from a tenth of a millisecond to a tenth of a second.
struct MsHistogram
{
    static constexpr std::array<double, 10> Buckets{0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100};
    qint64 count = 0;
    double sumMs = 0;
    std::array<qint64, Buckets.size()> atOrBelow{};

    void add(double ms)
    {
        ++count;
        sumMs += ms;
        for (std::size_t i = 0; i < Buckets.size(); ++i)
            atOrBelow[i] += ms <= Buckets[i];
    }
};

} // namespace steward
