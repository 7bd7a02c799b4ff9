// SPDX-License-Identifier: GPL-3.0-or-later
#include "NiceAxis.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace steward::ui {

void setNiceRange(QValueAxis *axis, double low, double high, double minStep, int maxTicks)
{
    if (high < low)
        std::swap(low, high);
    const double span = std::max(high - low, minStep);
    const double raw = std::max(span / std::max(1, maxTicks - 1), minStep);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= raw - 1e-9) {
            step = f * magnitude;
            break;
        }
    }
    const double from = std::floor(low / step + 1e-9) * step;
    double to = std::ceil(high / step - 1e-9) * step;
    if (to <= from)
        to = from + step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(from);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setRange(from, to);
}

} // namespace steward::ui
