// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;
class QPalette;

namespace steward::ui {

// Light or dark, as the desktop prefers. Qt 6.4 has no colour-scheme API on Linux, so the
// preference is read where desktops publish it (GNOME's color-scheme, a GTK theme named dark),
// and a dark palette on Fusion is applied when the platform's own palette is still light.
enum class ThemeChoice { System, Light, Dark };

ThemeChoice themeChoiceFromName(const QString &name); // "system", "light", "dark"; System if unknown
bool desktopPrefersDark();
bool isDark(const QPalette &palette);
QPalette darkPalette();
// Returns whether the console ends up dark.
bool applyTheme(QApplication &app, ThemeChoice choice);

} // namespace steward::ui
