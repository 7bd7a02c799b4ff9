// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::sovereign::rules {

QString terrainName(Terrain t)
{
    switch (t) {
    case Terrain::Water: return u"water"_s;
    case Terrain::Plains: return u"plains"_s;
    case Terrain::Forest: return u"forest"_s;
    case Terrain::Hills: return u"hills"_s;
    case Terrain::Mountains: return u"mountains"_s;
    }
    return {};
}

std::optional<Terrain> terrainFromName(const QString &name)
{
    for (Terrain t : {Terrain::Water, Terrain::Plains, Terrain::Forest, Terrain::Hills, Terrain::Mountains}) {
        if (terrainName(t) == name)
            return t;
    }
    return std::nullopt;
}

int growthMilliPerHexPerSecond(Terrain t)
{
    switch (t) {
    case Terrain::Plains: return 500;
    case Terrain::Forest: return 400;
    case Terrain::Hills: return 300;
    case Terrain::Mountains: return 200;
    case Terrain::Water: break;
    }
    return 0;
}

int garrisonPerHex(Terrain t)
{
    switch (t) {
    case Terrain::Plains: return 1;
    case Terrain::Forest: return 2;
    case Terrain::Hills: return 3;
    case Terrain::Mountains: return 4;
    case Terrain::Water: break;
    }
    return 0;
}

int defencePerMille(Terrain t)
{
    switch (t) {
    case Terrain::Plains: return 1000;
    case Terrain::Forest: return 1250;
    case Terrain::Hills: return 1500;
    case Terrain::Mountains: return 2000;
    case Terrain::Water: break;
    }
    return 1000;
}

int travelMs(Terrain target)
{
    switch (target) {
    case Terrain::Plains: return 1000;
    case Terrain::Forest: return 1500;
    case Terrain::Hills: return 2000;
    case Terrain::Mountains: return 3000;
    case Terrain::Water: break;
    }
    return 1000;
}

int troopsForShare(int troops, int sharePercent)
{
    const int share = std::clamp(sharePercent, 0, 100);
    return std::max(0, std::min(int(qint64(troops) * share / 100), troops - 1));
}

qint64 ticksFor(qint64 ms, int tickMs)
{
    return std::max<qint64>(1, (ms + tickMs - 1) / tickMs);
}

Fight fight(int attackers, int defenders, Terrain terrain, int luckPerMille)
{
    const qint64 attack = qint64(attackers) * luckPerMille;
    const qint64 defence = qint64(defenders) * defencePerMille(terrain);
    if (attack > defence) {
        // The defenders cancel defence / luck attackers, rounded up.
        const qint64 lost = (defence + luckPerMille - 1) / luckPerMille;
        return {true, int(std::max<qint64>(1, attackers - lost))};
    }
    // The attackers cancel attack / defence defenders, rounded down.
    return {false, int(std::max<qint64>(0, defenders - attack / defencePerMille(terrain)))};
}

} // namespace steward::sovereign::rules
