// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRpcClient.h"

#include "server/chain/primitives/Hex.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {
constexpr int MaxBackoffMs = 10'000;
constexpr qsizetype ExcerptChars = 200;

// Repeating these changes nothing on the node. eth_sendTransaction is not here: the node picks
// the nonce and signs, so a resend after a lost answer could record the same intent twice.
const QSet<QString> &safeMethods()
{
    static const QSet<QString> methods = {
        u"eth_chainId"_s, u"eth_blockNumber"_s, u"eth_call"_s, u"eth_estimateGas"_s,
        u"eth_gasPrice"_s, u"eth_maxPriorityFeePerGas"_s, u"eth_feeHistory"_s,
        u"eth_getBalance"_s, u"eth_getCode"_s, u"eth_getStorageAt"_s, u"eth_getTransactionCount"_s,
        u"eth_getTransactionByHash"_s, u"eth_getTransactionReceipt"_s, u"eth_getBlockByNumber"_s,
        u"eth_getBlockByHash"_s, u"eth_getLogs"_s, u"eth_syncing"_s, u"net_version"_s,
        u"web3_clientVersion"_s, u"eth_sendRawTransaction"_s,
    };
    return methods;
}

// The errors where the request never got an answer from a node: retrying may help.
bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(ExcerptChars)).simplified();
    if (body.size() > ExcerptChars)
        text += u"…"_s;
    return text.isEmpty() ? u"(empty body)"_s : text;
}
} // namespace

JsonRpcClient::JsonRpcClient(const QUrl &endpoint, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_endpoint(endpoint)
{
    // The node is ours (anvil on loopback, a node on the LAN): no proxy from the environment.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

JsonRpcClient::~JsonRpcClient()
{
    // Abandon what is in flight without calling back into a half-destroyed owner.
    for (auto &[id, call] : m_calls) {
        if (call.reply) {
            disconnect(call.reply, nullptr, this, nullptr);
            call.reply->abort();
        }
    }
    m_calls.clear();
}

bool JsonRpcClient::isSafeToRepeat(const QString &method)
{
    return safeMethods().contains(method);
}

void JsonRpcClient::call(const QString &method, const QJsonArray &params, Callback done)
{
    Call c;
    c.method = method;
    c.params = params;
    c.done = std::move(done);
    const quint64 id = m_nextId++;
    const QJsonObject request{
        {u"jsonrpc"_s, u"2.0"_s},
        {u"id"_s, double(id)},
        {u"method"_s, method},
        {u"params"_s, params},
    };
    c.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_calls.emplace(id, std::move(c));
    send(id);
}

void JsonRpcClient::call(const QString &method, const QJsonArray &params, const QObject *context, Callback done)
{
    const quint64 id = m_nextId;
    call(method, params, std::move(done));
    if (auto it = m_calls.find(id); it != m_calls.end()) {
        it->second.context = context;
        it->second.hasContext = true;
    }
}

void JsonRpcClient::send(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    ++call.attempt;
    call.requestSent = false;
    call.timedOut = false;
    call.tooLarge = false;

    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->post(request, call.body);
    call.reply = reply;

    connect(reply, &QNetworkReply::requestSent, this, [this, id] {
        if (auto found = m_calls.find(id); found != m_calls.end())
            found->second.requestSent = true;
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id, reply](qint64 received, qint64) {
        auto found = m_calls.find(id);
        if (received > MaxResponseBytes && found != m_calls.end() && found->second.reply == reply) {
            found->second.tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
    // Owned by the reply, so it cannot fire for a later attempt.
    QTimer::singleShot(m_timeoutMs, reply, [this, id, reply] {
        auto found = m_calls.find(id);
        if (found != m_calls.end() && found->second.reply == reply && reply->isRunning()) {
            found->second.timedOut = true;
            reply->abort();
        }
    });
}

void JsonRpcClient::onFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second.reply != reply)
        return;
    Call &call = it->second;
    call.reply = nullptr;

    RpcResult result = outcome(id, call, reply);
    result.setAttempts(call.attempt);
    const bool retry = !result.ok() && result.error().kind == RpcError::Kind::NodeDown
        && call.attempt < m_maxAttempts && isSafeToRepeat(call.method);
    if (!retry) {
        finish(id, std::move(result));
        return;
    }
    const int delay = std::min(MaxBackoffMs, m_initialBackoffMs << std::min(call.attempt - 1, 16));
    emit retryScheduled(call.method, call.attempt, delay, result.error());
    QTimer::singleShot(delay, this, [this, id] { send(id); });
}

RpcResult JsonRpcClient::outcome(quint64 id, Call &call, QNetworkReply *reply) const
{
    using Kind = RpcError::Kind;
    const QString where = m_endpoint.toDisplayString();
    if (call.timedOut) {
        // Before the request went out we never reached a node: that is a node down, and retried.
        if (!call.requestSent)
            return RpcResult::failure(RpcError::local(
                Kind::NodeDown, u"no connection to "_s + where + u" within "_s + QString::number(m_timeoutMs) + u" ms"_s));
        return RpcResult::failure(RpcError::local(
            Kind::Timeout, u"no answer from "_s + where + u" within "_s + QString::number(m_timeoutMs) + u" ms"_s));
    }
    if (call.tooLarge)
        return RpcResult::failure(RpcError::local(
            Kind::InvalidResponse, u"answer larger than "_s + QString::number(MaxResponseBytes) + u" bytes"_s));

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all.
        const Kind kind = isConnectionFailure(reply->error()) ? Kind::NodeDown : Kind::InvalidResponse;
        return RpcResult::failure(RpcError::local(kind, where + u": "_s + reply->errorString()));
    }

    // Some nodes send JSON-RPC errors with HTTP 4xx/5xx, so read the body whatever the status.
    const QByteArray body = reply->readAll();
    const int httpStatus = status.toInt();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = doc.object();
    const bool isRpc = parseError.error == QJsonParseError::NoError && doc.isObject()
        && (answer.contains(u"result"_s) || answer.value(u"error"_s).isObject());
    if (!isRpc) {
        const QString what = httpStatus == 200 ? u"not a JSON-RPC answer"_s : u"HTTP "_s + QString::number(httpStatus);
        return RpcResult::failure(RpcError::local(Kind::InvalidResponse, what + u": "_s + excerpt(body)));
    }
    if (answer.value(u"id"_s).toDouble(-1) != double(id))
        return RpcResult::failure(RpcError::local(Kind::InvalidResponse, u"answer for another request: "_s + excerpt(body)));

    if (answer.contains(u"result"_s))
        return RpcResult::success(answer.value(u"result"_s));

    const QJsonObject e = answer.value(u"error"_s).toObject();
    RpcError error = RpcError::fromNode(e.value(u"code"_s).toInt(), e.value(u"message"_s).toString(), e.value(u"data"_s));
    if (error.kind == Kind::AlreadyKnown && call.method == u"eth_sendRawTransaction"_s) {
        // The same signed bytes are the same transaction: report its hash as if just accepted.
        if (const auto raw = hex::decode(call.params.at(0).toString())) {
            RpcResult known = RpcResult::success(
                hex::encode(QCryptographicHash::hash(*raw, QCryptographicHash::Keccak_256)));
            known.setAlreadyKnown(true);
            return known;
        }
    }
    return RpcResult::failure(std::move(error));
}

void JsonRpcClient::finish(quint64 id, RpcResult result)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    // Out of the table before calling back, so the callback may start new calls or delete us.
    Call call = std::move(it->second);
    m_calls.erase(it);
    if (call.hasContext && !call.context)
        return;
    if (call.done)
        call.done(result);
}

} // namespace steward::chain
