// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace steward::ui {

// Each Beer Game role's colour, the same on the console's charts, in the debrief PDF and on the
// web client (ROLE_COLORS in resources/web/common.js, --retailer.. in style.css): the
// Okabe–Ito colours, told apart with the common colour-vision deficiencies too. Retailer,
// wholesaler, distributor, factory; tst_theme checks that the three places agree.
QColor roleColour(int role);

} // namespace steward::ui
