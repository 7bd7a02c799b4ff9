// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

// Sends Qt's log messages to stderr and appends them, time-stamped, to `path`.
bool installLogFile(const QString &path);

} // namespace steward
