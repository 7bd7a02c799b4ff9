// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsArchive.h"

#include "server/core/GameHost.h"
#include "server/core/JsonText.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/FairnessCalls.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/store/Database.h"
#include "server/store/UnitOfWork.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::betting {

using rounds::RoundsEvents::Revealed;
using rounds::RoundsEvents::Settled;

RoundsArchive::RoundsArchive(GameHost &host, UnitOfWork &work, Database &db, QObject *parent)
    : QObject(parent), m_host(host), m_db(db),
      m_insert(work.rowWriter(u"INSERT INTO rounds_archive (game_id, round, settled_at, record) VALUES (?, ?, ?, ?)"_s)),
      m_update(work.rowWriter(u"UPDATE rounds_archive SET record = ? WHERE game_id = ? AND round = ?"_s))
{
    connect(&m_host, &GameHost::eventsApplied, this, &RoundsArchive::onEvents);
}

void RoundsArchive::onEvents(const QString &gameId, const QList<StoredEvent> &events)
{
    const auto *game = dynamic_cast<const rounds::RoundsGame *>(m_host.game(gameId));
    if (!game)
        return;
    for (const StoredEvent &e : events) {
        const bool settled = e.event.type == Settled;
        if (!settled && e.event.type != Revealed)
            continue;
        const qint64 round = qint64(e.event.data.value(u"round").toDouble());
        QJsonObject record = game->publicRecord(round);
        if (record.isEmpty())
            continue;
        record.insert(u"gameId"_s, gameId);
        record.insert(u"tableKey"_s, rounds::fair::toHex(rounds::fairness::tableKey(gameId)));
        const QString text = QString::fromUtf8(json::compactText(record));
        // Both in the commit of the event that caused them.
        if (settled)
            m_insert.append({gameId, round, e.atMs, text});
        else
            m_update.append({text, gameId, round});
    }
}

Result<QJsonObject> RoundsArchive::record(const QString &gameId, qint64 round) const
{
    auto list = records(gameId, round, 1);
    if (!list)
        return list.error();
    if (list->isEmpty() || list->first().value(u"round").toInteger() != round)
        return Error{ErrorCode::NotFound, u"Round %1 of this table is not settled, or does not exist."_s.arg(round)};
    return list->first();
}

Result<QList<QJsonObject>> RoundsArchive::records(const QString &gameId, qint64 fromRound, int limit) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT record FROM rounds_archive WHERE game_id = ? AND round >= ? ORDER BY round LIMIT ?"_s);
    q.addBindValue(gameId);
    q.addBindValue(fromRound);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{ErrorCode::StorageFailed, u"Cannot read the rounds archive: %1"_s.arg(q.lastError().text())};
    QList<QJsonObject> out;
    while (q.next())
        out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return out;
}

} // namespace steward::betting
