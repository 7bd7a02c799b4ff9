// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace steward::ui {

// How a flagged player reads wherever the console lists players (the Sessions page, a kind's
// live view): a red flag, the refusal codes with their counts, and the evidence in words. A flag
// is one row of GET /api/flags: {gameId, playerId, name, count, codes: {CODE: n}, firstAtMs,
// lastAtMs, evidence: [{atMs, command, code, data}]}, the evidence oldest first. Names no kind:
// which refusals flag a player is each kind's to say, on the host.
class FlagMarker
{
    Q_DECLARE_TR_FUNCTIONS(FlagMarker)
public:
    // A small red flag, for the cell that marks a flagged player.
    static QIcon icon();
    // The codes, most frequent first: "UNKNOWN_REGION × 30, BAD_REQUEST × 1".
    static QString codesText(const QJsonObject &flag);
    // One piece of evidence on a line: its time, what it was refused with, the command and its
    // data as sent.
    static QString evidenceLine(const QJsonObject &evidence);
    // A tooltip for a flagged player's row: what a flag means, how many refusals since when, the
    // codes, and the evidence, newest first.
    static QString tooltip(const QJsonObject &flag);
    // The flags by player id; only those of `gameId` when one is given.
    static QHash<QString, QJsonObject> byPlayer(const QJsonArray &flags, const QString &gameId = {});
};

} // namespace steward::ui
