// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace steward {
class Database;
class UnitOfWork;
class GameHost;
}
namespace steward::operators {
class OperatorDirectory;
}
namespace steward::wallet {
class WalletOutbox;
}

namespace steward::betting {

// Places an operator's bet: checks it against the table and the operator's limits, takes the
// stake through the operator's debit webhook (written ahead, so a crash cannot lose it), then
// records the bet. The same bet id again is the same bet, answered as the first time, also
// while the first is still on its way. A debit the table then refuses (the round closed while
// the operator answered) is rolled back at the operator.
class BetDesk : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QJsonObject> &)>;

    BetDesk(GameHost &host, UnitOfWork &work, Database &db, const operators::OperatorDirectory &operators, wallet::WalletOutbox &wallet,
            QObject *parent = nullptr);

    // body: {table?, betId, player, type, pick?, stake, clientSeed?, round?} (docs/operators.md)
    void place(const QString &operatorId, const QJsonObject &body, Done done);
    // A bet already placed, as its acknowledgement; NOT_FOUND if the table no longer holds it.
    Result<QJsonObject> find(const QString &operatorId, const QString &table, const QString &betId) const;
    // The rounds table an operator's request is about: the one named, or the first one.
    Result<QString> tableFor(const QString &requested) const;

private:
    struct InFlight
    {
        QJsonObject terms; // type, pick, stake, player: a repeat must ask the same
        QList<Done> waiting;
    };
    void finish(const QString &betRef, const Result<QJsonObject> &outcome);

    GameHost &m_host;
    UnitOfWork &m_work;
    Database &m_db;
    const operators::OperatorDirectory &m_operators;
    wallet::WalletOutbox &m_wallet;
    QHash<QString, InFlight> m_inFlight; // by bet ref
};

} // namespace steward::betting
