// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundReport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace steward::verify {

// Checks 1–3: what a round's public record proves on its own, with no chain and no trust in
// the host: the revealed seed is the committed one, the listed bets give the bets root, and the
// number follows from the two (server/games/rounds/FairDraw.h defines all three).
RoundCheck checkSeed(const QJsonObject &record);
RoundCheck checkBetsRoot(const QJsonObject &record);
RoundCheck checkNumber(const QJsonObject &record);

// The bets root of `bets` (in the order listed) for round `round`, or why a bet cannot be read.
struct BetsRootResult
{
    QByteArray root; // empty on error
    QString error;
};
BetsRootResult betsRootOf(qint64 round, const QJsonArray &bets);

// A JSON number that is a whole number a double holds exactly; nothing for anything else.
std::optional<qint64> wholeNumber(const QJsonValue &value);
// "0x1a2b3c4d…9f0e": enough of a hash to recognise it in a line of text.
QString shortHex(const QByteArray &bytes);

} // namespace steward::verify
