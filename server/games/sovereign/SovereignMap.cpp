// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignMap.h"

#include "SovereignRandom.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

using namespace Qt::StringLiterals;

namespace steward::sovereign {

using rules::Terrain;

namespace {

// The six hexes around (q, r) in odd-r offset rows, in a fixed order.
void hexNeighbours(int q, int r, int width, int height, std::vector<int> &out)
{
    static constexpr int even[6][2] = {{1, 0}, {-1, 0}, {0, -1}, {-1, -1}, {0, 1}, {-1, 1}};
    static constexpr int odd[6][2] = {{1, 0}, {-1, 0}, {1, -1}, {0, -1}, {1, 1}, {0, 1}};
    out.clear();
    const auto &d = (r & 1) ? odd : even;
    for (const auto &step : d) {
        const int nq = q + step[0], nr = r + step[1];
        if (nq >= 0 && nq < width && nr >= 0 && nr < height)
            out.push_back(nr * width + nq);
    }
}

int hexDistance(int q1, int r1, int q2, int r2)
{
    // odd-r offset to cube coordinates
    const int x1 = q1 - (r1 - (r1 & 1)) / 2, z1 = r1;
    const int x2 = q2 - (r2 - (r2 & 1)) / 2, z2 = r2;
    const int y1 = -x1 - z1, y2 = -x2 - z2;
    return std::max({std::abs(x1 - x2), std::abs(y1 - y2), std::abs(z1 - z2)});
}

// Height per hex, 0–999: seeded values on a coarse lattice, blended between lattice points.
std::vector<int> heights(int width, int height, SovereignRandom &rng)
{
    constexpr int Step = 6;
    const int lw = width / Step + 2, lh = height / Step + 2;
    std::vector<int> lattice(std::size_t(lw * lh));
    for (int &v : lattice)
        v = rng.below(1000);
    std::vector<int> out(std::size_t(width * height));
    for (int r = 0; r < height; ++r) {
        for (int q = 0; q < width; ++q) {
            const int lx = q / Step, ly = r / Step, fx = q % Step, fy = r % Step;
            const auto at = [&](int x, int y) { return lattice[std::size_t(y * lw + x)]; };
            const int top = at(lx, ly) * (Step - fx) + at(lx + 1, ly) * fx;
            const int bottom = at(lx, ly + 1) * (Step - fx) + at(lx + 1, ly + 1) * fx;
            out[std::size_t(r * width + q)] = (top * (Step - fy) + bottom * fy) / (Step * Step);
        }
    }
    return out;
}

} // namespace

QList<SovereignMap::Size> SovereignMap::sizes()
{
    return {{u"small"_s, 24, 16, 40, 8},
            {u"medium"_s, 40, 26, 110, 24},
            {u"large"_s, 60, 40, 260, 60},
            {u"huge"_s, 80, 52, 440, 100}};
}

std::optional<SovereignMap::Size> SovereignMap::size(const QString &name)
{
    for (const Size &s : sizes()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

bool SovereignMap::isLand(int id) const
{
    return id >= 0 && id < int(m_regions.size()) && m_regions[std::size_t(id)].terrain != Terrain::Water;
}

bool SovereignMap::borders(int a, int b) const
{
    if (!isLand(a) || !isLand(b))
        return false;
    const QList<int> &n = m_regions[std::size_t(a)].neighbours;
    return std::binary_search(n.cbegin(), n.cend(), b);
}

SovereignMap SovereignMap::generate(const Size &size, quint64 seed)
{
    SovereignMap map;
    map.m_width = size.width;
    map.m_height = size.height;
    const int hexCount = size.width * size.height;
    SovereignRandom rng(seed);
    const std::vector<int> height = heights(size.width, size.height, rng);

    // Centres: random hexes kept apart, then any free hex if the map is crowded.
    std::vector<int> centres;
    const int apart = std::max(2, int(0.6 * std::sqrt(double(hexCount) / size.regions)));
    std::vector<char> isCentre(std::size_t(hexCount), 0);
    for (int attempt = 0; int(centres.size()) < size.regions && attempt < size.regions * 40; ++attempt) {
        const int h = rng.below(hexCount);
        const int q = h % size.width, r = h / size.width;
        const bool farEnough = std::none_of(centres.cbegin(), centres.cend(), [&](int c) {
            return hexDistance(q, r, c % size.width, c / size.width) < apart;
        });
        if (!isCentre[std::size_t(h)] && farEnough) {
            centres.push_back(h);
            isCentre[std::size_t(h)] = 1;
        }
    }
    for (int h = 0; int(centres.size()) < size.regions && h < hexCount; ++h) {
        if (!isCentre[std::size_t(h)]) {
            centres.push_back(h);
            isCentre[std::size_t(h)] = 1;
        }
    }

    // Grow every region at once, breadth first, in the centres' order.
    map.m_hexRegion.assign(std::size_t(hexCount), -1);
    std::deque<int> frontier;
    map.m_regions.resize(centres.size());
    for (std::size_t i = 0; i < centres.size(); ++i) {
        map.m_hexRegion[std::size_t(centres[i])] = int(i);
        frontier.push_back(centres[i]);
        Region &region = map.m_regions[i];
        region.id = int(i);
        region.q = centres[i] % size.width;
        region.r = centres[i] / size.width;
    }
    std::vector<int> around;
    while (!frontier.empty()) {
        const int h = frontier.front();
        frontier.pop_front();
        hexNeighbours(h % size.width, h / size.width, size.width, size.height, around);
        for (int n : around) {
            if (map.m_hexRegion[std::size_t(n)] < 0) {
                map.m_hexRegion[std::size_t(n)] = map.m_hexRegion[std::size_t(h)];
                frontier.push_back(n);
            }
        }
    }

    // Sizes, heights and borders.
    const std::size_t regionCount = map.m_regions.size();
    std::vector<qint64> heightSum(regionCount, 0);
    std::vector<std::vector<int>> borders(regionCount);
    for (int h = 0; h < hexCount; ++h) {
        const int id = map.m_hexRegion[std::size_t(h)];
        ++map.m_regions[std::size_t(id)].hexes;
        heightSum[std::size_t(id)] += height[std::size_t(h)];
        hexNeighbours(h % size.width, h / size.width, size.width, size.height, around);
        for (int n : around) {
            const int other = map.m_hexRegion[std::size_t(n)];
            if (other != id)
                borders[std::size_t(id)].push_back(other);
        }
    }
    for (auto &b : borders) {
        std::sort(b.begin(), b.end());
        b.erase(std::unique(b.begin(), b.end()), b.end());
    }
    std::vector<int> byHeight(regionCount);
    std::iota(byHeight.begin(), byHeight.end(), 0);
    const auto meanHeight = [&](int id) { return heightSum[std::size_t(id)] * 1000 / map.m_regions[std::size_t(id)].hexes; };
    std::stable_sort(byHeight.begin(), byHeight.end(), [&](int a, int b) { return meanHeight(a) < meanHeight(b); });

    // Water: the lowest 15 %, skipping a region whose flooding would cut the land in two.
    std::vector<char> water(regionCount, 0);
    const auto landConnected = [&]() {
        int first = -1, land = 0;
        for (std::size_t i = 0; i < regionCount; ++i) {
            if (!water[i]) {
                ++land;
                if (first < 0)
                    first = int(i);
            }
        }
        std::vector<char> seen(regionCount, 0);
        std::vector<int> stack{first};
        seen[std::size_t(first)] = 1;
        int reached = 0;
        while (!stack.empty()) {
            const int id = stack.back();
            stack.pop_back();
            ++reached;
            for (int n : borders[std::size_t(id)]) {
                if (!water[std::size_t(n)] && !seen[std::size_t(n)]) {
                    seen[std::size_t(n)] = 1;
                    stack.push_back(n);
                }
            }
        }
        return reached == land;
    };
    const int waterTarget = int(regionCount) * 15 / 100;
    int flooded = 0;
    for (int id : byHeight) {
        if (flooded >= waterTarget)
            break;
        water[std::size_t(id)] = 1;
        if (landConnected())
            ++flooded;
        else
            water[std::size_t(id)] = 0;
    }

    // Land by height: the lowest 45 % plains, then 25 % forest, 18 % hills, 12 % mountains.
    std::vector<int> land;
    for (int id : byHeight) {
        if (!water[std::size_t(id)])
            land.push_back(id);
    }
    map.m_landRegions = int(land.size());
    for (std::size_t rank = 0; rank < land.size(); ++rank) {
        const qint64 percent = qint64(rank) * 100 / qint64(land.size());
        map.m_regions[std::size_t(land[rank])].terrain = percent < 45 ? Terrain::Plains
                                                         : percent < 70 ? Terrain::Forest
                                                         : percent < 88 ? Terrain::Hills
                                                                        : Terrain::Mountains;
    }
    for (std::size_t id = 0; id < regionCount; ++id) {
        Region &region = map.m_regions[id];
        if (water[id]) {
            region.terrain = Terrain::Water;
            continue;
        }
        for (int n : borders[id]) {
            if (!water[std::size_t(n)])
                region.neighbours.append(n);
        }
    }
    return map;
}

QJsonObject SovereignMap::toJson() const
{
    QJsonArray hexes;
    for (int id : m_hexRegion)
        hexes.append(id);
    QJsonArray regions;
    for (const Region &r : m_regions) {
        QJsonArray neighbours;
        for (int n : r.neighbours)
            neighbours.append(n);
        regions.append(QJsonArray{rules::terrainName(r.terrain), r.hexes, r.q, r.r, neighbours});
    }
    return {{u"width"_s, m_width}, {u"height"_s, m_height}, {u"hexes"_s, hexes}, {u"regions"_s, regions}};
}

} // namespace steward::sovereign
