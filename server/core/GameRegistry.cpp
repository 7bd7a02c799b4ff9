// SPDX-License-Identifier: GPL-3.0-or-later
#include "GameRegistry.h"


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

QStringList GameRegistry::contracts() const
{
    QStringList out;
    for (const auto &[id, kind] : m_kinds) {
        for (const QString &c : kind->contracts()) {
            if (!out.contains(c))
                out << c;
        }
    }
    return out;
}

QStringList GameRegistry::reconciledContracts() const
{
    QStringList out;
    for (const auto &[id, kind] : m_kinds) {
        for (const QString &c : kind->reconciledContracts()) {
            if (!out.contains(c))
                out << c;
        }
    }
    return out;
}

// withBuiltinKinds() is written by CMake from server/games/Kinds.cmake (cmake/GameKinds.cmake).

} // namespace steward
