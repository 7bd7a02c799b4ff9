// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace steward::ui {

// What never changes about a Sovereign Lines map, worked out once from the view's `map`
// (docs/games/territory.md): each region's outline and label point, the edges two regions
// share, and the coast. Hexes are pointy-topped in rows offset every other one ("odd-r"), as
// resources/web/sovereign/map.js draws them; a hex's corner is 1 from its centre, in map units.
class SovereignMapGeometry
{
public:
    struct Region
    {
        QString terrain;
        int hexes = 0;
        int q = 0; // the hex its label goes on
        int r = 0;
        QList<int> neighbours;
        QPainterPath outline; // every loop of its border; holes by the odd-even rule
        QPointF label;
        bool land() const { return terrain != QLatin1String("water"); }
    };
    // A hex edge between two regions (a < b).
    struct SharedEdge
    {
        int a = 0;
        int b = 0;
        QLineF line;
    };

    SovereignMapGeometry() = default;
    explicit SovereignMapGeometry(const QJsonObject &map);

    bool isEmpty() const { return m_regions.empty(); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    // The map's extent in map units, from (0, 0).
    QSizeF size() const;
    const std::vector<Region> &regions() const { return m_regions; }
    const Region *region(int id) const;
    // The region of hex (col, row); -1 off the map.
    int regionOf(int col, int row) const;
    const std::vector<SharedEdge> &sharedEdges() const { return m_shared; }
    // Land against water or the map's edge.
    const QList<QLineF> &coast() const { return m_coast; }

    static QPointF hexCentre(int col, int row);

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<int> m_hexRegion;
    std::vector<Region> m_regions;
    std::vector<SharedEdge> m_shared;
    QList<QLineF> m_coast;
};

} // namespace steward::ui
