// SPDX-License-Identifier: GPL-3.0-or-later
#include "TamperWatch.h"

#include <algorithm>

namespace steward {

bool TamperWatch::note(const QString &gameId, const QString &playerId, const QString &name, Evidence evidence)
{
    auto it = m_byPlayer.find(playerId);
    if (it == m_byPlayer.end()) {
        if (m_byPlayer.size() >= MaxPlayers)
            return false; // a host this full of tampering has told its staff already
        it = m_byPlayer.insert(playerId, Flagged{gameId, playerId, name, 0, {}, evidence.atMs, evidence.atMs, {}});
    }
    Flagged &f = *it;
    const bool newBurst = f.count == 0 || evidence.atMs - f.lastAtMs >= BurstMs;
    ++f.count;
    ++f.byCode[evidence.code];
    f.lastAtMs = evidence.atMs;
    evidence.data = evidence.data.left(200);
    f.recent.append(std::move(evidence));
    if (f.recent.size() > KeptEvidence)
        f.recent.removeFirst();
    return newBurst;
}

QList<TamperWatch::Flagged> TamperWatch::flagged() const
{
    QList<Flagged> out = m_byPlayer.values();
    std::sort(out.begin(), out.end(), [](const Flagged &a, const Flagged &b) { return a.lastAtMs > b.lastAtMs; });
    return out;
}

void TamperWatch::forgetGame(const QString &gameId)
{
    m_byPlayer.removeIf([&gameId](const auto &entry) { return entry.value().gameId == gameId; });
}

} // namespace steward
