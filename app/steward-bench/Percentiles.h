// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <vector>

namespace steward::bench {

// Latency figures of one measurement, in milliseconds.
struct Distribution
{
    qsizetype count = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double meanMs = 0;
};

// Nearest-rank percentile of an ascending vector: the smallest sample with at least q of all
// samples at or below it.
inline qint64 nearestRank(const std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto n = sorted.size();
    auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    return sorted[rank - 1];
}

// Samples are nanoseconds; every sample counts (no trimming, no histogram buckets).
inline Distribution summarize(std::vector<qint64> samplesNs)
{
    Distribution d;
    if (samplesNs.empty())
        return d;
    std::sort(samplesNs.begin(), samplesNs.end());
    constexpr double NsPerMs = 1e6;
    double sum = 0;
    for (const qint64 s : samplesNs)
        sum += static_cast<double>(s);
    d.count = static_cast<qsizetype>(samplesNs.size());
    d.p50Ms = static_cast<double>(nearestRank(samplesNs, 0.50)) / NsPerMs;
    d.p99Ms = static_cast<double>(nearestRank(samplesNs, 0.99)) / NsPerMs;
    d.maxMs = static_cast<double>(samplesNs.back()) / NsPerMs;
    d.meanMs = sum / static_cast<double>(samplesNs.size()) / NsPerMs;
    return d;
}

// A report's line for one latency: "<label> p50 … ms, p99 … ms, max … ms (mean … ms, N samples)".
inline QString distributionLine(const QString &label, const Distribution &d)
{
    if (d.count == 0)
        return label + QStringLiteral(" no samples\n");
    const auto ms = [](double v) { return QString::number(v, 'f', 2); };
    return QStringLiteral("%1 p50 %2 ms, p99 %3 ms, max %4 ms (mean %5 ms, %6 samples)\n")
        .arg(label, ms(d.p50Ms), ms(d.p99Ms), ms(d.maxMs), ms(d.meanMs), QString::number(d.count));
}

// The same in a report's JSON: {p50, p99, max, mean, samples}, in ms.
inline QJsonObject distributionJson(const Distribution &d)
{
    return QJsonObject{{QStringLiteral("p50"), d.p50Ms},
                       {QStringLiteral("p99"), d.p99Ms},
                       {QStringLiteral("max"), d.maxMs},
                       {QStringLiteral("mean"), d.meanMs},
                       {QStringLiteral("samples"), qint64(d.count)}};
}

} // namespace steward::bench
