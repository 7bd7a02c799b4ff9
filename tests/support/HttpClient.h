// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// A blocking REST client for tests: each call runs the event loop until the reply is in, so
// an in-process host keeps serving meanwhile.
struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;

    QString errorCode() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base) : m_base(std::move(base)) {}

    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpReply del(const QString &path, const QString &token = {});
    HttpReply postRaw(const QString &path, const QByteArray &body, const QString &token = {});
    // A request built elsewhere (a signed operator request): GET without a body, else POST.
    HttpReply send(const QNetworkRequest &request, const QByteArray &body = {});
    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }

    // Signs in as the facilitator and returns the token (empty on failure).
    QString signIn(const QString &password);

private:
    HttpReply run(QNetworkReply *reply);

    QUrl m_base;
    QNetworkAccessManager m_nam;
};
