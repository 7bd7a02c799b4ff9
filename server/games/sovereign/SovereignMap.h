// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SovereignRules.h"

#include <QJsonObject>
#include <QList>

#include <vector>

namespace steward::sovereign {

// One region of the map: a patch of hexes with one terrain. Its neighbours are the land
// regions it shares a hex edge with (water borders nothing: it is never entered).
struct Region
{
    int id = 0;
    rules::Terrain terrain = rules::Terrain::Plains;
    int hexes = 0;
    int q = 0; // the hex it grew from (column, row): where its label goes
    int r = 0;
    QList<int> neighbours; // ascending
};

// The match's map, generated from a seed and never changed: a W × H grid of hexes (rows
// offset every other one, "odd-r") grown into regions from seeded centres; the lowest regions
// become water, as long as every land region stays reachable from every other, and the rest
// take their terrain by height. The same seed and size always give the same map.
class SovereignMap
{
public:
    struct Size
    {
        QString name;
        int width = 0;
        int height = 0;
        int regions = 0;
        int maxSlots = 0;
    };
    static QList<Size> sizes();
    static std::optional<Size> size(const QString &name);

    static SovereignMap generate(const Size &size, quint64 seed);

    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::vector<Region> &regions() const { return m_regions; }
    const Region &region(int id) const { return m_regions[std::size_t(id)]; }
    bool isLand(int id) const;
    bool borders(int a, int b) const;
    int landRegionCount() const { return m_landRegions; }
    // The region each hex belongs to, row by row.
    const std::vector<int> &hexRegions() const { return m_hexRegion; }

    // For views: {width, height, hexes: [region per hex], regions: [[terrain, hexes, q, r, [neighbours]]]}.
    QJsonObject toJson() const;

private:
    int m_width = 0;
    int m_height = 0;
    int m_landRegions = 0;
    std::vector<int> m_hexRegion;
    std::vector<Region> m_regions;
};

} // namespace steward::sovereign
