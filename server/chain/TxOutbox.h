// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"
#include "server/chain/primitives/UInt256.h"
#include "server/core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QSqlQuery;

namespace steward {
class Clock;
class Database;
} // namespace steward

namespace steward::chain {

class JsonRpcClient;
class RpcError;

struct OutboxSettings
{
    int maxInFlight = 64;        // signed and sent, not yet mined
    int pollMs = 250;            // how often the head, receipts and stuck sends are looked at
    int stuckAfterMs = 15'000;   // a send not mined after this is resent, or its fees bumped
    int confirmations = 1;       // blocks on top of a receipt's before it counts
    int feeBumpPercent = 25;     // nodes ask at least +10% to replace a pending transaction
};

struct OutboxCounts
{
    qint64 queued = 0, sent = 0, confirmed = 0, failed = 0, cancelled = 0;
};

// Sends what the games queued in `chain_outbox` (see ChainIntent) as transactions signed with
// the operator key, and follows each one to its receipt:
//   queued → sent(hash) → confirmed(block, gas) | failed(reason)
// and, by the operator's hand, failed → queued (retry) or failed → cancelled.
// Every signed transaction is written to `chain_tx` before it is sent, so after a crash the
// very same bytes are sent again, never a second transaction for one intent. The nonce is ours:
// taken from the node at start, then counted here, so many transactions are in flight at once.
// A send the node lost (restarted, dropped) is sent again; one pending too long is replaced
// with higher fees (the replaced hash is kept as `replaced`). Node errors never stop the games:
// rows wait in the outbox until the node answers again.
class TxOutbox : public QObject
{
    Q_OBJECT
public:
    TxOutbox(Database &db, JsonRpcClient &rpc, const Clock &clock, QByteArray operatorKey, quint64 chainId,
             OutboxSettings settings = {}, QObject *parent = nullptr);
    ~TxOutbox() override;

    void setContract(const QString &name, const Address &address) { m_contracts.insert(name, address); }
    // Kinds of intent some game waits for (a round's commitment, which its round cannot open
    // without): queued rows of these kinds are sent before any other, so that a flood of
    // another game's intents cannot hold a table up. Asked before each batch.
    void setUrgentKinds(std::function<QStringList()> kinds) { m_urgentKinds = std::move(kinds); }
    Address operatorAddress() const { return m_operator; }

    // Starts sending: syncs the nonce, resends what was in flight, then polls.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // New rows were queued.
    void wake();
    // The chain was reorganised after `forkBlock`: rows put back to `sent` are checked again.
    void reopen(quint64 forkBlock);

    // The operator's second try at a failed row: queued again and sent as a new transaction; its
    // earlier attempts stay in chain_tx. Returns the reason it had failed with.
    Result<QString> retry(qint64 outboxId);
    // Gives up on a failed row: it stays, marked cancelled, and is never sent. Kinds a game waits
    // for (a round's commitment) are refused: the game would wait forever.
    Result<QString> cancel(qint64 outboxId, const QStringList &awaitedKinds);

    OutboxCounts counts() const;
    bool nodeReachable() const { return m_nodeUp; }
    std::optional<quint64> head() const { return m_head; }
    QString lastError() const { return m_lastError; }
    // The rows of one intent's outbox state, for the REST API: newest first.
    QList<QJsonObject> recent(int limit) const;

signals:
    void started();
    void confirmed(qint64 outboxId, const QString &gameId, const QString &kind, const QString &txHash,
                   qint64 blockNumber, const QByteArray &callData);
    void failed(qint64 outboxId, const QString &gameId, const QString &kind, const QString &reason);
    void changed();

private:
    struct InFlight
    {
        qint64 outboxId = 0;
        QString gameId, kind, contract;
        QByteArray callData;
        quint64 nonce = 0;
        quint64 gasLimit = 0;
        UInt256 maxFee, priorityFee;
        QString hash;         // the latest signed transaction
        QStringList hashes;   // every one this intent went out as
        QByteArray raw;
        qint64 sentAtMs = 0;
        bool checking = false; // a stuck check is under way
    };

    static InFlight intentOf(const QSqlQuery &row);
    // The contract said the intent is recorded already: one of the row's earlier transactions
    // was mined after all (a replaced send, one a crash hid). Confirms the row from the first
    // of `hashes` whose receipt succeeded; fails it with `reason` if none did.
    void confirmFromEarlierSends(InFlight f, QStringList hashes, const QString &reason);
    // Writes a receipt's outcome to chain_tx and chain_outbox.
    void recordOutcome(qint64 outboxId, const QString &hash, bool success, qint64 block, qint64 gasUsed);
    static bool saysAlreadyRecorded(const QString &reason);
    void syncAndResume();
    void pump();
    void refreshFees(std::function<void()> then);
    void sendQueued();
    bool signAndRecord(InFlight &f, const QList<QString> &replacedHashes);
    void broadcast(qint64 outboxId);
    void onSendError(qint64 outboxId, const RpcError &error);
    void poll();
    void scanBlocks(quint64 upTo);
    void settle(const QJsonObject &receipt);
    void checkStuck(qint64 outboxId);
    void requeue(qint64 outboxId, const QString &why);
    void markFailed(qint64 outboxId, const QString &reason);
    // The failed row's kind and reason, or why the operator may not touch it.
    Result<std::pair<QString, QString>> failedRow(qint64 outboxId) const;
    void setNodeUp(bool up, const QString &error = {});

    Database &m_db;
    JsonRpcClient &m_rpc;
    const Clock &m_clock;
    QByteArray m_key;
    Address m_operator;
    quint64 m_chainId;
    OutboxSettings m_settings;
    QHash<QString, Address> m_contracts;

    bool m_running = false;
    bool m_ready = false;       // nonce known, in-flight loaded
    bool m_sending = false;     // a pump is signing and sending
    bool m_scanning = false;    // receipts of new blocks are being read
    bool m_nodeUp = false;
    quint64 m_nextNonce = 0;
    std::optional<quint64> m_head;
    quint64 m_scannedTo = 0;    // receipts read up to this block
    UInt256 m_baseFee, m_priorityFee;
    qint64 m_feesAtMs = 0;
    QHash<QByteArray, quint64> m_gasByCall; // contract + selector -> gas limit with headroom
    QMap<qint64, InFlight> m_inFlight;      // by outbox id
    QHash<QString, qint64> m_byHash;        // every live hash -> outbox id
    QString m_lastError;
    QTimer m_pollTimer;
    std::function<QStringList()> m_urgentKinds;
    QSet<qint64> m_resolving; // rows whose earlier sends are being looked up: not sent meanwhile
};

} // namespace steward::chain
