// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignSwatch.h"

#include "SovereignPalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace steward::ui {

QIcon sovereignSwatch(int colour)
{
    static QHash<int, QIcon> made; // the GUI thread's alone
    if (const auto it = made.constFind(colour); it != made.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QColor(0x11, 0x16, 0x1c));
    p.setBrush(sovereignPalette::fill(colour));
    p.drawRect(QRect(1, 1, 13, 13));
    p.end();
    return *made.insert(colour, QIcon(pixmap));
}

} // namespace steward::ui
