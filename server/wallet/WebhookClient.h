// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace steward {
class Clock;
}

namespace steward::wallet {

// How an operator answered one webhook. Nothing in the answer is trusted beyond this.
struct WebhookOutcome
{
    enum class Kind { Acked, Refused, Unreachable };

    Kind kind = Kind::Unreachable;
    QJsonObject body;   // the answer, when there was a readable one
    QString code;       // Refused: the operator's code, e.g. INSUFFICIENT_FUNDS
    QString message;    // Refused: the operator's message; Unreachable: what went wrong
    int httpStatus = 0; // 0 when no answer came

    static WebhookOutcome acked(QJsonObject body, int httpStatus = 200);
    static WebhookOutcome refused(QString code, QString message, QJsonObject body, int httpStatus);
    static WebhookOutcome unreachable(QString reason, int httpStatus = 0);

    bool isAcked() const { return kind == Kind::Acked; }
    bool isRefused() const { return kind == Kind::Refused; }
    bool isUnreachable() const { return kind == Kind::Unreachable; }
    QString describe() const; // for logs and the `last_error` column
};

// Sends one signed JSON POST to an operator and sorts the answer into Acked (HTTP 200 with
// {"status":"ok"}), Refused (HTTP 200 or 4xx with {"status":"refused","code","message"}) or
// Unreachable (transport error, timeout, 5xx, redirect, anything unparsable).
// Connections are kept alive and Qt opens up to six in parallel per operator host.
class WebhookClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const WebhookOutcome &)>;

    static constexpr int DefaultTimeoutMs = 3000;
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    explicit WebhookClient(const Clock &clock, QObject *parent = nullptr);
    ~WebhookClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Signs with the operator's key and posts; `done` runs once, later, from the event loop.
    // `timeoutMs` <= 0 takes the client's default. The attempt is abandoned at the timeout
    // (the operator may still have acted on it: callers resend by the same tx id).
    void post(const QUrl &url, const QString &keyId, const QByteArray &secret, const QByteArray &jsonBody,
              Done done, int timeoutMs = 0);
    int inFlight() const { return int(m_pending.size()); }

private:
    void finish(QNetworkReply *reply, const WebhookOutcome &outcome);
    static WebhookOutcome classify(QNetworkReply *reply);

    const Clock &m_clock;
    QNetworkAccessManager m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QNetworkReply *, Done> m_pending;
};

} // namespace steward::wallet
