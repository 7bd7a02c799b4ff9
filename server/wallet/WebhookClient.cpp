// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookClient.h"

#include "RequestSigning.h"
#include "WalletLog.h"
#include "server/core/Clock.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::wallet {

WebhookOutcome WebhookOutcome::acked(QJsonObject body, int httpStatus)
{
    return WebhookOutcome{Kind::Acked, std::move(body), {}, {}, httpStatus};
}

WebhookOutcome WebhookOutcome::refused(QString code, QString message, QJsonObject body, int httpStatus)
{
    return WebhookOutcome{Kind::Refused, std::move(body), std::move(code), std::move(message), httpStatus};
}

WebhookOutcome WebhookOutcome::unreachable(QString reason, int httpStatus)
{
    return WebhookOutcome{Kind::Unreachable, {}, {}, std::move(reason), httpStatus};
}

QString WebhookOutcome::describe() const
{
    switch (kind) {
    case Kind::Acked:
        return u"acked"_s;
    case Kind::Refused:
        return u"refused %1: %2"_s.arg(code, message);
    case Kind::Unreachable:
        break;
    }
    return u"unreachable: %1"_s.arg(message);
}

WebhookClient::WebhookClient(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    // Redirects are not followed: the signature covers the path, and the body goes nowhere else.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookClient::~WebhookClient()
{
    // Nobody is waiting any more: drop the calls without running their callbacks.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void WebhookClient::post(const QUrl &url, const QString &keyId, const QByteArray &secret, const QByteArray &jsonBody,
                         Done done, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    RequestSigning::sign(keyId, secret, "POST", RequestSigning::pathWithQuery(url), jsonBody, m_clock.nowMs() / 1000,
                         RequestSigning::newNonce())
        .applyTo(request);

    QNetworkReply *reply = m_nam.post(request, jsonBody);
    m_pending.insert(reply, std::move(done));

    const int ms = timeoutMs > 0 ? timeoutMs : m_timeoutMs;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, reply, ms] {
        finish(reply, WebhookOutcome::unreachable(u"no answer within %1 ms"_s.arg(ms)));
    });
    timer->start(ms);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply->bytesAvailable() > MaxAnswerBytes)
            finish(reply, WebhookOutcome::unreachable(u"answer larger than %1 bytes"_s.arg(MaxAnswerBytes)));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply, classify(reply)); });
}

void WebhookClient::finish(QNetworkReply *reply, const WebhookOutcome &outcome)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return; // already settled (a timeout's abort emits finished)
    Done done = std::move(it.value());
    m_pending.erase(it);
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    if (!outcome.isAcked())
        qCDebug(lcWallet) << reply->url().toDisplayString() << outcome.describe();
    done(outcome);
}

WebhookOutcome WebhookClient::classify(QNetworkReply *reply)
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return WebhookOutcome::unreachable(reply->errorString());
    const int status = statusAttr.toInt();
    if (status >= 500)
        return WebhookOutcome::unreachable(u"HTTP %1"_s.arg(status), status);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->read(MaxAnswerBytes + 1), &parseError);
    const QJsonObject body = doc.object();
    const QString answer = body.value(u"status").toString();
    if (status == 200 && answer == u"ok")
        return WebhookOutcome::acked(body, status);
    if ((status == 200 || (status >= 400 && status < 500)) && answer == u"refused") {
        QString code = body.value(u"code").toString();
        if (code.isEmpty())
            code = u"REFUSED"_s;
        return WebhookOutcome::refused(code.left(64), body.value(u"message").toString().left(500), body, status);
    }
    return WebhookOutcome::unreachable(u"unexpected answer (HTTP %1)"_s.arg(status), status);
}

} // namespace steward::wallet
