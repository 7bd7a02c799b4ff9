// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace steward::ui {

// A small square of a player's colour (pattern included) for tables and legends.
QIcon sovereignSwatch(int colour);

} // namespace steward::ui
