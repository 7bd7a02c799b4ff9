// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QNetworkRequest request(const QUrl &url, const QString &token)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    r.setTransferTimeout(15000);
    return r;
}
} // namespace

HttpReply HttpClient::run(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::get(const QString &path, const QString &token)
{
    return run(m_nam.get(request(m_base.resolved(QUrl(path)), token)));
}

HttpReply HttpClient::del(const QString &path, const QString &token)
{
    return run(m_nam.deleteResource(request(m_base.resolved(QUrl(path)), token)));
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply HttpClient::postRaw(const QString &path, const QByteArray &body, const QString &token)
{
    return run(m_nam.post(request(m_base.resolved(QUrl(path)), token), body));
}

QString HttpClient::signIn(const QString &password)
{
    const HttpReply r = post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, password}});
    return r.json.value(u"token").toString();
}

HttpReply HttpClient::send(const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkRequest r = request;
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    r.setTransferTimeout(15000);
    return run(body.isEmpty() ? m_nam.get(r) : m_nam.post(r, body));
}
