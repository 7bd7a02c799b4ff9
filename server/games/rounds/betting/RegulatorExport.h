// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace steward::betting {

class RoundsArchive;

// What a regulator asks for: every settled round of a table with its commitment, reveal,
// transaction hashes, bets and their settlement. The JSON is what steward-verify --file reads
// (docs/verify.md); the CSV has one row per bet (a round without bets, one row).
namespace regulator {

Result<QJsonObject> exportJson(const RoundsArchive &archive, const QString &gameId, const QJsonObject &paytable,
                               const QJsonObject &chain);
Result<QByteArray> exportCsv(const RoundsArchive &archive, const QString &gameId);

} // namespace regulator
} // namespace steward::betting
