// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace steward::rounds {

// The calls the rounds game makes on resources/contracts/RoundFairness.sol.
namespace fairness {

inline constexpr QStringView Contract = u"RoundFairness";
inline constexpr QStringView CommitKind = u"rounds.commit";
inline constexpr QStringView RevealKind = u"rounds.reveal";

// The contract's table key: keccak256 of the host's game id.
QByteArray tableKey(const QString &gameId);

QByteArray commit(const QString &gameId, qint64 round, const QByteArray &seedHash, const QByteArray &intentId);
QByteArray reveal(const QString &gameId, qint64 round, const QByteArray &seed, const QByteArray &betsRoot, int number,
                  const QByteArray &intentId);
// The round a commit or reveal call is about (its second argument).
std::optional<qint64> roundOf(const QByteArray &callData);

} // namespace fairness
} // namespace steward::rounds
