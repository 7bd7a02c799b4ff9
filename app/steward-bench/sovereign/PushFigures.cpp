// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushFigures.h"

#include "SovereignClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::bench {

PushFigures PushFigures::of(const std::vector<const SovereignClient *> &clients, double windowSeconds)
{
    PushFigures f;
    f.clients = int(clients.size());
    std::vector<qint64> intervalsNs;
    std::vector<qint64> bytesPerSecond;
    double bytesSum = 0;
    for (const SovereignClient *c : clients) {
        const auto &pushes = c->pushes();
        f.pushes += pushes.size();
        for (std::size_t i = 1; i < pushes.size(); ++i) {
            intervalsNs.push_back(pushes[i].atNs - pushes[i - 1].atNs);
            const qint64 gap = pushes[i].tick - pushes[i - 1].tick;
            f.largestTickGap = std::max(f.largestTickGap, gap);
            (gap <= 1 ? f.gapsOfOne : gap == 2 ? f.gapsOfTwo : f.gapsOfMore) += 1;
        }
        const double rate = windowSeconds > 0 ? double(c->bytesRecorded()) / windowSeconds : 0.0;
        bytesSum += rate;
        bytesPerSecond.push_back(qint64(rate));
    }
    f.interval = summarize(std::move(intervalsNs));
    if (!clients.empty()) {
        std::sort(bytesPerSecond.begin(), bytesPerSecond.end());
        f.bytesPerSecondMean = bytesSum / double(clients.size());
        f.bytesPerSecondP99 = double(nearestRank(bytesPerSecond, 0.99));
        f.bytesPerSecondMax = double(bytesPerSecond.back());
    }
    return f;
}

QString PushFigures::toText(const QString &label, const QString &indent) const
{
    if (clients == 0)
        return {};
    const auto kib = [](double bytes) { return QString::number(bytes / 1024.0, 'f', 1); };
    QString t = indent + u"%1: %2 client(s), %3 KiB/s each on average, p99 over the clients %4 KiB/s, max %5 KiB/s\n"_s.arg(
        label, QString::number(clients), kib(bytesPerSecondMean), kib(bytesPerSecondP99), kib(bytesPerSecondMax));
    t += indent + distributionLine(u"  push interval at the client:"_s, interval);
    t += indent + u"  ticks between successive pushes: largest %1 (%2 pushes 1 tick on, %3 2 ticks on, %4 3 or more)\n"_s.arg(
        QString::number(largestTickGap), QString::number(gapsOfOne), QString::number(gapsOfTwo),
        QString::number(gapsOfMore));
    return t;
}

QJsonObject PushFigures::toJson() const
{
    return QJsonObject{{u"clients"_s, clients},
                       {u"pushes"_s, qint64(pushes)},
                       {u"pushIntervalMs"_s, distributionJson(interval)},
                       {u"largestTickGap"_s, largestTickGap},
                       {u"tickGaps"_s, QJsonObject{{u"1"_s, qint64(gapsOfOne)},
                                                   {u"2"_s, qint64(gapsOfTwo)},
                                                   {u"more"_s, qint64(gapsOfMore)}}},
                       {u"bytesPerSecond"_s, QJsonObject{{u"mean"_s, bytesPerSecondMean},
                                                         {u"p99"_s, bytesPerSecondP99},
                                                         {u"max"_s, bytesPerSecondMax}}}};
}

} // namespace steward::bench
