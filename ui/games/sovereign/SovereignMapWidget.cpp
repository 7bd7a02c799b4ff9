// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignMapWidget.h"

#include "SovereignPalette.h"

#include <QHelpEvent>
#include <QJsonArray>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr double MarginPx = 6;
// Below this corner radius a troop number would not be read from a chair: the colours say enough.
constexpr double SmallestNumberRadiusPx = 6.5;
const QColor Ink(0x11, 0x16, 0x1c);
const QColor NeutralInk(0x4a, 0x4f, 0x45);

// Milliseconds a march takes into a region of this terrain (docs/games/territory.md).
int travelMs(const QString &terrain)
{
    if (terrain == u"forest")
        return 1500;
    if (terrain == u"hills")
        return 2000;
    if (terrain == u"mountains")
        return 3000;
    return 1000;
}

QString terrainName(const QString &terrain)
{
    if (terrain == u"plains")
        return SovereignMapWidget::tr("plains");
    if (terrain == u"forest")
        return SovereignMapWidget::tr("forest");
    if (terrain == u"hills")
        return SovereignMapWidget::tr("hills");
    if (terrain == u"mountains")
        return SovereignMapWidget::tr("mountains");
    if (terrain == u"water")
        return SovereignMapWidget::tr("water");
    return terrain;
}

// An arrow's head at `tip`, pointing along `line`.
QPolygonF arrowHead(const QLineF &line, const QPointF &tip, double size)
{
    QLineF back(tip, tip - (line.p2() - line.p1()));
    back.setLength(size);
    QLineF left = back, right = back;
    left.setAngle(back.angle() + 28);
    right.setAngle(back.angle() - 28);
    return QPolygonF{tip, left.p2(), right.p2()};
}
} // namespace

SovereignMapWidget::SovereignMapWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("The match's map"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize SovereignMapWidget::sizeHint() const
{
    return {720, 480};
}

QSize SovereignMapWidget::minimumSizeHint() const
{
    return {240, 160};
}

void SovereignMapWidget::setView(const QJsonObject &view)
{
    const QJsonObject map = view.value(u"map").toObject();
    // The map never changes within a match; a view of another game brings another.
    const QString key = u"%1/%2x%3/%4"_s.arg(view.value(u"gameId").toString())
                            .arg(map.value(u"width").toInt())
                            .arg(map.value(u"height").toInt())
                            .arg(map.value(u"regions").toArray().size());
    if (key != m_mapKey && !map.isEmpty()) {
        m_mapKey = key;
        m_geometry = SovereignMapGeometry(map);
        fit();
    }
    m_phase = view.value(u"phase").toString();
    m_tick = view.value(u"tick").toInteger();
    m_tickMs = std::max(1, view.value(u"tickMs").toInt(50));

    const std::size_t regionCount = m_geometry.regions().size();
    m_owners.assign(regionCount, -1);
    m_troops.assign(regionCount, 0);
    const QJsonObject regions = view.value(u"regions").toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const int id = it.key().toInt();
        if (id < 0 || std::size_t(id) >= regionCount)
            continue;
        const QJsonArray r = it.value().toArray();
        m_owners[std::size_t(id)] = r.at(0).toInt(-1);
        m_troops[std::size_t(id)] = r.at(1).toInt();
    }
    m_players.clear();
    const QJsonObject players = view.value(u"players").toObject();
    for (auto it = players.begin(); it != players.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        m_players.insert(it.key().toInt(), {p.value(u"name").toString(), p.value(u"colour").toInt(),
                                            p.value(u"start").toInt(-1)});
    }
    m_marches.clear();
    const QJsonObject marches = view.value(u"marches").toObject();
    for (auto it = marches.begin(); it != marches.end(); ++it) {
        const QJsonArray m = it.value().toArray();
        m_marches.push_back({m.at(0).toInt(), m.at(1).toInt(), m.at(2).toInt(), m.at(3).toInt(), m.at(4).toInteger(),
                             m.at(5).toBool()});
    }
    update();
}

void SovereignMapWidget::resizeEvent(QResizeEvent *)
{
    fit();
}

void SovereignMapWidget::fit()
{
    m_outlines.clear();
    if (m_geometry.isEmpty())
        return;
    const QSizeF world = m_geometry.size();
    const QRectF room = QRectF(rect()).adjusted(MarginPx, MarginPx, -MarginPx, -MarginPx);
    const double scale = std::max(0.01, std::min(room.width() / world.width(), room.height() / world.height()));
    const QPointF origin = room.center() - QPointF(world.width() * scale / 2, world.height() * scale / 2);
    m_toWidget = QTransform::fromTranslate(origin.x(), origin.y()).scale(scale, scale);
    m_outlines.reserve(m_geometry.regions().size());
    for (const SovereignMapGeometry::Region &r : m_geometry.regions())
        m_outlines.push_back(m_toWidget.map(r.outline));
}

QPointF SovereignMapWidget::hexCentre(int col, int row) const
{
    return m_toWidget.map(SovereignMapGeometry::hexCentre(col, row));
}

int SovereignMapWidget::regionAt(const QPointF &pos) const
{
    for (std::size_t i = 0; i < m_outlines.size(); ++i) {
        if (m_outlines[i].contains(pos))
            return int(i);
    }
    return -1;
}

int SovereignMapWidget::ownerOf(int region) const
{
    return region >= 0 && std::size_t(region) < m_owners.size() ? m_owners[std::size_t(region)] : -1;
}

int SovereignMapWidget::colourOf(int player) const
{
    const auto it = m_players.constFind(player);
    return it == m_players.cend() ? -1 : it->colour;
}

void SovereignMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_geometry.isEmpty() || m_outlines.empty())
        return;
    paintRegions(p);
    p.setRenderHint(QPainter::Antialiasing);
    paintBorders(p);
    paintStarts(p);
    paintMarches(p);
    paintTroops(p);
}

void SovereignMapWidget::paintRegions(QPainter &p) const
{
    // Without antialiasing, neighbouring regions meet with no seam of the background between them.
    p.setPen(Qt::NoPen);
    const auto &regions = m_geometry.regions();
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const int colour = colourOf(ownerOf(int(i)));
        p.setBrush(colour >= 0 && regions[i].land() ? sovereignPalette::fill(colour)
                                                    : QBrush(sovereignPalette::terrain(regions[i].terrain)));
        p.drawPath(m_outlines[i]);
    }
}

void SovereignMapWidget::paintBorders(QPainter &p) const
{
    const double r = hexRadius();
    // Every region's edge, faintly; where two owners meet, a firm line, so a front reads at a glance.
    QVector<QLineF> faint, fronts;
    for (const SovereignMapGeometry::SharedEdge &e : m_geometry.sharedEdges()) {
        const QLineF line = m_toWidget.map(e.line);
        const int a = ownerOf(e.a), b = ownerOf(e.b);
        (a != b ? fronts : faint) << line;
    }
    QVector<QLineF> coast;
    for (const QLineF &l : m_geometry.coast())
        coast << m_toWidget.map(l);
    p.setPen(QPen(QColor(0, 0, 0, 40), std::max(0.6, r * 0.07)));
    p.drawLines(faint);
    p.setPen(QPen(QColor(0x45, 0x6b, 0x82), std::max(0.8, r * 0.1)));
    p.drawLines(coast);
    p.setPen(QPen(QColor(Ink.red(), Ink.green(), Ink.blue(), 190), std::max(1.2, r * 0.16), Qt::SolidLine, Qt::RoundCap));
    p.drawLines(fronts);
}

void SovereignMapWidget::paintStarts(QPainter &p) const
{
    // In the lobby, the starts players picked, in their colours: the land they will begin on.
    if (m_phase != u"lobby")
        return;
    for (auto it = m_players.cbegin(); it != m_players.cend(); ++it) {
        const SovereignMapGeometry::Region *region = m_geometry.region(it->start);
        if (!region)
            continue;
        QColor fill = sovereignPalette::hue(it->colour);
        fill.setAlphaF(0.55);
        p.setBrush(fill);
        p.setPen(QPen(sovereignPalette::hue(it->colour), std::max(1.5, hexRadius() * 0.25)));
        p.drawPath(m_outlines[std::size_t(it->start)]);
    }
}

void SovereignMapWidget::paintMarches(QPainter &p) const
{
    const double r = hexRadius();
    const double width = std::max(1.5, r * 0.2);
    QFont font = this->font();
    font.setPixelSize(int(std::clamp(r * 0.7, 8.0, 14.0)));
    font.setWeight(QFont::Bold);
    p.setFont(font);
    for (const March &m : m_marches) {
        const SovereignMapGeometry::Region *from = m_geometry.region(m.from);
        const SovereignMapGeometry::Region *to = m_geometry.region(m.to);
        if (!from || !to)
            continue;
        QLineF line(m_toWidget.map(from->label), m_toWidget.map(to->label));
        if (line.length() < 1)
            continue;
        // From just outside the label to just before the target's, so numbers stay readable.
        const double trim = std::min(r * 0.45, line.length() / 5);
        const QPointF unit = (line.p2() - line.p1()) / line.length();
        line = QLineF(line.p1() + unit * trim, line.p2() - unit * trim);
        const int colour = colourOf(m.owner);
        const QColor hue = sovereignPalette::hue(std::max(0, colour));
        // An edge against the colour under it, so the arrow shows over its own land too; a move
        // is dashed.
        const QColor edge = sovereignPalette::darkInk(colour) ? Ink : QColor(Qt::white);
        const Qt::PenStyle style = m.attack ? Qt::SolidLine : Qt::DashLine;
        p.setPen(QPen(edge, width + 2, style, Qt::RoundCap));
        p.drawLine(line);
        p.setPen(QPen(hue, width, style, Qt::RoundCap));
        p.drawLine(line);

        // The troops on their way, where they are now (the head stays clear of them).
        const qint64 travel = std::max<qint64>(1, (travelMs(to->terrain) + m_tickMs - 1) / m_tickMs);
        const double done = std::clamp(1.0 - double(m.arrivesAtTick - m_tick) / double(travel), 0.0, 1.0);
        if (r >= SmallestNumberRadiusPx) {
            const QString text = QString::number(m.troops);
            const QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-3, -1, 3, 1);
            QRectF badge(QPointF(), box.size());
            badge.moveCenter(line.pointAt(0.1 + 0.55 * done));
            p.setPen(QPen(edge, 1));
            p.setBrush(hue);
            p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            p.setPen(sovereignPalette::darkInk(colour) ? Ink : QColor(Qt::white));
            p.drawText(badge, Qt::AlignCenter, text);
        }
        p.setPen(QPen(edge, 1.2));
        p.setBrush(hue);
        p.drawPolygon(arrowHead(line, line.p2(), std::max(7.0, r * 0.8)));
    }
}

void SovereignMapWidget::paintTroops(QPainter &p) const
{
    const double r = hexRadius();
    if (r < SmallestNumberRadiusPx)
        return;
    QFont font = this->font();
    font.setPixelSize(int(std::clamp(r * 0.85, 8.0, 18.0)));
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    const auto &regions = m_geometry.regions();
    for (std::size_t i = 0; i < regions.size(); ++i) {
        if (!regions[i].land())
            continue;
        const int colour = colourOf(m_owners[i]);
        p.setPen(colour < 0 ? NeutralInk : sovereignPalette::darkInk(colour) ? Ink : QColor(Qt::white));
        const QPointF at = m_toWidget.map(regions[i].label);
        const QRectF box(at.x() - r * 1.5, at.y() - r, r * 3, r * 2);
        p.drawText(box, Qt::AlignCenter, QString::number(m_troops[i]));
    }
}

bool SovereignMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString SovereignMapWidget::tooltipAt(const QPointF &pos) const
{
    const int id = regionAt(pos);
    const SovereignMapGeometry::Region *region = m_geometry.region(id);
    if (!region)
        return {};
    if (!region->land())
        return tr("Region %1: water").arg(id);
    const int owner = ownerOf(id);
    const QString who = owner < 0 ? tr("neutral") : m_players.value(owner).name;
    return tr("Region %1: %2, %n hexes; %3, %4 troops", nullptr, region->hexes)
        .arg(id)
        .arg(terrainName(region->terrain), who)
        .arg(m_troops[std::size_t(id)]);
}

} // namespace steward::ui
