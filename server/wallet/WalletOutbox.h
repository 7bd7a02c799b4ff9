// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WalletCall.h"
#include "WebhookClient.h"
#include "server/core/Error.h"
#include "server/core/Result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace steward {
class Clock;
class Database;
class UnitOfWork;
} // namespace steward

namespace steward::wallet {

struct WalletSettings
{
    int attemptTimeoutMs = 3000;     // one webhook attempt of a credit or rollback
    int firstRetryMs = 500;          // backoff after a failed attempt, doubling...
    int maxRetryMs = 60'000;         // ...up to this, forever
    int debitDeadlineMs = 3000;      // every attempt of one debit together (a player is waiting)
    int debitAttempts = 3;
    int debitRetryPauseMs = 100;     // between quick debit attempts
    int maxInFlightPerOperator = 8;  // credits and rollbacks sent at once to one operator
};

// How a debit ended, for the caller placing the bet.
struct DebitOutcome
{
    enum class Kind { Acked, Refused, Unavailable, NotStored };

    Kind kind = Kind::Unavailable;
    QString code;         // Refused: the operator's code
    QString message;
    QJsonObject response; // Acked: the operator's answer

    bool isAcked() const { return kind == Kind::Acked; }
    // Refused → InsufficientFunds (operator code INSUFFICIENT_FUNDS) or DebitRefused;
    // Unavailable → WalletUnavailable; NotStored (the write-ahead row failed, the operator was
    // never asked) → StorageFailed.
    Error error() const;
};

struct WalletCounts
{
    qint64 pending = 0, acked = 0, refused = 0, unknown = 0;
};

struct OperatorHealth
{
    bool reachable = true; // the last attempt got an answer (assumed until one does not)
    qint64 lastSuccessMs = 0;
    qint64 lastErrorMs = 0;
    QString lastError;
    int pending = 0; // calls waiting or under way
};

using EndpointLookup = std::function<std::optional<OperatorEndpoint>(const QString &operatorId)>;

// Moves players' money at the betting operators through their wallet webhooks, durably.
//
// Every call is first a `pending` row of `wallet_calls`, committed with the event it belongs
// to, and only then sent, signed, to <webhook>/<kind>. The operator applies a tx id at most once
// (resending is always safe), so:
//  - credits and rollbacks are retried with exponential backoff, across restarts, until the
//    operator acks or refuses them; a refusal is kept as `refused` and reported (callRefused),
//    a support case rather than something to retry forever;
//  - a debit is written ahead, then tried a few times within a short deadline. Acked: the caller
//    records the bet and, in that same commit, markAcked(). Refused: the row is `refused`. No
//    answer: the operator may or may not have debited, so the row becomes `unknown` and its
//    rollback is queued. Operators must remember a rollback whose debit they never saw and refuse
//    that debit if it arrives later (a request can outlive our timeout on the wire).
// Status updates after an answer go through the event store's group commit, never blocking the
// event loop on the database. Lives on the host's thread.
class WalletOutbox : public QObject
{
    Q_OBJECT
public:
    using DebitDone = std::function<void(const DebitOutcome &)>;

    WalletOutbox(Database &db, UnitOfWork &store, const Clock &clock, EndpointLookup endpoints,
                 WalletSettings settings = {}, QObject *parent = nullptr);
    ~WalletOutbox() override;

    // Appends a pending row to `store`'s gathering commit and returns its id; the call is sent
    // once that commit is durable. A tx id already queued in this run returns the first id.
    qint64 queueCredit(UnitOfWork &store, WalletCall credit);
    // Queues the rollback of `debit` (tx id rollbackTxId(debit.txId)); a debit still `pending`
    // becomes `unknown` in the same commit.
    qint64 queueRollback(UnitOfWork &store, const WalletCall &debit);
    // Write-ahead debit: the pending row is committed first, then the operator is called.
    // `done` runs once. Acked: record the bet and call markAcked() in the same commit.
    void debit(UnitOfWork &store, WalletCall debit, DebitDone done);
    // Appends the UPDATE that sets an acked debit's row to `acked`, to commit with the bet.
    void markAcked(UnitOfWork &store, const QString &txId);

    // At start-up, before any debit: sends pending credits and rollbacks again, and rolls back
    // debits left `pending` by a crash (the bet was never recorded).
    void resume();
    // Sends this operator's waiting calls now (its endpoint changed, or it says it is back).
    void wake(const QString &operatorId);

    Result<WalletCounts> counts() const;
    OperatorHealth health(const QString &operatorId) const;

signals:
    // A call reached its final status: acked | refused | unknown (status names of wallet_calls).
    void callSettled(const QString &txId, const QString &kind, const QString &status);
    // The operator refused a call for good: for the console and support.
    void callRefused(const QString &txId, const QString &kind, const QString &operatorId, const QString &code,
                     const QString &message);
    void healthChanged(const QString &operatorId, bool reachable);

private:
    struct Queued
    {
        qint64 id = 0;
        WalletCall call;
        int attempts = 0;
        qint64 nextAtMs = 0;
        bool durable = false; // the row is committed: it may be sent
        bool sending = false;
    };
    struct DebitRun
    {
        qint64 id = 0;
        WalletCall call;
        QList<DebitDone> waiting;
        int attempts = 0;
        QDeadlineTimer deadline;
    };
    struct AckedDebit
    {
        int attempts = 0;
        QJsonObject response;
    };
    struct OperatorState
    {
        OperatorHealth health;
        int inFlight = 0;
        // (next attempt ms, row id) -> tx id of this operator's calls not in flight. One queue per
        // operator, so an operator at its cap costs nothing when another one's answer pumps.
        QMap<std::pair<qint64, qint64>, QString> due;
    };

    qint64 queueRollback(UnitOfWork &store, const WalletCall &debit, const QString &reason);
    qint64 appendCall(UnitOfWork &store, const WalletCall &call);
    void enqueue(Queued q);
    void makeDue(const QString &txId, qint64 atMs);
    void pump();
    void send(const QString &txId);
    void onAnswer(const QString &txId, const WebhookOutcome &outcome);
    void attemptDebit(const QString &txId);
    void onDebitAnswer(const QString &txId, const WebhookOutcome &outcome);
    void giveUpDebit(const QString &txId, const QString &reason);
    void finishDebit(const QString &txId, const DebitOutcome &outcome);
    void settle(const WalletCall &call, QStringView status, int attempts, const QString &lastError,
                const QJsonObject &response);
    void noteOutcome(const QString &operatorId, const WebhookOutcome &outcome);
    void noteError(const QString &operatorId, const QString &error);
    std::optional<OperatorEndpoint> endpointOf(const QString &operatorId) const;
    qint64 backoffMs(int attempts) const;
    qint64 nowMs() const;

    Database &m_db;
    UnitOfWork &m_store;
    const Clock &m_clock;
    EndpointLookup m_endpoints;
    WalletSettings m_settings;
    WebhookClient m_client;
    qint64 m_nextId = 1;

    QHash<QString, Queued> m_queued;             // credits and rollbacks not yet settled, by tx id
    QHash<QString, DebitRun> m_debits;           // debits being tried
    QHash<QString, AckedDebit> m_ackedDebits;    // acked, awaiting the caller's markAcked
    QHash<QString, OperatorState> m_operators;
    QTimer m_timer;                              // the next due retry
};

} // namespace steward::wallet
