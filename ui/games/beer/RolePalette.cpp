// SPDX-License-Identifier: GPL-3.0-or-later
#include "RolePalette.h"

#include <array>

namespace steward::ui {

QColor roleColour(int role)
{
    static const std::array<QColor, 4> Colours{QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                               QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7)};
    return role >= 0 && role < int(Colours.size()) ? Colours[size_t(role)] : QColor(Qt::gray);
}

} // namespace steward::ui
