// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignPalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::ui::sovereignPalette {

namespace {
// The eight of Okabe and Ito (their black softened, so troop numbers stay readable on it) and
// four of Paul Tol's; the order of palette.js's HUES.
const std::array<QColor, HueCount> Hues{
    QColor(0x00, 0x72, 0xb2), // blue
    QColor(0xe6, 0x9f, 0x00), // orange
    QColor(0x00, 0x9e, 0x73), // bluish green
    QColor(0xcc, 0x79, 0xa7), // reddish purple
    QColor(0x56, 0xb4, 0xe9), // sky blue
    QColor(0xd5, 0x5e, 0x00), // vermillion
    QColor(0xf0, 0xe4, 0x42), // yellow
    QColor(0x33, 0x22, 0x88), // indigo
    QColor(0x88, 0x22, 0x55), // wine
    QColor(0x44, 0xaa, 0x99), // teal
    QColor(0x99, 0x99, 0x33), // olive
    QColor(0x3a, 0x3a, 0x3a), // near black
};

// The patterns of the groups of twelve, as palette.js's PATTERNS: none for 0–11, then one each.
enum class Pattern { Solid, Stripes, Dots, Checks, Cross, Rings, Bars, Zigzag, Grid };
constexpr int PatternCount = 9;
constexpr int TileSize = 12; // pixels, as the web client's tiles

int wrapped(int colour)
{
    return ((colour % HueCount) + HueCount) % HueCount;
}

Pattern patternOf(int colour)
{
    return Pattern((std::max(0, colour) / HueCount) % PatternCount);
}

double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// One tile of the hue with its pattern's marks, in a light or dark ink as palette.js draws them.
QPixmap tile(int colour)
{
    QPixmap pixmap(TileSize, TileSize);
    pixmap.fill(hue(colour));
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = darkInk(colour) ? QColor(0, 0, 0, 115) : QColor(255, 255, 255, 153);
    const double s = TileSize;
    p.setPen(QPen(ink, std::max(1.0, s / 8)));
    p.setBrush(Qt::NoBrush);
    switch (patternOf(colour)) {
    case Pattern::Stripes:
        p.drawLine(QPointF(-s / 2, s / 2), QPointF(s / 2, -s / 2));
        p.drawLine(QPointF(0, s), QPointF(s, 0));
        p.drawLine(QPointF(s / 2, s * 1.5), QPointF(s * 1.5, s / 2));
        break;
    case Pattern::Dots:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(s / 4, s / 4), s / 7, s / 7);
        p.drawEllipse(QPointF(s * 3 / 4, s * 3 / 4), s / 7, s / 7);
        break;
    case Pattern::Checks:
        p.fillRect(QRectF(0, 0, s / 2, s / 2), ink);
        p.fillRect(QRectF(s / 2, s / 2, s / 2, s / 2), ink);
        break;
    case Pattern::Cross:
        p.drawLine(QPointF(0, 0), QPointF(s, s));
        p.drawLine(QPointF(s, 0), QPointF(0, s));
        break;
    case Pattern::Rings:
        p.drawEllipse(QPointF(s / 2, s / 2), s / 3.2, s / 3.2);
        break;
    case Pattern::Bars:
        p.fillRect(QRectF(0, 0, s, s / 3), ink);
        break;
    case Pattern::Zigzag:
        p.drawPolyline(QPolygonF{QPointF(0, s * 0.7), QPointF(s / 2, s * 0.3), QPointF(s, s * 0.7)});
        break;
    case Pattern::Grid:
        p.drawLine(QPointF(s / 2, 0), QPointF(s / 2, s));
        p.drawLine(QPointF(0, s / 2), QPointF(s, s / 2));
        break;
    case Pattern::Solid:
        break;
    }
    return pixmap;
}
} // namespace

QColor hue(int colour)
{
    return Hues[std::size_t(wrapped(colour))];
}

QBrush fill(int colour)
{
    if (patternOf(colour) == Pattern::Solid)
        return QBrush(hue(colour));
    static QHash<int, QBrush> tiles; // made once a colour; the GUI thread's alone
    const auto it = tiles.constFind(colour);
    return it != tiles.cend() ? *it : *tiles.insert(colour, QBrush(tile(colour)));
}

bool darkInk(int colour)
{
    return luminance(hue(colour)) > 0.36;
}

QColor terrain(const QString &name)
{
    if (name == u"plains")
        return QColor(0xed, 0xeb, 0xd3);
    if (name == u"forest")
        return QColor(0xc5, 0xd9, 0xb1);
    if (name == u"hills")
        return QColor(0xe2, 0xcf, 0xa6);
    if (name == u"mountains")
        return QColor(0xc8, 0xc3, 0xbc);
    return QColor(0xbc, 0xd7, 0xe8); // water
}

} // namespace steward::ui::sovereignPalette
