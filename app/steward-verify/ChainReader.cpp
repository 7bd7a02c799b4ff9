// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainReader.h"

#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChainReader)
};

// A relay that says "too many requests" is waited out for up to about half a minute.
constexpr int MaxRateLimitedTries = 40;

bool rateLimited(const chain::RpcResult &r)
{
    return !r.ok() && r.error().kind == chain::RpcError::Kind::InvalidResponse
        && r.error().message.startsWith(u"HTTP 429");
}
} // namespace

ChainReader::ChainReader(const QUrl &endpoint, QObject *parent)
    : QObject(parent), m_rpc(new chain::JsonRpcClient(endpoint, this))
{
}

ChainReader::~ChainReader() = default;

QUrl ChainReader::endpoint() const
{
    return m_rpc->endpoint();
}

void ChainReader::call(const QString &method, const QJsonArray &params, const QObject *context, Callback done)
{
    attempt(method, params, context, std::move(done), 1);
}

void ChainReader::attempt(const QString &method, const QJsonArray &params, const QObject *context, Callback done,
                          int tries)
{
    QPointer<const QObject> guard(context);
    m_rpc->call(method, params, context, [this, method, params, guard, done, tries](const chain::RpcResult &r) {
        if (rateLimited(r) && tries < MaxRateLimitedTries) {
            QTimer::singleShot(std::min(200 * tries, 1000), this, [this, method, params, guard, done, tries] {
                if (guard)
                    attempt(method, params, guard.data(), done, tries + 1);
            });
            return;
        }
        done(r);
    });
}

void ChainReader::chainId(const QObject *context, std::function<void(std::optional<quint64>, QString)> done)
{
    if (m_chainId) {
        done(m_chainId, {});
        return;
    }
    call(u"eth_chainId"_s, {}, context, [this, done](const chain::RpcResult &r) {
        if (!r)
            return done(std::nullopt, r.error().toString());
        const auto id = chain::hex::decodeQuantity(r.value().toString());
        if (!id)
            return done(std::nullopt, Text::tr("the node's chain id is not a number"));
        m_chainId = id;
        done(id, {});
    });
}

void ChainReader::blockTime(const QString &blockHash, const QObject *context,
                            std::function<void(std::optional<quint64>, QString)> done)
{
    const QString key = blockHash.toLower();
    if (const auto it = m_blockTimes.constFind(key); it != m_blockTimes.cend()) {
        done(*it, {});
        return;
    }
    call(u"eth_getBlockByHash"_s, {blockHash, false}, context, [this, key, done](const chain::RpcResult &r) {
        if (!r)
            return done(std::nullopt, r.error().toString());
        if (!r.value().isObject())
            return done(std::nullopt, Text::tr("the chain has no block %1").arg(key));
        const auto t = chain::hex::decodeQuantity(r.value().toObject().value(u"timestamp").toString());
        if (!t)
            return done(std::nullopt, Text::tr("block %1 has no timestamp").arg(key));
        m_blockTimes.insert(key, *t);
        done(t, {});
    });
}

} // namespace steward::verify
