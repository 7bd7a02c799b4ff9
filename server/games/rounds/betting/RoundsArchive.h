// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Event.h"
#include "server/core/Result.h"
#include "server/store/UnitOfWork.h"

#include <QJsonObject>
#include <QObject>

namespace steward {
class Database;
class GameHost;
} // namespace steward

namespace steward::betting {

// The public record of every settled round (table rounds_archive), kept in step with the games:
// a round's record is written in the same commit as its settlement, and rewritten when its
// reveal is confirmed. The verifiers and the regulator export read it; nothing here is secret.
class RoundsArchive : public QObject
{
    Q_OBJECT
public:
    RoundsArchive(GameHost &host, UnitOfWork &work, Database &db, QObject *parent = nullptr);

    // The round's record, NOT_FOUND until it is settled.
    Result<QJsonObject> record(const QString &gameId, qint64 round) const;
    // Records from `fromRound` on, in order, at most `limit`.
    Result<QList<QJsonObject>> records(const QString &gameId, qint64 fromRound, int limit) const;

private:
    void onEvents(const QString &gameId, const QList<StoredEvent> &events);

    GameHost &m_host;
    Database &m_db;
    RowWriter m_insert; // a round settled: its record
    RowWriter m_update; // a settled round's record, revealed or anchored later
};

} // namespace steward::betting
