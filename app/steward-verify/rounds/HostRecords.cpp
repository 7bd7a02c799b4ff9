// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRecords.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HostRecords)
};

constexpr int MaxRateLimitedTries = 40;
constexpr int TransferTimeoutMs = 15'000;

QUrl withPath(QUrl base, const QString &path)
{
    // `path` is percent-encoded already.
    QString p = base.path(QUrl::FullyEncoded);
    while (p.endsWith(u'/'))
        p.chop(1);
    base.setPath(p + path, QUrl::TolerantMode);
    base.setQuery(QString());
    return base;
}
} // namespace

HostRecords::HostRecords(QUrl host, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_network(new QNetworkAccessManager(this))
{
}

QUrl HostRecords::relayUrl() const
{
    return withPath(m_host, u"/api/chain/rpc"_s);
}

void HostRecords::fetch(const QString &gameId, qint64 round, std::function<void(const Fetched &)> done)
{
    attempt(gameId, round, std::move(done), 1);
}

void HostRecords::attempt(const QString &gameId, qint64 round, std::function<void(const Fetched &)> done, int tries)
{
    const QString path = u"/api/rounds/"_s + QString::fromLatin1(QUrl::toPercentEncoding(gameId)) + u'/'
        + QString::number(round);
    QNetworkRequest request(withPath(m_host, path));
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, gameId, round, done, tries] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        Fetched f;
        if (status == 429 && tries < MaxRateLimitedTries) {
            QTimer::singleShot(std::min(200 * tries, 1000), this,
                               [this, gameId, round, done, tries] { attempt(gameId, round, done, tries + 1); });
            return;
        }
        if (status == 0) {
            f.error = Text::tr("The host cannot be reached: %1").arg(reply->errorString());
        } else if (status == 200) {
            f.status = Fetched::Status::Found;
            f.record = body;
        } else {
            const QJsonObject error = body.value(u"error").toObject();
            const QString code = error.value(u"code").toString();
            if (status == 404 && code == u"NOT_FOUND") {
                f.status = Fetched::Status::NotSettled;
            } else if (code == u"GAME_NOT_FOUND") {
                f.error = Text::tr("The host has no rounds table '%1'.").arg(gameId);
            } else {
                f.error = Text::tr("The host answered HTTP %1 %2: %3")
                              .arg(QString::number(status), code, error.value(u"message").toString());
            }
        }
        done(f);
    });
}

HostRecords::Fetched HostRecords::fetchNow(const QString &gameId, qint64 round)
{
    std::optional<Fetched> out;
    QEventLoop loop;
    fetch(gameId, round, [&](const Fetched &f) {
        out = f;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace steward::verify
