// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QString>

namespace steward::ui {

// Sovereign Lines' colours in the console, the same as the players' pages
// (resources/web/sovereign/palette.js), so the projector and the console agree on who is who.
// A player's colour number (players[n].colour in the view) picks one of twelve hues that
// colour-blind players can tell apart; each further group of twelve numbers adds a pattern over
// the hue, so a hundred players are still one each.
namespace sovereignPalette {

inline constexpr int HueCount = 12;

// The hue of colour number `colour` (its pattern aside).
QColor hue(int colour);
// What a region of this colour is filled with: the hue, with its group's pattern past the first
// twelve.
QBrush fill(int colour);
// Whether text on this colour reads better dark than light.
bool darkInk(int colour);
// Neutral land by terrain ("plains", "forest", "hills", "mountains", "water"): pale, so every
// player's colour stands out against it.
QColor terrain(const QString &name);

} // namespace sovereignPalette
} // namespace steward::ui
