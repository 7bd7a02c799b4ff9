// SPDX-License-Identifier: GPL-3.0-or-later
#include "TxOutbox.h"

#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/chain/primitives/Transaction.h"
#include "server/core/Clock.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "steward.chain.outbox")

namespace steward::chain {

namespace {

QString quantity(quint64 v)
{
    return hex::encodeQuantity(v);
}

std::optional<quint64> u64(const QJsonValue &v)
{
    return hex::decodeQuantity(v.toString());
}

UInt256 bumped(const UInt256 &fee, int percent)
{
    // Fees in wei stay far below 2^64 / 200 on any chain we serve; beyond that, keep the fee.
    const auto asU64 = fee.toU64();
    if (!asU64 || *asU64 > std::numeric_limits<quint64>::max() / 200)
        return fee;
    return UInt256::fromU64(*asU64 * quint64(100 + percent) / 100 + 1);
}

UInt256 maxOf(const UInt256 &a, const UInt256 &b)
{
    return a < b ? b : a;
}

QByteArray fromHex(const QString &text)
{
    return hex::decode(text).value_or(QByteArray());
}

} // namespace

// The intent a row of `SELECT id, game_id, kind, contract, call_data, ...` describes.
TxOutbox::InFlight TxOutbox::intentOf(const QSqlQuery &row)
{
    InFlight f;
    f.outboxId = row.value(0).toLongLong();
    f.gameId = row.value(1).toString();
    f.kind = row.value(2).toString();
    f.contract = row.value(3).toString();
    f.callData = fromHex(row.value(4).toString());
    return f;
}

TxOutbox::TxOutbox(Database &db, JsonRpcClient &rpc, const Clock &clock, QByteArray operatorKey, quint64 chainId,
                   OutboxSettings settings, QObject *parent)
    : QObject(parent), m_db(db), m_rpc(rpc), m_clock(clock), m_key(std::move(operatorKey)), m_chainId(chainId),
      m_settings(settings)
{
    m_operator = secp256k1::addressOf(m_key).value_or(Address());
    m_pollTimer.setInterval(m_settings.pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TxOutbox::poll);
}

TxOutbox::~TxOutbox() = default;

void TxOutbox::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollTimer.start();
    syncAndResume();
}

void TxOutbox::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

void TxOutbox::wake()
{
    if (m_running && m_ready)
        QMetaObject::invokeMethod(this, &TxOutbox::pump, Qt::QueuedConnection);
}

void TxOutbox::reopen(quint64 forkBlock)
{
    m_scannedTo = std::min(m_scannedTo, forkBlock);
    if (m_running)
        syncAndResume();
}

void TxOutbox::setNodeUp(bool up, const QString &error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (up == m_nodeUp)
        return;
    m_nodeUp = up;
    if (up)
        qCInfo(lcOutbox) << "node reachable";
    else
        qCInfo(lcOutbox).noquote() << "node unreachable:" << error;
    emit changed();
}

// Start, or the node came back: learn the nonce, reload what was in flight, send it again.
void TxOutbox::syncAndResume()
{
    m_ready = false;
    m_rpc.call(u"eth_chainId"_s, {}, this, [this](const RpcResult &id) {
        if (!id) {
            setNodeUp(false, id.error().toString());
            return; // poll() tries again
        }
        if (u64(id.value()) != m_chainId) {
            setNodeUp(true);
            m_lastError = u"The node serves chain %1, not %2: nothing is sent."_s.arg(id.value().toString()).arg(m_chainId);
            qCCritical(lcOutbox) << m_lastError;
            stop();
            emit changed();
            return;
        }
        m_rpc.call(u"eth_getTransactionCount"_s, {m_operator.toChecksumString(), u"pending"_s}, this,
                   [this](const RpcResult &count) {
            if (!count) {
                setNodeUp(false, count.error().toString());
                return;
            }
            setNodeUp(true);
            // Reload the in-flight sends from the database: they are the truth after a restart.
            m_inFlight.clear();
            m_byHash.clear();
            QSqlQuery q(m_db.handle());
            q.prepare(u"SELECT o.id, o.game_id, o.kind, o.contract, o.call_data, t.nonce, t.gas_limit, t.max_fee, "
                      "t.priority_fee, t.hash, t.raw, t.sent_at FROM chain_outbox o JOIN chain_tx t ON t.hash = o.tx_hash "
                      "WHERE o.status = 'sent' ORDER BY t.nonce"_s);
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                return;
            }
            quint64 next = u64(count.value()).value_or(0);
            while (q.next()) {
                InFlight f = intentOf(q);
                f.nonce = quint64(q.value(5).toLongLong());
                f.gasLimit = quint64(q.value(6).toLongLong());
                f.maxFee = UInt256::fromDecimal(q.value(7).toString()).value_or(UInt256());
                f.priorityFee = UInt256::fromDecimal(q.value(8).toString()).value_or(UInt256());
                f.hash = q.value(9).toString();
                f.raw = fromHex(q.value(10).toString());
                f.sentAtMs = q.value(11).toLongLong();
                QSqlQuery h(m_db.handle());
                h.prepare(u"SELECT hash FROM chain_tx WHERE outbox_id = ?"_s);
                h.addBindValue(f.outboxId);
                if (h.exec()) {
                    while (h.next())
                        f.hashes << h.value(0).toString();
                }
                for (const QString &hash : std::as_const(f.hashes))
                    m_byHash.insert(hash, f.outboxId);
                next = std::max(next, f.nonce + 1);
                m_inFlight.insert(f.outboxId, f);
            }
            m_nextNonce = next;
            m_ready = true;
            qCInfo(lcOutbox) << "sending from" << m_operator.toChecksumString() << "nonce" << m_nextNonce << "with"
                             << m_inFlight.size() << "in flight";
            // The node may have lost them (restarted) or never got them (we crashed mid-send):
            // the same signed bytes again are harmless if it has them.
            for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
                broadcast(it.key());
            emit started();
            emit changed();
            pump();
        });
    });
}

void TxOutbox::pump()
{
    if (!m_running || !m_ready || m_sending || !m_nodeUp)
        return;
    if (m_inFlight.size() >= m_settings.maxInFlight)
        return;
    m_sending = true;
    refreshFees([this] { sendQueued(); });
}

void TxOutbox::refreshFees(std::function<void()> then)
{
    if (m_clock.nowMs() - m_feesAtMs < 2000 && !m_baseFee.isZero()) {
        then();
        return;
    }
    m_rpc.call(u"eth_getBlockByNumber"_s, {u"latest"_s, false}, this, [this, then](const RpcResult &block) {
        if (!block) {
            m_sending = false;
            setNodeUp(false, block.error().toString());
            return;
        }
        m_baseFee = UInt256::fromQuantity(block.value().toObject().value(u"baseFeePerGas").toString()).value_or(UInt256::fromU64(1'000'000'000));
        m_rpc.call(u"eth_maxPriorityFeePerGas"_s, {}, this, [this, then](const RpcResult &tip) {
            m_priorityFee = tip ? UInt256::fromQuantity(tip.value().toString()).value_or(UInt256::fromU64(1'000'000'000))
                                : UInt256::fromU64(1'000'000'000);
            m_feesAtMs = m_clock.nowMs();
            then();
        });
    });
}

void TxOutbox::sendQueued()
{
    const int room = m_settings.maxInFlight - int(m_inFlight.size());
    QSqlQuery q(m_db.handle());
    const QStringList urgent = m_urgentKinds ? m_urgentKinds() : QStringList();
    QString order = u"id"_s;
    if (!urgent.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < urgent.size(); ++i)
            marks << u"?"_s;
        order = u"CASE WHEN kind IN (%1) THEN 0 ELSE 1 END, id"_s.arg(marks.join(u", "_s));
    }
    q.prepare(u"SELECT id, game_id, kind, contract, call_data FROM chain_outbox WHERE status = 'queued' "
              "ORDER BY %1 LIMIT ?"_s.arg(order));
    for (const QString &kind : urgent)
        q.addBindValue(kind);
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        m_sending = false;
        return;
    }
    QList<InFlight> batch;
    while (q.next()) {
        InFlight f = intentOf(q);
        if (!m_resolving.contains(f.outboxId))
            batch << f;
    }
    if (batch.isEmpty()) {
        m_sending = false;
        return;
    }

    // Gas: estimated once per contract function, with headroom; our calls cost the same each time.
    for (const InFlight &f : std::as_const(batch)) {
        if (!m_contracts.contains(f.contract)) {
            markFailed(f.outboxId, u"No address is known for contract %1 on this chain."_s.arg(f.contract));
            continue;
        }
        const QByteArray key = f.contract.toUtf8() + f.callData.left(4);
        if (m_gasByCall.contains(key))
            continue;
        const QJsonObject call{{u"from"_s, m_operator.toChecksumString()},
                               {u"to"_s, m_contracts.value(f.contract).toChecksumString()},
                               {u"data"_s, hex::encode(f.callData)}};
        m_rpc.call(u"eth_estimateGas"_s, {call}, this, [this, key, f](const RpcResult &gas) {
            if (gas) {
                m_gasByCall.insert(key, u64(gas.value()).value_or(200'000) * 13 / 10 + 10'000);
            } else if (gas.error().kind == RpcError::Kind::Reverted) {
                const QString reason = gas.error().reason.isEmpty() ? gas.error().message : gas.error().reason;
                if (saysAlreadyRecorded(reason))
                    confirmFromEarlierSends(f, {}, reason);
                else
                    markFailed(f.outboxId, reason);
            } else {
                setNodeUp(gas.error().kind != RpcError::Kind::NodeDown, gas.error().toString());
            }
            m_sending = false;
            pump();
        });
        return; // the rest waits for this estimate
    }

    const qint64 now = m_clock.nowMs();
    QSqlDatabase h = m_db.handle();
    if (!h.transaction()) {
        m_lastError = h.lastError().text();
        m_sending = false;
        return;
    }
    QList<qint64> toSend;
    for (InFlight &f : batch) {
        if (!m_contracts.contains(f.contract))
            continue;
        f.gasLimit = m_gasByCall.value(f.contract.toUtf8() + f.callData.left(4));
        f.priorityFee = m_priorityFee;
        f.maxFee = m_baseFee.checkedMul(UInt256::fromU64(2)).value_or(m_baseFee).checkedAdd(m_priorityFee).value_or(m_priorityFee);
        f.nonce = m_nextNonce;
        f.sentAtMs = now;
        if (!signAndRecord(f, {}))
            break;
        ++m_nextNonce;
        m_inFlight.insert(f.outboxId, f);
        m_byHash.insert(f.hash, f.outboxId);
        toSend << f.outboxId;
    }
    if (!h.commit()) {
        // Nothing signed in this batch was recorded, so none of it may leave.
        m_lastError = h.lastError().text();
        h.rollback();
        for (qint64 id : std::as_const(toSend)) {
            m_byHash.remove(m_inFlight.value(id).hash);
            m_inFlight.remove(id);
        }
        m_nextNonce -= quint64(toSend.size());
        m_sending = false;
        return;
    }
    for (qint64 id : std::as_const(toSend))
        broadcast(id);
    m_sending = false;
    emit changed();
    if (!toSend.isEmpty())
        pump(); // more may be queued
}

// Signs `f` with its nonce and fees and writes it (inside the caller's transaction).
bool TxOutbox::signAndRecord(InFlight &f, const QList<QString> &replacedHashes)
{
    Transaction tx;
    tx.type = Transaction::Type::DynamicFee;
    tx.chainId = UInt256::fromU64(m_chainId);
    tx.nonce = f.nonce;
    tx.maxPriorityFeePerGas = f.priorityFee;
    tx.maxFeePerGas = f.maxFee;
    tx.gasLimit = f.gasLimit;
    tx.to = m_contracts.value(f.contract);
    tx.data = f.callData;
    const auto signedTx = tx.signedWith(m_key);
    if (!signedTx) {
        m_lastError = signedTx.error().reason;
        return false;
    }
    const auto raw = signedTx->signedSerialization();
    const auto hash = signedTx->hash();
    if (!raw || !hash) {
        m_lastError = raw ? hash.error().reason : raw.error().reason;
        return false;
    }
    f.raw = raw.value();
    f.hash = hex::encode(hash.value());
    f.hashes << f.hash;

    QSqlQuery q(m_db.handle());
    for (const QString &old : replacedHashes) {
        q.prepare(u"UPDATE chain_tx SET status = 'replaced' WHERE hash = ?"_s);
        q.addBindValue(old);
        q.exec();
    }
    q.prepare(u"INSERT INTO chain_tx (hash, outbox_id, nonce, max_fee, priority_fee, gas_limit, raw, status, sent_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', ?)"_s);
    q.addBindValue(f.hash);
    q.addBindValue(f.outboxId);
    q.addBindValue(qint64(f.nonce));
    q.addBindValue(f.maxFee.toDecimal());
    q.addBindValue(f.priorityFee.toDecimal());
    q.addBindValue(qint64(f.gasLimit));
    q.addBindValue(hex::encode(f.raw));
    q.addBindValue(f.sentAtMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.prepare(u"UPDATE chain_outbox SET status = 'sent', nonce = ?, tx_hash = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(qint64(f.nonce));
    q.addBindValue(f.hash);
    q.addBindValue(f.sentAtMs);
    q.addBindValue(f.outboxId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

void TxOutbox::broadcast(qint64 outboxId)
{
    const auto it = m_inFlight.constFind(outboxId);
    if (it == m_inFlight.cend())
        return;
    const QString hash = it->hash;
    m_rpc.call(u"eth_sendRawTransaction"_s, {hex::encode(it->raw)}, this, [this, outboxId, hash](const RpcResult &r) {
        if (r) {
            setNodeUp(true);
            return;
        }
        if (m_inFlight.value(outboxId).hash == hash) // not replaced meanwhile
            onSendError(outboxId, r.error());
    });
}

void TxOutbox::onSendError(qint64 outboxId, const RpcError &error)
{
    switch (error.kind) {
    case RpcError::Kind::NodeDown:
    case RpcError::Kind::Timeout:
        setNodeUp(false, error.toString()); // sent again when the node is back
        return;
    case RpcError::Kind::AlreadyKnown:
        return;
    case RpcError::Kind::NonceTooLow:
    case RpcError::Kind::ReplacementUnderpriced:
        // The nonce is taken: by this very intent (mined already), or by something else. The
        // receipts or the stuck check tell which.
        m_lastError = error.toString();
        return;
    default:
        m_lastError = error.toString();
        qCWarning(lcOutbox) << "send refused for outbox row" << outboxId << error.toString();
        return;
    }
}

void TxOutbox::poll()
{
    if (!m_running)
        return;
    m_rpc.call(u"eth_blockNumber"_s, {}, this, [this](const RpcResult &r) {
        if (!r) {
            setNodeUp(false, r.error().toString());
            return;
        }
        const bool wasDown = !m_nodeUp;
        setNodeUp(true);
        const quint64 head = u64(r.value()).value_or(0);
        const bool firstHead = !m_head;
        if (wasDown || !m_ready || (m_head && head < *m_head)) {
            // Back from an outage, or the node restarted behind us: start over from what it has.
            m_head = head;
            m_scannedTo = std::min(m_scannedTo, head);
            syncAndResume();
            return;
        }
        m_head = head;
        if (firstHead)
            m_scannedTo = head > 64 ? head - 64 : 0;
        const quint64 settled = head + 1 > quint64(m_settings.confirmations) ? head + 1 - quint64(m_settings.confirmations) : 0;
        if (settled > m_scannedTo)
            scanBlocks(settled);
        const qint64 now = m_clock.nowMs();
        for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
            if (!it->checking && now - it->sentAtMs > m_settings.stuckAfterMs)
                checkStuck(it.key());
        }
        pump();
    });
}

// Reads the receipts of the blocks after m_scannedTo, one block at a time, up to `upTo`.
void TxOutbox::scanBlocks(quint64 upTo)
{
    if (m_scanning || m_scannedTo >= upTo)
        return;
    if (m_inFlight.isEmpty()) {
        m_scannedTo = upTo; // nothing of ours can be in them
        return;
    }
    m_scanning = true;
    const quint64 block = m_scannedTo + 1;
    m_rpc.call(u"eth_getBlockReceipts"_s, {quantity(block)}, this, [this, block, upTo](const RpcResult &r) {
        m_scanning = false;
        if (!r) {
            setNodeUp(r.error().kind != RpcError::Kind::NodeDown, r.error().toString());
            return;
        }
        const QJsonArray receipts = r.value().toArray();
        for (const QJsonValue &receipt : receipts) {
            if (m_byHash.contains(receipt.toObject().value(u"transactionHash").toString()))
                settle(receipt.toObject());
        }
        m_scannedTo = block;
        if (m_scannedTo < upTo)
            scanBlocks(upTo);
        else
            pump(); // settled rows made room: send more now rather than on the next poll
    });
}

void TxOutbox::settle(const QJsonObject &receipt)
{
    const QString hash = receipt.value(u"transactionHash").toString();
    const qint64 outboxId = m_byHash.value(hash);
    const auto it = m_inFlight.find(outboxId);
    if (it == m_inFlight.end())
        return;
    const InFlight f = *it;
    for (const QString &h : f.hashes)
        m_byHash.remove(h);
    m_inFlight.erase(it);

    const bool success = receipt.value(u"status").toString() == u"0x1";
    const qint64 block = qint64(u64(receipt.value(u"blockNumber")).value_or(0));
    const qint64 gasUsed = qint64(u64(receipt.value(u"gasUsed")).value_or(0));
    recordOutcome(outboxId, hash, success, block, gasUsed);

    if (success) {
        emit confirmed(outboxId, f.gameId, f.kind, hash, block, f.callData);
        emit changed();
        return;
    }
    // Mined but reverted: run the same call on the state before its block to read the reason.
    const QJsonObject call{{u"from"_s, m_operator.toChecksumString()},
                           {u"to"_s, m_contracts.value(f.contract).toChecksumString()},
                           {u"data"_s, hex::encode(f.callData)}};
    m_rpc.call(u"eth_call"_s, {call, quantity(quint64(std::max<qint64>(block - 1, 0)))}, this,
               [this, outboxId, f](const RpcResult &r) {
        QString reason = u"reverted"_s;
        if (!r && r.error().kind == RpcError::Kind::Reverted && !r.error().reason.isEmpty())
            reason = r.error().reason;
        if (saysAlreadyRecorded(reason)) {
            QStringList earlier = f.hashes;
            earlier.removeAll(f.hash);
            confirmFromEarlierSends(f, earlier, reason);
            return;
        }
        QSqlQuery u(m_db.handle());
        u.prepare(u"UPDATE chain_outbox SET reason = ? WHERE id = ?"_s);
        u.addBindValue(reason);
        u.addBindValue(outboxId);
        u.exec();
        emit failed(outboxId, f.gameId, f.kind, reason);
        emit changed();
    });
}

// A send not mined in time: the node lost it (send again), it is pending (bump its fees), or its
// nonce went to another transaction (queue the intent again; the contract refuses a repeat).
void TxOutbox::checkStuck(qint64 outboxId)
{
    auto it = m_inFlight.find(outboxId);
    if (it == m_inFlight.end())
        return;
    it->checking = true;
    const QString hash = it->hash;
    m_rpc.call(u"eth_getTransactionByHash"_s, {hash}, this, [this, outboxId, hash](const RpcResult &r) {
        auto f = m_inFlight.find(outboxId);
        if (f == m_inFlight.end() || f->hash != hash)
            return;
        f->checking = false;
        if (!r) {
            setNodeUp(r.error().kind != RpcError::Kind::NodeDown, r.error().toString());
            return;
        }
        if (r.value().isNull()) {
            m_rpc.call(u"eth_getTransactionCount"_s, {m_operator.toChecksumString(), u"latest"_s}, this,
                       [this, outboxId, hash](const RpcResult &count) {
                auto g = m_inFlight.find(outboxId);
                if (!count || g == m_inFlight.end() || g->hash != hash)
                    return;
                if (u64(count.value()).value_or(0) > g->nonce) {
                    requeue(outboxId, u"its nonce was used by another transaction"_s);
                } else {
                    qCInfo(lcOutbox) << "node lost transaction" << hash << "- sending it again";
                    g->sentAtMs = m_clock.nowMs();
                    broadcast(outboxId);
                }
            });
            return;
        }
        if (!r.value().toObject().value(u"blockNumber").isNull()) {
            // Mined in a block the scan did not cover (mined while we were down): read its receipt.
            m_rpc.call(u"eth_getTransactionReceipt"_s, {hash}, this, [this](const RpcResult &receipt) {
                const quint64 block = u64(receipt ? receipt.value().toObject().value(u"blockNumber") : QJsonValue()).value_or(0);
                if (receipt && receipt.value().isObject() && m_head
                    && block + quint64(m_settings.confirmations) <= *m_head + 1)
                    settle(receipt.value().toObject());
            });
            return;
        }
        // Pending too long: the same nonce again, paying more.
        QList<QString> replaced{f->hash};
        f->maxFee = maxOf(bumped(f->maxFee, m_settings.feeBumpPercent),
                          m_baseFee.checkedMul(UInt256::fromU64(2)).value_or(m_baseFee).checkedAdd(m_priorityFee).value_or(m_priorityFee));
        f->priorityFee = maxOf(bumped(f->priorityFee, m_settings.feeBumpPercent), m_priorityFee);
        f->sentAtMs = m_clock.nowMs();
        QSqlDatabase h = m_db.handle();
        h.transaction();
        if (!signAndRecord(*f, replaced) || !h.commit()) {
            h.rollback();
            f->hashes.removeAll(f->hash);
            f->hash = replaced.first();
            return;
        }
        m_byHash.insert(f->hash, outboxId);
        qCInfo(lcOutbox) << "transaction" << replaced.first() << "pending too long; replaced by" << f->hash
                         << "with max fee" << f->maxFee.toDecimal();
        broadcast(outboxId);
        emit changed();
    });
}

void TxOutbox::requeue(qint64 outboxId, const QString &why)
{
    const auto it = m_inFlight.find(outboxId);
    if (it == m_inFlight.end())
        return;
    qCWarning(lcOutbox) << "outbox row" << outboxId << "queued again:" << why;
    for (const QString &h : std::as_const(it->hashes))
        m_byHash.remove(h);
    m_inFlight.erase(it);
    QSqlQuery q(m_db.handle());
    q.prepare(u"UPDATE chain_tx SET status = 'replaced' WHERE outbox_id = ? AND status = 'sent'"_s);
    q.addBindValue(outboxId);
    q.exec();
    q.prepare(u"UPDATE chain_outbox SET status = 'queued', nonce = NULL, tx_hash = NULL, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(outboxId);
    q.exec();
    // Our nonce count is off too: learn it again before sending more.
    syncAndResume();
}

bool TxOutbox::saysAlreadyRecorded(const QString &reason)
{
    // Every contract's refusal of an intent id it holds (resources/contracts/).
    return reason.contains(u"intent already recorded"_s);
}

void TxOutbox::recordOutcome(qint64 outboxId, const QString &hash, bool success, qint64 block, qint64 gasUsed)
{
    QSqlDatabase h = m_db.handle();
    h.transaction();
    QSqlQuery q(h);
    q.prepare(u"UPDATE chain_tx SET status = CASE WHEN hash = ? THEN ? ELSE 'replaced' END WHERE outbox_id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(success ? u"confirmed"_s : u"failed"_s);
    q.addBindValue(outboxId);
    q.exec();
    q.prepare(u"UPDATE chain_outbox SET status = ?, tx_hash = ?, block_number = ?, gas_used = ?, reason = NULL, "
              "updated_at = ? WHERE id = ?"_s);
    q.addBindValue(success ? u"confirmed"_s : u"failed"_s);
    q.addBindValue(hash);
    q.addBindValue(block);
    q.addBindValue(gasUsed);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(outboxId);
    q.exec();
    h.commit();
}

void TxOutbox::confirmFromEarlierSends(InFlight f, QStringList hashes, const QString &reason)
{
    if (hashes.isEmpty() && !m_resolving.contains(f.outboxId)) {
        // First call: every transaction this row ever went out as.
        QSqlQuery q(m_db.handle());
        q.prepare(u"SELECT hash FROM chain_tx WHERE outbox_id = ? ORDER BY sent_at"_s);
        q.addBindValue(f.outboxId);
        if (q.exec()) {
            while (q.next())
                hashes << q.value(0).toString();
        }
        hashes.removeAll(f.hash);
    }
    m_resolving.insert(f.outboxId);
    if (hashes.isEmpty()) {
        m_resolving.remove(f.outboxId);
        markFailed(f.outboxId, reason);
        return;
    }
    const QString hash = hashes.takeFirst();
    m_rpc.call(u"eth_getTransactionReceipt"_s, {hash}, this, [this, f, hashes, hash, reason](const RpcResult &r) {
        if (!r) { // the node is away: ask again on a later pump
            setNodeUp(r.error().kind != RpcError::Kind::NodeDown, r.error().toString());
            m_resolving.remove(f.outboxId);
            return;
        }
        const QJsonObject receipt = r.value().toObject();
        if (receipt.value(u"status").toString() != u"0x1") {
            confirmFromEarlierSends(f, hashes, reason);
            return;
        }
        m_resolving.remove(f.outboxId);
        const qint64 block = qint64(u64(receipt.value(u"blockNumber")).value_or(0));
        qCInfo(lcOutbox) << "outbox row" << f.outboxId << "was recorded by its earlier transaction" << hash << "in block"
                         << block;
        recordOutcome(f.outboxId, hash, true, block, qint64(u64(receipt.value(u"gasUsed")).value_or(0)));
        emit confirmed(f.outboxId, f.gameId, f.kind, hash, block, f.callData);
        emit changed();
    });
}

void TxOutbox::markFailed(qint64 outboxId, const QString &reason)
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"UPDATE chain_outbox SET status = 'failed', reason = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(reason);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(outboxId);
    q.exec();
    QSqlQuery r(m_db.handle());
    r.prepare(u"SELECT game_id, kind FROM chain_outbox WHERE id = ?"_s);
    r.addBindValue(outboxId);
    if (r.exec() && r.next())
        emit failed(outboxId, r.value(0).toString(), r.value(1).toString(), reason);
    emit changed();
}

Result<std::pair<QString, QString>> TxOutbox::failedRow(qint64 outboxId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT status, kind, reason FROM chain_outbox WHERE id = ?"_s);
    q.addBindValue(outboxId);
    if (!q.exec())
        return Error{ErrorCode::StorageFailed, q.lastError().text()};
    if (!q.next())
        return Error{ErrorCode::NotFound, u"The outbox has no row %1."_s.arg(outboxId)};
    const QString status = q.value(0).toString();
    if (status != u"failed")
        return Error{ErrorCode::IntentNotFailed, u"Row %1 is %2: only a failed row can be retried or cancelled."_s.arg(outboxId).arg(status)};
    return std::pair{q.value(1).toString(), q.value(2).toString()};
}

Result<QString> TxOutbox::retry(qint64 outboxId)
{
    const auto row = failedRow(outboxId);
    if (!row)
        return row.error();
    QSqlQuery q(m_db.handle());
    q.prepare(u"UPDATE chain_outbox SET status = 'queued', nonce = NULL, tx_hash = NULL, block_number = NULL, "
              "gas_used = NULL, reason = NULL, updated_at = ? WHERE id = ? AND status = 'failed'"_s);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(outboxId);
    if (!q.exec())
        return Error{ErrorCode::StorageFailed, q.lastError().text()};
    qCInfo(lcOutbox) << "outbox row" << outboxId << "queued again by the operator";
    emit changed();
    wake();
    return row->second;
}

Result<QString> TxOutbox::cancel(qint64 outboxId, const QStringList &awaitedKinds)
{
    const auto row = failedRow(outboxId);
    if (!row)
        return row.error();
    if (awaitedKinds.contains(row->first))
        return Error{ErrorCode::IntentAwaited,
                     u"A game waits for this %1 record: retry it instead of cancelling it."_s.arg(row->first)};
    QSqlQuery q(m_db.handle());
    q.prepare(u"UPDATE chain_outbox SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = 'failed'"_s);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(outboxId);
    if (!q.exec())
        return Error{ErrorCode::StorageFailed, q.lastError().text()};
    emit changed();
    return row->second;
}

OutboxCounts TxOutbox::counts() const
{
    OutboxCounts c;
    QSqlQuery q(m_db.handle());
    if (!q.exec(u"SELECT status, COUNT(*) FROM chain_outbox GROUP BY status"_s))
        return c;
    while (q.next()) {
        const QString s = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (s == u"queued")
            c.queued = n;
        else if (s == u"sent")
            c.sent = n;
        else if (s == u"confirmed")
            c.confirmed = n;
        else if (s == u"failed")
            c.failed = n;
        else if (s == u"cancelled")
            c.cancelled = n;
    }
    return c;
}

QList<QJsonObject> TxOutbox::recent(int limit) const
{
    QList<QJsonObject> out;
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT id, intent_id, game_id, kind, contract, status, nonce, tx_hash, block_number, gas_used, reason, "
              "created_at, updated_at, (SELECT COUNT(*) FROM chain_tx t WHERE t.outbox_id = chain_outbox.id) "
              "FROM chain_outbox ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    auto orNull = [](const QVariant &v) { return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v); };
    while (q.next()) {
        out << QJsonObject{{u"id"_s, q.value(0).toLongLong()}, {u"intentId"_s, q.value(1).toString()},
                           {u"gameId"_s, q.value(2).toString()}, {u"kind"_s, q.value(3).toString()},
                           {u"contract"_s, q.value(4).toString()}, {u"status"_s, q.value(5).toString()},
                           {u"nonce"_s, orNull(q.value(6))}, {u"txHash"_s, orNull(q.value(7))},
                           {u"block"_s, orNull(q.value(8))}, {u"gasUsed"_s, orNull(q.value(9))},
                           {u"reason"_s, orNull(q.value(10))}, {u"createdAt"_s, q.value(11).toLongLong()},
                           {u"updatedAt"_s, q.value(12).toLongLong()},
                           {u"attempts"_s, q.value(13).toLongLong()}}; // transactions signed for it
    }
    return out;
}

} // namespace steward::chain
