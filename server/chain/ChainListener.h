// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace steward {
class Clock;
class Database;
} // namespace steward

namespace steward::chain {

class JsonRpcClient;

struct ListenerSettings
{
    int pollMs = 1000;            // how often the head is looked at
    int confirmations = 1;        // a block is read once this many blocks stand on it (itself included)
    int maxRange = 500;           // blocks per eth_getLogs
    int reconcileEveryMs = 30'000;
    // The contract whose events carry the intent id as their second topic, and whose outbox rows
    // this listener reconciles (GameKind::reconciledContracts); other contracts' records are
    // checked by the verifiers instead.
    QString contractName;
};

// Reads our contracts' events back from the chain, independently of the receipts the outbox
// saw: each event marks its outbox row as seen on chain (`log_block`). It remembers the hash of
// every block it has read; when the node's block at one of those numbers has changed, the chain
// was reorganised, and everything after the last block both agree on is undone: rows confirmed
// or seen there go back to `sent`, and the outbox checks them again (resending what the new
// chain lacks). A periodic reconciliation compares what the database says was recorded with
// what the chain holds and reports any difference.
class ChainListener : public QObject
{
    Q_OBJECT
public:
    ChainListener(Database &db, JsonRpcClient &rpc, const Clock &clock, Address contract,
                  ListenerSettings settings = {}, QObject *parent = nullptr);

    void start();
    void stop();

    std::optional<quint64> lastBlock() const; // the newest block read
    QJsonObject reconciliation() const { return m_reconciliation; }
    int reorgs() const { return m_reorgs; }
    // Runs a reconciliation now; `done` once it is in reconciliation().
    void reconcile(std::function<void()> done = {});

signals:
    // Blocks after `forkBlock` were replaced: the outbox must look at its rows again.
    void reorganised(quint64 forkBlock);
    void eventsSeen(int count);

private:
    void poll();
    void checkTip(quint64 head);
    void findFork(quint64 below, quint64 head);
    void rollBack(quint64 forkBlock, quint64 head);
    void readLogs(quint64 from, quint64 to, quint64 head);

    Database &m_db;
    JsonRpcClient &m_rpc;
    const Clock &m_clock;
    Address m_contract;
    ListenerSettings m_settings;
    bool m_busy = false;
    int m_reorgs = 0;
    QJsonObject m_reconciliation;
    QTimer m_pollTimer;
    QTimer m_reconcileTimer;
};

} // namespace steward::chain
