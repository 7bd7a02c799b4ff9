// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostTickMetrics.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace steward::bench {

// Reads the host's GET /metrics (Prometheus text, not JSON, so not through RestClient) and
// keeps what it says of one kind's ticks. A 429 (the REST bucket) is asked again shortly.
class MetricsScraper : public QObject
{
    Q_OBJECT
public:
    // metrics empty: it failed, and `problem` says why.
    using Reply = std::function<void(const std::optional<HostTickMetrics> &metrics, const QString &problem)>;

    MetricsScraper(QUrl base, QString kind, QObject *parent = nullptr);

    void scrape(Reply done);

private:
    void send(Reply done, int attempt);

    QUrl m_base;
    QString m_kind;
    QNetworkAccessManager m_nam;
};

} // namespace steward::bench
