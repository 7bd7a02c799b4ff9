// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace steward {
class Database;
} // namespace steward

namespace steward::chain {

class JsonRpcClient;

// Makes sure each of our contracts (resources/contracts, embedded at build time) is deployed
// on the node's chain, and says where. A deployment found in `chain_contracts` is reused if the
// node still holds exactly that code; otherwise (a fresh devnet, a changed contract) it is
// deployed again with the operator key and recorded.
class ContractDeployer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QHash<QString, Address> &addresses, const QString &error)>;

    ContractDeployer(Database &db, JsonRpcClient &rpc, QByteArray operatorKey, quint64 chainId,
                     QObject *parent = nullptr);

    void ensure(const QStringList &contracts, Done done);

private:
    void next();
    void deploy(const QString &name);
    void waitForReceipt(const QString &name, const QString &hash, int triesLeft);
    void record(const QString &name, const Address &address, quint64 block);
    void fail(const QString &error);

    Database &m_db;
    JsonRpcClient &m_rpc;
    QByteArray m_key;
    quint64 m_chainId;
    QStringList m_todo;
    QHash<QString, Address> m_found;
    Done m_done;
};

} // namespace steward::chain
