// SPDX-License-Identifier: GPL-3.0-or-later
#include "BetDesk.h"

#include "server/core/GameHost.h"
#include "server/core/JsonFields.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/operators/OperatorDirectory.h"
#include "server/store/Database.h"
#include "server/store/Database.h"
#include "server/store/UnitOfWork.h"
#include "server/wallet/WalletCall.h"
#include "server/wallet/WalletOutbox.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include "server/games/rounds/RoundsErrors.h"

using namespace Qt::StringLiterals;

namespace steward::betting {

namespace {
bool plainId(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.:\\-]{1,64}$"_s);
    return re.match(s).hasMatch();
}
} // namespace

BetDesk::BetDesk(GameHost &host, UnitOfWork &work, Database &db, const operators::OperatorDirectory &operators, wallet::WalletOutbox &wallet,
                 QObject *parent)
    : QObject(parent), m_host(host), m_work(work), m_db(db), m_operators(operators), m_wallet(wallet)
{
}

Result<QString> BetDesk::tableFor(const QString &requested) const
{
    if (!requested.isEmpty()) {
        if (m_host.kindOf(requested) != u"rounds")
            return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(requested.left(64))};
        return requested;
    }
    for (const QString &id : m_host.gameIds()) {
        if (m_host.kindOf(id) == u"rounds")
            return id;
    }
    return Error{ErrorCode::GameNotFound, u"This host runs no rounds table."_s};
}

void BetDesk::place(const QString &operatorId, const QJsonObject &body, Done done)
{
    const auto op = m_operators.byId(operatorId);
    if (!op)
        return done(op.error());
    if (!op->isActive())
        return done(Error{ErrorCode::OperatorSuspended, u"This operator is suspended and cannot place bets."_s});
    if (auto s = json::onlyKeys(body, {u"table"_s, u"betId"_s, u"player"_s, u"type"_s, u"pick"_s, u"stake"_s,
                                       u"clientSeed"_s, u"round"_s}, rounds::errors::InvalidBet); !s)
        return done(s.error());
    const QString betId = body.value(u"betId").toString();
    const QString player = body.value(u"player").toString();
    if (!plainId(betId) || !plainId(player))
        return done(Error{rounds::errors::InvalidBet, u"'betId' and 'player' must be 1–64 letters, digits or _ . : -"_s});
    if (body.value(u"clientSeed").toString().size() > 64)
        return done(Error{rounds::errors::InvalidBet, u"'clientSeed' is at most 64 characters."_s});
    const auto table = tableFor(body.value(u"table").toString());
    if (!table)
        return done(table.error());
    const QString gameId = table.value();

    QJsonObject data = body;
    data.remove(u"table"_s);
    data.insert(u"operator"_s, op->id);
    data.insert(u"currency"_s, op->currency);
    data.insert(u"limits"_s, QJsonObject{{u"minBet"_s, op->minBet}, {u"maxBet"_s, op->maxBet}, {u"maxWin"_s, op->maxWin}});
    const Command cmd{rounds::RoundsCommands::PlaceBet.toString(), data};
    const QString betRef = op->id + u':' + betId;
    const QJsonObject terms{{u"type"_s, body.value(u"type")}, {u"pick"_s, body.value(u"pick")},
                            {u"stake"_s, body.value(u"stake")}, {u"player"_s, player}};

    // The same bet while its debit is under way: one bet, answered twice.
    if (auto it = m_inFlight.find(betRef); it != m_inFlight.end()) {
        if (it->terms != terms)
            return done(Error{rounds::errors::BetIdConflict, u"Bet '%1' is being placed with other terms."_s.arg(betId)});
        it->waiting.append(std::move(done));
        return;
    }
    // Checked before any money moves; a repeat of a recorded bet is answered from the table.
    const Game *game = m_host.game(gameId);
    auto decision = game->decide(cmd, Actor::system(), m_host.clock().nowMs());
    if (!decision)
        return done(decision.error());
    if (decision->events.isEmpty())
        return done(decision->reply);
    // A bet id seen before but no longer at the table (an earlier round, or its debit refused).
    const QString debitTx = wallet::debitTxId(op->id, betRef);
    {
        QSqlQuery q(m_db.handle());
        q.prepare(u"SELECT status FROM wallet_calls WHERE tx_id = ?"_s);
        q.addBindValue(debitTx);
        if (q.exec() && q.next())
            return done(Error{rounds::errors::BetIdConflict,
                              u"Bet id '%1' was already used and is not at the table (its debit is %2, and rolled back "
                              "unless acked); place the bet again under a new id."_s.arg(betId, q.value(0).toString())});
    }

    const auto *rounds = static_cast<const rounds::RoundsGame *>(game);
    wallet::WalletCall debit;
    debit.txId = debitTx;
    debit.operatorId = op->id;
    debit.kind = wallet::WalletCall::Kind::Debit;
    debit.player = player;
    debit.amount = qint64(body.value(u"stake").toDouble());
    debit.currency = op->currency;
    debit.round = rounds->openRound();
    debit.betRef = betRef;
    m_inFlight.insert(betRef, InFlight{terms, {std::move(done)}});
    m_wallet.debit(m_work, debit, [this, gameId, cmd, betRef, debit](const wallet::DebitOutcome &outcome) {
        if (!outcome.isAcked())
            return finish(betRef, outcome.error());
        auto placed = m_host.submit(gameId, cmd, Actor::system());
        if (placed) {
            m_wallet.markAcked(m_work, debit.txId); // in the bet's commit
        } else {
            // Taken at the operator but refused at the table (the round closed meanwhile).
            m_wallet.queueRollback(m_work, debit);
        }
        m_work.whenDurable(this, [this, betRef, placed, debit](const Status &stored) {
            if (!stored) {
                // The bet and the debit's ack went with the failed commit: the operator holds a
                // stake for no bet. Give it back now rather than at the next start; the bet id
                // is spent (the operator answers its debit tx id the same way ever after).
                if (placed)
                    m_wallet.queueRollback(m_work, debit);
                finish(betRef, stored.error());
            } else if (placed) {
                finish(betRef, placed->wire());
            } else {
                finish(betRef, placed.error());
            }
        });
    });
}

void BetDesk::finish(const QString &betRef, const Result<QJsonObject> &outcome)
{
    const InFlight flight = m_inFlight.take(betRef);
    for (const Done &d : flight.waiting)
        d(outcome);
}

Result<QJsonObject> BetDesk::find(const QString &operatorId, const QString &table, const QString &betId) const
{
    const auto gameId = tableFor(table);
    if (!gameId)
        return gameId.error();
    const auto *game = static_cast<const rounds::RoundsGame *>(m_host.game(gameId.value()));
    const QJsonObject receipt = game->betReceipt(operatorId + u':' + betId);
    if (receipt.isEmpty())
        return Error{ErrorCode::NotFound, u"No bet '%1' at this table now."_s.arg(betId.left(64))};
    return receipt;
}

} // namespace steward::betting
