// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace steward {

// How long real-time games' ticks take on the host, per kind: a histogram of the time one
// tick() took, in milliseconds, and the ticks that ran late (a timer turn that had to run more
// than one tick to catch up). GET /metrics shows them (steward_tick_ms, steward_ticks_late_total).
struct TickStats
{
    static constexpr std::array<double, 10> Buckets{0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100};
    qint64 ticks = 0;
    qint64 late = 0;
    double sumMs = 0;
    std::array<qint64, Buckets.size()> atOrBelow{};

    void add(double ms)
    {
        ++ticks;
        sumMs += ms;
        for (std::size_t i = 0; i < Buckets.size(); ++i)
            atOrBelow[i] += ms <= Buckets[i];
    }
};

} // namespace steward
