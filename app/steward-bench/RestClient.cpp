// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr int TooManyRequests = 429;
constexpr int RetryDelayMs = 250;
constexpr int MaxAttempts = 2400; // ten minutes of 250 ms waits
} // namespace

RestClient::RestClient(QUrl base, QObject *parent) : QObject(parent), m_base(std::move(base)) {}

void RestClient::post(const QString &path, const QJsonObject &body, Reply done)
{
    send(path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done), 1);
}

void RestClient::get(const QString &path, Reply done)
{
    send(path, QByteArray(), std::move(done), 1);
}

void RestClient::send(const QString &path, const QByteArray &payload, Reply done, int attempt)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!payload.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = payload.isNull() ? m_nam.get(request) : m_nam.post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, payload, done = std::move(done), attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == TooManyRequests && attempt < MaxAttempts) {
            ++m_retries;
            QTimer::singleShot(RetryDelayMs, this, [this, path, payload, done, attempt] {
                send(path, payload, done, attempt + 1);
            });
            return;
        }
        const QByteArray bytes = reply->readAll();
        if (status == 0) {
            done(0, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"NETWORK"_s},
                                                         {u"message"_s, reply->errorString()}}}});
            return;
        }
        done(status, QJsonDocument::fromJson(bytes).object());
    });
}

QString RestClient::describe(int status, const QJsonObject &body)
{
    const QJsonObject e = body.value(u"error").toObject();
    return u"HTTP %1 %2: %3"_s.arg(QString::number(status), e.value(u"code").toString(),
                                    e.value(u"message").toString());
}

} // namespace steward::bench
