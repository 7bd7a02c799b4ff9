// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RpcResult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>

class QNetworkAccessManager;
class QNetworkReply;

namespace steward::chain {

// Talks JSON-RPC 2.0 over HTTP to an Ethereum node (anvil, geth). One request per call, no
// batches. Every call ends in exactly one callback, always from the event loop (never inside
// call()), unless the client or the call's context object is destroyed first.
//
// Transport failures (no connection, connection closed, connect timed out) are retried with
// exponential backoff (200, 400, 800 ms, ...) but only for methods that are safe to repeat:
// reads, and eth_sendRawTransaction, whose resend of the same signed bytes cannot create a
// second transaction. When a resend finds the node already holding it ("already known" in geth,
// "transaction already imported" in anvil) the call succeeds with the hash (keccak of the bytes)
// and alreadyKnown() set. If the first send was already mined, the resend says NonceTooLow
// instead; the caller tells that apart by looking up the hash. A request that reached the node
// but got no answer in time is a Timeout and is not retried: the caller already waited.
//
// Beware: below us, Qt's HTTP layer itself reconnects and resends a request (any method) a
// couple of times when the connection drops before an answer. Harmless for the methods above;
// one more reason the host's writes go out as signed eth_sendRawTransaction, never as
// eth_sendTransaction, whose node-assigned nonce would make a resend a second transaction.
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcResult &)>;

    static constexpr int DefaultTimeoutMs = 10'000;
    static constexpr int DefaultMaxAttempts = 4;
    static constexpr int DefaultInitialBackoffMs = 200;
    static constexpr qint64 MaxResponseBytes = 64 * 1024 * 1024;

    explicit JsonRpcClient(const QUrl &endpoint, QObject *parent = nullptr);
    ~JsonRpcClient() override;

    QUrl endpoint() const { return m_endpoint; }
    void setEndpoint(const QUrl &endpoint) { m_endpoint = endpoint; }

    // Per attempt: how long one HTTP request may take before it counts as timed out.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Attempts in all, the first one included; 1 turns retries off.
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts < 1 ? 1 : attempts; }
    // The wait before the first retry; each further retry waits twice as long.
    int initialBackoffMs() const { return m_initialBackoffMs; }
    void setInitialBackoffMs(int ms) { m_initialBackoffMs = ms < 0 ? 0 : ms; }

    static bool isSafeToRepeat(const QString &method);

    void call(const QString &method, const QJsonArray &params, Callback done);
    // As above, but the callback is dropped if `context` is destroyed before the answer.
    void call(const QString &method, const QJsonArray &params, const QObject *context, Callback done);

    int pendingCalls() const { return int(m_calls.size()); }

signals:
    // A transport failure on attempt `failedAttempt`; the next attempt starts in `delayMs`.
    void retryScheduled(const QString &method, int failedAttempt, int delayMs, const steward::chain::RpcError &error);

private:
    struct Call
    {
        QString method;
        QJsonArray params;
        QByteArray body;
        Callback done;
        QPointer<const QObject> context;
        bool hasContext = false;
        int attempt = 0;
        QNetworkReply *reply = nullptr;
        bool requestSent = false;
        bool timedOut = false;
        bool tooLarge = false;
    };

    void send(quint64 id);
    void onFinished(quint64 id, QNetworkReply *reply);
    RpcResult outcome(quint64 id, Call &call, QNetworkReply *reply) const;
    void finish(quint64 id, RpcResult result);

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxAttempts = DefaultMaxAttempts;
    int m_initialBackoffMs = DefaultInitialBackoffMs;
    quint64 m_nextId = 1;
    std::map<quint64, Call> m_calls;
};

} // namespace steward::chain
