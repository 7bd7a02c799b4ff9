// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettlementBook.h"

#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/ledger/Accounts.h"
#include "server/ledger/Ledger.h"
#include "server/wallet/WalletCall.h"
#include "server/wallet/WalletOutbox.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBook, "steward.betting")

namespace steward::betting {

namespace E = rounds::RoundsEvents;

ledger::Book SettlementBook::bookOf(const QString &operatorId)
{
    return operatorId == rounds::LanOperator ? ledger::Book::lan() : ledger::Book::ofOperator(operatorId);
}

SettlementBook::SettlementBook(GameHost &host, UnitOfWork &work, ledger::Ledger &ledger, wallet::WalletOutbox *wallet, QObject *parent)
    : QObject(parent), m_host(host), m_work(work), m_ledger(ledger), m_wallet(wallet)
{
    connect(&m_host, &GameHost::eventsApplied, this, &SettlementBook::onEvents);
}

void SettlementBook::post(const QString &gameId, qint64 atMs, const QString &txnId, const QString &kind,
                          const QString &ref, const QString &currency,
                          const QList<std::pair<QString, qint64>> &postings)
{
    ledger::Txn txn{txnId, kind, ref, {}};
    for (const auto &[account, amount] : postings) {
        if (amount != 0)
            txn.postings.append(ledger::Posting{account, amount, currency});
    }
    if (txn.postings.size() < 2)
        return; // nothing moved (a zero stake cannot happen; a zero win has no winnings leg)
    if (auto s = m_ledger.post(m_work, atMs, txn, u"rounds:"_s + gameId); !s) {
        qCCritical(lcBook).noquote() << "cannot book" << txnId << ":" << s.error().message;
        emit bookingFailed(gameId, s.error().message);
    }
}

void SettlementBook::onEvents(const QString &gameId, const QList<StoredEvent> &events)
{
    const auto *game = dynamic_cast<const rounds::RoundsGame *>(m_host.game(gameId));
    if (!game)
        return;
    const QString lanCurrency = game->settings().currency;
    for (const StoredEvent &e : events) {
        const QJsonObject &d = e.event.data;
        const QString &type = e.event.type;
        if (type == CoreEvents::PlayerJoined) {
            const ledger::Book lan = ledger::Book::lan();
            const qint64 chips = qint64(d.value(u"balance").toDouble());
            const QString player = d.value(u"playerId").toString();
            post(gameId, e.atMs, u"issue:%1:%2"_s.arg(gameId, player), u"chips.issue"_s, player, lanCurrency,
                 {{lan.playMoneyIssued(), -chips}, {lan.player(player), chips}});
        } else if (type == E::BetPlaced) {
            const QString operatorId = d.value(u"operator").toString();
            const ledger::Book book = bookOf(operatorId);
            const QString betRef = d.value(u"betRef").toString();
            const qint64 stake = qint64(d.value(u"stake").toDouble());
            post(gameId, e.atMs, u"bet:"_s + betRef, u"bet"_s, betRef, d.value(u"currency").toString(lanCurrency),
                 {{book.player(d.value(u"player").toString()), -stake}, {book.betsInPlay(), stake}});
        } else if (type == E::Settled) {
            const qint64 round = qint64(d.value(u"round").toDouble());
            const QJsonArray payouts = d.value(u"payouts").toArray();
            for (const QJsonValue &v : payouts) {
                const QJsonObject p = v.toObject();
                const QString operatorId = p.value(u"operator").toString();
                const QString player = p.value(u"player").toString();
                const QString betRef = p.value(u"betRef").toString();
                const qint64 stake = qint64(p.value(u"stake").toDouble());
                const qint64 ret = qint64(p.value(u"return").toDouble());
                const QString currency = p.value(u"currency").toString(lanCurrency);
                const ledger::Book book = bookOf(operatorId);
                // The stake leaves play: to the house if lost; back to the player with the
                // winnings, which the house pays, if won.
                if (ret == 0)
                    post(gameId, e.atMs, u"settle:"_s + betRef, u"settle.loss"_s, betRef, currency,
                         {{book.betsInPlay(), -stake}, {book.house(), stake}});
                else
                    post(gameId, e.atMs, u"settle:"_s + betRef, u"settle.win"_s, betRef, currency,
                         {{book.betsInPlay(), -stake}, {book.house(), stake - ret}, {book.player(player), ret}});
                if (ret > 0 && operatorId != rounds::LanOperator && m_wallet) {
                    wallet::WalletCall credit;
                    credit.txId = wallet::creditTxId(operatorId, betRef);
                    credit.operatorId = operatorId;
                    credit.kind = wallet::WalletCall::Kind::Credit;
                    credit.player = player;
                    credit.amount = ret;
                    credit.currency = currency;
                    credit.round = round;
                    credit.betRef = betRef;
                    m_wallet->queueCredit(m_work, credit);
                }
            }
        }
    }
}

} // namespace steward::betting
