// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MsHistogram.h"

namespace steward {

// How long real-time games' ticks take on the host, per kind: a histogram of the time one
// tick() took, and the ticks that ran late (a timer turn that had to run more than one tick to
// catch up). GET /metrics shows them (steward_tick_ms, steward_ticks_late_total).
struct TickStats : MsHistogram
{
    qint64 late = 0;
};

} // namespace steward
