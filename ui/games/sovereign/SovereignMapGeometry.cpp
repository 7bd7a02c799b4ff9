// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignMapGeometry.h"

#include <QHash>
#include <QJsonArray>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
const double HalfWidth = std::sqrt(3.0) / 2; // half a hex's width, in map units

// Corners on a lattice of half a hex's width by half its side, so that the hexes around a corner
// name it by the same whole numbers and a region's border edges chain up exactly. From the upper
// right, clockwise; edge i joins corners i and i + 1.
constexpr std::array<int, 6> CornerX{1, 1, 0, -1, -1, 0};
constexpr std::array<int, 6> CornerY{-1, 1, 2, 1, -1, -2};

struct Corner
{
    int x = 0;
    int y = 0;
    bool operator==(const Corner &) const = default;
};

size_t qHash(const Corner &c, size_t seed = 0)
{
    return ::qHash((qint64(c.x) << 32) ^ quint32(c.y), seed);
}

Corner corner(int col, int row, int i)
{
    return {2 * col + (row & 1) + 1 + CornerX[std::size_t(i)], 3 * row + 2 + CornerY[std::size_t(i)]};
}

QPointF point(Corner c)
{
    return {c.x * HalfWidth, c.y * 0.5};
}

// The hex across edge i of (col, row): right, lower right, lower left, left, upper left, upper
// right (map.js's `across`).
std::pair<int, int> across(int col, int row, int i)
{
    const int odd = row & 1;
    switch (i) {
    case 0: return {col + 1, row};
    case 1: return {col + odd, row + 1};
    case 2: return {col - 1 + odd, row + 1};
    case 3: return {col - 1, row};
    case 4: return {col - 1 + odd, row - 1};
    default: return {col + odd, row - 1};
    }
}
} // namespace

QPointF SovereignMapGeometry::hexCentre(int col, int row)
{
    return {(2 * col + (row & 1) + 1) * HalfWidth, 1.5 * row + 1};
}

SovereignMapGeometry::SovereignMapGeometry(const QJsonObject &map)
    : m_width(map.value(u"width").toInt()), m_height(map.value(u"height").toInt())
{
    const QJsonArray regions = map.value(u"regions").toArray();
    const QJsonArray hexes = map.value(u"hexes").toArray();
    if (m_width <= 0 || m_height <= 0 || hexes.size() != qsizetype(m_width) * m_height || regions.isEmpty()) {
        m_width = m_height = 0;
        return;
    }
    for (const QJsonValue &v : regions) {
        const QJsonArray r = v.toArray();
        Region region{r.at(0).toString(), r.at(1).toInt(), r.at(2).toInt(), r.at(3).toInt(), {}, {}, {}};
        for (const QJsonValue &n : r.at(4).toArray())
            region.neighbours << n.toInt();
        region.label = hexCentre(region.q, region.r);
        m_regions.push_back(std::move(region));
    }
    m_hexRegion.reserve(std::size_t(hexes.size()));
    for (const QJsonValue &v : hexes)
        m_hexRegion.push_back(v.toInt());

    // Each region's border as directed edges, clockwise around its hexes; a corner starts one
    // border edge of a region at most, so following them closes every loop.
    std::vector<QHash<Corner, Corner>> borders(m_regions.size());
    for (int row = 0; row < m_height; ++row) {
        for (int col = 0; col < m_width; ++col) {
            const int id = regionOf(col, row);
            if (id < 0 || id >= int(m_regions.size()))
                continue;
            for (int i = 0; i < 6; ++i) {
                const auto [nc, nr] = across(col, row, i);
                const int other = regionOf(nc, nr);
                if (other == id)
                    continue;
                const Corner from = corner(col, row, i), to = corner(col, row, (i + 1) % 6);
                borders[std::size_t(id)].insert(from, to);
                const QLineF line(point(from), point(to));
                const bool otherLand = other >= 0 && other < int(m_regions.size()) && m_regions[std::size_t(other)].land();
                if (m_regions[std::size_t(id)].land() && !otherLand)
                    m_coast << line;
                else if (other > id)
                    m_shared.push_back({id, other, line});
            }
        }
    }
    for (std::size_t id = 0; id < m_regions.size(); ++id) {
        QHash<Corner, Corner> &edges = borders[id];
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        while (!edges.isEmpty()) {
            const Corner start = edges.begin().key();
            Corner at = start;
            path.moveTo(point(at));
            do {
                const Corner next = edges.take(at);
                path.lineTo(point(next));
                at = next;
            } while (at != start && edges.contains(at));
            path.closeSubpath();
        }
        m_regions[id].outline = path;
    }
}

QSizeF SovereignMapGeometry::size() const
{
    return {(2 * m_width + 1) * HalfWidth, 1.5 * (m_height - 1) + 2};
}

const SovereignMapGeometry::Region *SovereignMapGeometry::region(int id) const
{
    return id >= 0 && id < int(m_regions.size()) ? &m_regions[std::size_t(id)] : nullptr;
}

int SovereignMapGeometry::regionOf(int col, int row) const
{
    if (col < 0 || row < 0 || col >= m_width || row >= m_height)
        return -1;
    return m_hexRegion[std::size_t(row) * std::size_t(m_width) + std::size_t(col)];
}

} // namespace steward::ui
