// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward::ui {

// A host's timestamp (ms since the epoch) in local time, to the second, the same width on every
// row so a column of them lines up; empty for none.
QString timeText(qint64 ms);
// The same moment for a file: ISO 8601 with the offset from UTC, which spreadsheets read.
QString isoTimeText(qint64 ms);

} // namespace steward::ui
