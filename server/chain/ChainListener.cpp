// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainListener.h"

#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/Hex.h"
#include "server/core/Clock.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcListener, "steward.chain.listener")

namespace steward::chain {

namespace {
std::optional<quint64> u64(const QJsonValue &v)
{
    return hex::decodeQuantity(v.toString());
}
constexpr int KeptBlocks = 256; // hashes remembered for finding a fork
} // namespace

ChainListener::ChainListener(Database &db, JsonRpcClient &rpc, const Clock &clock, Address contract,
                             ListenerSettings settings, QObject *parent)
    : QObject(parent), m_db(db), m_rpc(rpc), m_clock(clock), m_contract(contract), m_settings(settings)
{
    m_pollTimer.setInterval(m_settings.pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChainListener::poll);
    m_reconcileTimer.setInterval(m_settings.reconcileEveryMs);
    connect(&m_reconcileTimer, &QTimer::timeout, this, [this] { reconcile(); });
}

void ChainListener::start()
{
    m_pollTimer.start();
    m_reconcileTimer.start();
    poll();
}

void ChainListener::stop()
{
    m_pollTimer.stop();
    m_reconcileTimer.stop();
}

std::optional<quint64> ChainListener::lastBlock() const
{
    QSqlQuery q(m_db.handle());
    if (q.exec(u"SELECT MAX(number) FROM chain_blocks"_s) && q.next() && !q.value(0).isNull())
        return quint64(q.value(0).toLongLong());
    return std::nullopt;
}

void ChainListener::poll()
{
    if (m_busy)
        return;
    m_busy = true;
    m_rpc.call(u"eth_blockNumber"_s, {}, this, [this](const RpcResult &r) {
        if (!r) {
            m_busy = false; // the node is away; the outbox says so too
            return;
        }
        checkTip(u64(r.value()).value_or(0));
    });
}

// Is the newest block we read still part of the node's chain?
void ChainListener::checkTip(quint64 head)
{
    const auto last = lastBlock();
    if (!last) {
        // First run on this chain: start from the deployment, where our events begin.
        QSqlQuery q(m_db.handle());
        quint64 from = 0;
        if (q.exec(u"SELECT MIN(deployed_block) FROM chain_contracts"_s) && q.next())
            from = quint64(q.value(0).toLongLong());
        readLogs(from, head, head);
        return;
    }
    m_rpc.call(u"eth_getBlockByNumber"_s, {hex::encodeQuantity(*last), false}, this, [this, last, head](const RpcResult &r) {
        if (!r) {
            m_busy = false;
            return;
        }
        QSqlQuery q(m_db.handle());
        q.prepare(u"SELECT hash FROM chain_blocks WHERE number = ?"_s);
        q.addBindValue(qint64(*last));
        const QString known = (q.exec() && q.next()) ? q.value(0).toString() : QString();
        const QString now = r.value().toObject().value(u"hash").toString();
        if (!r.value().isNull() && now == known) {
            readLogs(*last + 1, head, head);
            return;
        }
        qCWarning(lcListener) << "block" << *last << "changed from" << known << "to" << (now.isEmpty() ? u"(none)"_s : now)
                              << "- the chain was reorganised";
        findFork(*last, head);
    });
}

// Walks back through the blocks we read until one still has the hash we saw.
void ChainListener::findFork(quint64 below, quint64 head)
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT number, hash FROM chain_blocks WHERE number < ? ORDER BY number DESC LIMIT 1"_s);
    q.addBindValue(qint64(below));
    if (!q.exec() || !q.next()) {
        rollBack(0, head); // nothing we read survives: read everything again
        return;
    }
    const quint64 number = quint64(q.value(0).toLongLong());
    const QString known = q.value(1).toString();
    m_rpc.call(u"eth_getBlockByNumber"_s, {hex::encodeQuantity(number), false}, this,
               [this, number, known, head](const RpcResult &r) {
        if (!r) {
            m_busy = false;
            return;
        }
        if (r.value().toObject().value(u"hash").toString() == known)
            rollBack(number, head);
        else
            findFork(number, head);
    });
}

void ChainListener::rollBack(quint64 forkBlock, quint64 head)
{
    ++m_reorgs;
    QSqlDatabase h = m_db.handle();
    h.transaction();
    QSqlQuery q(h);
    q.prepare(u"DELETE FROM chain_blocks WHERE number > ?"_s);
    q.addBindValue(qint64(forkBlock));
    q.exec();
    // Whatever the outbox or we saw after the fork is no longer on the chain the node follows.
    q.prepare(u"SELECT COUNT(*) FROM chain_outbox WHERE status = 'confirmed' AND (block_number > ? OR log_block > ?)"_s);
    q.addBindValue(qint64(forkBlock));
    q.addBindValue(qint64(forkBlock));
    const qint64 reopened = (q.exec() && q.next()) ? q.value(0).toLongLong() : 0;
    q.prepare(u"UPDATE chain_outbox SET status = 'sent', block_number = NULL, gas_used = NULL, log_block = NULL, "
              "updated_at = ? WHERE status = 'confirmed' AND (block_number > ? OR log_block > ?)"_s);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(qint64(forkBlock));
    q.addBindValue(qint64(forkBlock));
    q.exec();
    q.prepare(u"UPDATE chain_outbox SET log_block = NULL WHERE log_block > ?"_s);
    q.addBindValue(qint64(forkBlock));
    q.exec();
    q.prepare(u"UPDATE chain_tx SET status = 'sent' WHERE status = 'confirmed' AND hash IN "
              "(SELECT tx_hash FROM chain_outbox WHERE status = 'sent')"_s);
    q.exec();
    h.commit();
    qCWarning(lcListener).nospace() << "rolled back to block " << forkBlock << "; " << reopened
                                    << " confirmed rows are open again";
    emit reorganised(forkBlock);
    readLogs(forkBlock + 1, head, head);
}

// Reads our events in [from, min(to, settled)], marks their rows, remembers the blocks' hashes.
void ChainListener::readLogs(quint64 from, quint64 to, quint64 head)
{
    const quint64 settled = head + 1 >= quint64(m_settings.confirmations) ? head + 1 - quint64(m_settings.confirmations) : 0;
    to = std::min({to, settled, from + quint64(m_settings.maxRange) - 1});
    if (from > to) {
        m_busy = false;
        return;
    }
    const QJsonObject filter{{u"fromBlock"_s, hex::encodeQuantity(from)}, {u"toBlock"_s, hex::encodeQuantity(to)},
                             {u"address"_s, m_contract.toChecksumString()}};
    m_rpc.call(u"eth_getLogs"_s, {filter}, this, [this, from, to, head](const RpcResult &logs) {
        if (!logs) {
            m_busy = false;
            return;
        }
        // The hash of the range's last block: the checkpoint a later reorg is measured against.
        m_rpc.call(u"eth_getBlockByNumber"_s, {hex::encodeQuantity(to), false}, this,
                   [this, from, to, head, list = logs.value().toArray()](const RpcResult &block) {
            if (!block || block.value().isNull()) {
                m_busy = false;
                return;
            }
            QSqlDatabase h = m_db.handle();
            h.transaction();
            QSqlQuery q(h);
            int seen = 0;
            for (const QJsonValue &v : list) {
                const QJsonObject log = v.toObject();
                if (log.value(u"removed").toBool())
                    continue;
                const QJsonArray topics = log.value(u"topics").toArray();
                if (topics.size() < 3)
                    continue; // OperatorChanged: not an intent
                // Every ledger write has the intent id as its second indexed field.
                q.prepare(u"UPDATE chain_outbox SET log_block = ? WHERE intent_id = ?"_s);
                q.addBindValue(qint64(u64(log.value(u"blockNumber")).value_or(0)));
                q.addBindValue(topics.at(2).toString());
                q.exec();
                ++seen;
            }
            q.prepare(u"INSERT INTO chain_blocks (number, hash) VALUES (?, ?)"_s);
            q.addBindValue(qint64(to));
            q.addBindValue(block.value().toObject().value(u"hash").toString());
            q.exec();
            q.prepare(u"DELETE FROM chain_blocks WHERE number < ?"_s);
            q.addBindValue(qint64(to) - KeptBlocks);
            q.exec();
            h.commit();
            if (seen)
                emit eventsSeen(seen);
            if (to < head && to < from + quint64(m_settings.maxRange) - 1) {
                m_busy = false;
                return;
            }
            readLogs(to + 1, head, head); // more than one range behind
        });
    });
}

// What the database says is on chain against what the chain says: rows confirmed but whose
// event was never seen are asked about one by one (recorded(intentId) on the ledger).
void ChainListener::reconcile(std::function<void()> done)
{
    QSqlQuery q(m_db.handle());
    QJsonObject report{{u"checkedAt"_s, m_clock.nowMs()}};
    q.prepare(u"SELECT COUNT(*), SUM(CASE WHEN log_block IS NOT NULL THEN 1 ELSE 0 END) FROM chain_outbox "
              "WHERE status = 'confirmed' AND contract = ?"_s);
    q.addBindValue(m_settings.contractName);
    if (q.exec() && q.next()) {
        report.insert(u"confirmed"_s, q.value(0).toLongLong());
        report.insert(u"seenOnChain"_s, q.value(1).toLongLong());
    }
    const auto last = lastBlock();
    QStringList unseen;
    q.prepare(u"SELECT intent_id FROM chain_outbox WHERE status = 'confirmed' AND log_block IS NULL AND block_number <= ? "
              "AND contract = ? ORDER BY id LIMIT 50"_s);
    q.addBindValue(qint64(last.value_or(0)));
    q.addBindValue(m_settings.contractName);
    if (q.exec()) {
        while (q.next())
            unseen << q.value(0).toString();
    }
    auto pending = std::make_shared<int>(int(unseen.size()));
    auto missing = std::make_shared<QJsonArray>();
    auto finish = [this, report, missing, done]() mutable {
        report.insert(u"missing"_s, *missing);
        report.insert(u"ok"_s, missing->isEmpty());
        m_reconciliation = report;
        if (!missing->isEmpty())
            qCWarning(lcListener) << missing->size() << "intents the database calls confirmed are not on chain";
        if (done)
            done();
    };
    if (unseen.isEmpty()) {
        finish();
        return;
    }
    for (const QString &intent : std::as_const(unseen)) {
        static const QString selector = hex::encode(functionSelector(u"recorded(bytes32)"));
        const QString data = selector + intent.mid(2);
        m_rpc.call(u"eth_call"_s, {QJsonObject{{u"to"_s, m_contract.toChecksumString()}, {u"data"_s, data}}, u"latest"_s},
                   this, [pending, missing, intent, finish](const RpcResult &r) mutable {
            if (r && !r.value().toString().endsWith(u'1'))
                missing->append(intent);
            if (--*pending == 0)
                finish();
        });
    }
}

} // namespace steward::chain
