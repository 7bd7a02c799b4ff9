// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsScraper.h"

#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr int TooManyRequests = 429;
constexpr int RetryDelayMs = 100;
constexpr int MaxAttempts = 50;
} // namespace

MetricsScraper::MetricsScraper(QUrl base, QString kind, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_kind(std::move(kind))
{
}

void MetricsScraper::scrape(Reply done)
{
    send(std::move(done), 1);
}

void MetricsScraper::send(Reply done, int attempt)
{
    QUrl url = m_base;
    url.setPath(u"/metrics"_s);
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == TooManyRequests && attempt < MaxAttempts) {
            QTimer::singleShot(RetryDelayMs, this, [this, done, attempt] { send(done, attempt + 1); });
            return;
        }
        if (status != 200)
            return done(std::nullopt, u"GET /metrics: %1"_s.arg(status == 0 ? reply->errorString()
                                                                            : u"HTTP "_s + QString::number(status)));
        QString problem;
        const std::optional<HostTickMetrics> metrics = HostTickMetrics::fromText(reply->readAll(), m_kind, &problem);
        done(metrics, problem);
    });
}

} // namespace steward::bench
