// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QValueAxis;

namespace steward::ui {

// Sets `axis` from about `low` to `high` with labelled ticks 1, 2 or 5 × 10ⁿ apart, never
// closer than `minStep` (1 for round numbers and counts, so that four of them do not read
// "1, 1, 2, 3, 4"), and at most `maxTicks` of them. The range is widened to whole steps.
void setNiceRange(QValueAxis *axis, double low, double high, double minStep, int maxTicks = 6);

} // namespace steward::ui
