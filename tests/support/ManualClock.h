// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

// The clock every test turns by hand: rounds close, tokens expire and weeks pass without
// waiting. `now` is milliseconds since the epoch; set it or add to it.
class ManualClock final : public steward::Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : now(startMs) {}
    qint64 nowMs() const override { return now; }
    qint64 seconds() const { return now / 1000; }
    void advanceSeconds(qint64 s) { now += s * 1000; }

    qint64 now;
};
