// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward::bench {

// A count or a time given on the command line: a whole number from 1 to max. *out is set only
// when it is one.
inline bool positiveNumber(const QString &text, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 1 || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace steward::bench
