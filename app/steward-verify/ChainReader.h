// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/node/RpcResult.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace steward::chain {
class JsonRpcClient;
}

namespace steward::verify {

// Read-only JSON-RPC for the chain checks: straight to a node, or through a host's relay
// (POST /api/chain/rpc), which answers 429 when asked too fast; those calls are repeated after
// a pause instead of failing. What cannot change (the chain id, a block's time) is asked once.
class ChainReader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const chain::RpcResult &)>;

    explicit ChainReader(const QUrl &endpoint, QObject *parent = nullptr);
    ~ChainReader() override;

    QUrl endpoint() const;

    void call(const QString &method, const QJsonArray &params, const QObject *context, Callback done);
    // The node's chain id (eth_chainId), asked once.
    void chainId(const QObject *context, std::function<void(std::optional<quint64>, QString error)> done);
    // A block's timestamp in seconds (eth_getBlockByHash), asked once per block.
    void blockTime(const QString &blockHash, const QObject *context,
                   std::function<void(std::optional<quint64>, QString error)> done);

private:
    void attempt(const QString &method, const QJsonArray &params, const QObject *context, Callback done, int tries);

    chain::JsonRpcClient *m_rpc;
    std::optional<quint64> m_chainId;
    QHash<QString, quint64> m_blockTimes;
};

} // namespace steward::verify
