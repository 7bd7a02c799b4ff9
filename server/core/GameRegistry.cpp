// SPDX-License-Identifier: GPL-3.0-or-later
#include "GameRegistry.h"

#include "games/beer/BeerKind.h"
#include "games/rounds/RoundsKind.h"

namespace steward {

void GameRegistry::add(std::unique_ptr<GameKind> kind)
{
    const QString id = kind->id();
    m_kinds[id] = std::move(kind);
}

const GameKind *GameRegistry::find(const QString &id) const
{
    const auto it = m_kinds.find(id);
    return it == m_kinds.end() ? nullptr : it->second.get();
}

QStringList GameRegistry::ids() const
{
    QStringList out;
    for (const auto &[id, kind] : m_kinds)
        out << id;
    return out;
}

GameRegistry GameRegistry::withBuiltinKinds()
{
    GameRegistry registry;
    registry.add(std::make_unique<beer::BeerKind>());
    registry.add(std::make_unique<rounds::RoundsKind>());
    return registry;
}

} // namespace steward
