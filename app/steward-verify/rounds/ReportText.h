// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundReport.h"

#include <QList>
#include <QString>

namespace steward::verify {

// steward-verify's human output: a heading per round, one line per check (✓ passed, ✗ failed,
// – skipped, ? could not be checked), the round's notices, and a last line for the whole run.
QString roundText(const RoundReport &report);
QString summaryText(const QList<RoundReport> &reports);

} // namespace steward::verify
