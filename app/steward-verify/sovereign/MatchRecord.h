// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace steward::verify {

class ChainReader;

// Where a match's replay comes from: a host (GET /api/sovereign/<id>/replay, with a player's or
// the host's token) or a saved copy of that answer. Each returns the replay, or says why not.
struct FetchedReplay
{
    QJsonObject replay;
    QString error;
};
FetchedReplay fetchReplay(const QUrl &host, const QString &gameId, const QString &token);
FetchedReplay readReplay(const QString &path);

// The MatchRecorded event SovereignLinesResults holds for a game, read through `chain`.
struct ChainRecord
{
    QByteArray inputHash, stateHash, standingsHash;
    quint64 winner = 0, players = 0, endTick = 0;
    QString txHash;
};
struct FetchedRecord
{
    std::optional<ChainRecord> record; // none: nothing recorded for the game
    QString error;                     // the chain could not be read
};
FetchedRecord fetchChainRecord(ChainReader &chain, const QString &contract, const QString &gameId);

} // namespace steward::verify
