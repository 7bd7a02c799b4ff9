// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace steward::bench {

// JSON POSTs to the host's REST API. A request the host refuses with 429 (its per-address
// bucket) is sent again a little later, so setting up a thousand seats from one address works.
class RestClient : public QObject
{
    Q_OBJECT
public:
    // status 0: the request did not get an HTTP answer; body then holds {"error":{"message"}}.
    using Reply = std::function<void(int status, const QJsonObject &body)>;

    explicit RestClient(QUrl base, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void post(const QString &path, const QJsonObject &body, Reply done);
    // A GET, e.g. /api/chain/status; 429 is retried like a POST.
    void get(const QString &path, Reply done);
    quint64 rateLimitedRetries() const { return m_retries; }

    // "CODE: message" of a REST error body.
    static QString describe(int status, const QJsonObject &body);

private:
    // payload null: a GET.
    void send(const QString &path, const QByteArray &payload, Reply done, int attempt);

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
    quint64 m_retries = 0;
};

} // namespace steward::bench
