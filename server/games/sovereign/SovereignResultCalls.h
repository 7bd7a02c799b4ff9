// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace steward::sovereign::results {

// The call a finished match makes on resources/contracts/SovereignLinesResults.sol.
inline constexpr QStringView Contract = u"SovereignLinesResults";

// The contract's game key: keccak256 of the host's game id.
QByteArray gameKey(const QString &gameId);
// keccak256 of the standings, one byte per player number, best first.
QByteArray standingsHash(const QList<int> &standings);

QByteArray recordMatch(const QString &gameId, const QByteArray &inputHash, const QByteArray &stateHash,
                       const QList<int> &standings, int players, qint64 endTick, const QByteArray &intentId);

} // namespace steward::sovereign::results
