// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString seconds(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) : u"n/a"_s;
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString kib(const std::optional<qint64> &v)
{
    return v ? u"%1 MiB"_s.arg(QString::number(double(*v) / 1024.0, 'f', 1)) : u"n/a"_s;
}

} // namespace

std::optional<double> BeerReport::bytesPerConnection() const
{
    if (!hostRssBeforeKiB || !hostRssAfterKiB || connections <= 0)
        return std::nullopt;
    return double(*hostRssAfterKiB - *hostRssBeforeKiB) * 1024.0 / double(connections);
}

std::optional<double> BeerReport::hostCpuMicrosPerOrder() const
{
    if (!hostCpuSeconds || ordersAcked == 0)
        return std::nullopt;
    return *hostCpuSeconds * 1e6 / double(ordersAcked);
}

std::optional<double> BeerReport::otherCpuSeconds() const
{
    if (!machineCpuSeconds)
        return std::nullopt;
    return std::max(0.0, *machineCpuSeconds - hostCpuSeconds.value_or(0) - devnetCpuSeconds.value_or(0) - benchCpuSeconds);
}

std::optional<double> BeerReport::chainOtherCpuSeconds() const
{
    if (!chainMachineCpuSeconds)
        return std::nullopt;
    return std::max(0.0, *chainMachineCpuSeconds - chainHostCpuSeconds.value_or(0) - chainDevnetCpuSeconds.value_or(0)
                             - chainBenchCpuSeconds);
}

QString BeerReport::toText() const
{
    QString t;
    t += u"result: %1\n"_s.arg(success ? u"ok"_s : u"FAILED: "_s + failure);
    t += u"teams %1, connections %2, weeks %3, think time %4, clients on %5 thread(s)\n"_s.arg(
        QString::number(teams), QString::number(connections), QString::number(weeks),
        thinkMs > 0 ? u"%1 ms +-50%"_s.arg(QString::number(thinkMs)) : u"none (closed loop)"_s,
        QString::number(clientThreads));
    t += u"orders: %1 acknowledged of %2 expected (%3 sent, %4 refused), %5 error frames\n"_s.arg(
        QString::number(ordersAcked), QString::number(ordersExpected), QString::number(ordersSent),
        QString::number(ordersRefused), QString::number(errors));
    t += u"setup %1 s (REST retries after 429: %2), connect %3 s\n"_s.arg(
        QString::number(setupSeconds, 'f', 2), QString::number(restRetries), QString::number(connectSeconds, 'f', 2));
    t += u"wall time %1 s: %2 orders/s, %3 team-weeks/s\n"_s.arg(
        QString::number(wallSeconds, 'f', 3), QString::number(ordersPerSecond, 'f', 0),
        QString::number(weeksPerSecond, 'f', 0));
    t += distributionLine(u"order->ack:      "_s, orderToAck);
    t += distributionLine(u"week->state:     "_s, weekToState);
    t += distributionLine(u"order->next week:"_s, orderToNextWeek);
    t += u"state pushes received %1 (%2 MiB)\n"_s.arg(QString::number(statesReceived),
                                                      QString::number(double(bytesReceived) / 1048576.0, 'f', 1));
    const auto perConn = bytesPerConnection();
    t += u"host RSS before clients %1, after %2, at the end %3; per connection %4\n"_s.arg(
        kib(hostRssBeforeKiB), kib(hostRssAfterKiB), kib(hostRssEndKiB),
        perConn ? u"%1 KiB"_s.arg(QString::number(*perConn / 1024.0, 'f', 1)) : u"n/a"_s);
    const auto perOrder = hostCpuMicrosPerOrder();
    const auto other = otherCpuSeconds();
    t += u"CPU during play: host %1 s (%2 us per order, %3% of one core), %4bench %5 s (%6 us per order, %7% of one "
         "core), other processes %8 s\n"_s.arg(
        hostCpuSeconds ? QString::number(*hostCpuSeconds, 'f', 2) : u"n/a"_s,
        perOrder ? QString::number(*perOrder, 'f', 0) : u"n/a"_s,
        hostCpuSeconds && wallSeconds > 0 ? QString::number(*hostCpuSeconds / wallSeconds * 100, 'f', 0) : u"n/a"_s,
        chain ? u"devnet %1 s, "_s.arg(seconds(devnetCpuSeconds)) : QString(),
        QString::number(benchCpuSeconds, 'f', 2),
        ordersAcked ? QString::number(benchCpuSeconds * 1e6 / double(ordersAcked), 'f', 0) : u"n/a"_s,
        wallSeconds > 0 ? QString::number(benchCpuSeconds / wallSeconds * 100, 'f', 0) : u"n/a"_s,
        other ? QString::number(*other, 'f', 2) : u"n/a"_s);
    t += chainText();
    for (const QString &e : firstErrors)
        t += u"error: %1\n"_s.arg(e);
    return t;
}

QString BeerReport::chainText() const
{
    if (!chainKnown)
        return {};
    if (!chain) {
        return hostStartedByBench ? u"chain: off (steward-host started with --no-chain)\n"_s
                                  : u"chain: off (the host records nothing on chain)\n"_s;
    }
    QString t;
    t += u"chain: on, stage running %1 s %2\n"_s.arg(
        QString::number(chainReadySeconds, 'f', 1),
        hostStartedByBench ? u"after the host listened (devnet started, contract deployed)"_s
                           : u"after the bench began to wait"_s);
    QStringList kinds;
    for (auto it = intentsByKind.cbegin(); it != intentsByKind.cend(); ++it)
        kinds << u"%1 %2"_s.arg(QString::number(it.value()), it.key());
    t += u"chain intents: %1 queued by the orders (%2), %3 confirmed, %4 failed, %5 not settled\n"_s.arg(
        QString::number(intentsQueued), kinds.isEmpty() ? u"none"_s : kinds.join(u", "_s),
        QString::number(intentsConfirmed), QString::number(intentsFailed), QString::number(intentsUnsettled));
    if (intentsSettledBeforeOk > 0 || chainTxUnmatched > 0)
        t += u"chain.tx pushes read before their ok: %1; for no intent an ok listed: %2\n"_s.arg(
            QString::number(intentsSettledBeforeOk), QString::number(chainTxUnmatched));
    t += u"chain time %1 s from go to the last chain.tx: %2 confirmed intents/s\n"_s.arg(
        QString::number(chainSeconds, 'f', 3), QString::number(chainIntentsPerSecond, 'f', 0));
    t += distributionLine(u"outbox lag:      "_s, outboxLag);
    if (hostOutbox) {
        const QJsonObject &o = *hostOutbox;
        t += u"host outbox at the end: %1 queued, %2 sent, %3 confirmed, %4 failed%5\n"_s.arg(
            QString::number(o.value(u"queued").toInteger()), QString::number(o.value(u"sent").toInteger()),
            QString::number(o.value(u"confirmed").toInteger()), QString::number(o.value(u"failed").toInteger()),
            chainLastError.isEmpty() ? QString() : u" (last error: %1)"_s.arg(chainLastError));
    } else {
        t += u"host outbox at the end: n/a\n"_s;
    }
    const auto other = chainOtherCpuSeconds();
    t += u"CPU from go to the last chain.tx: host %1 s, devnet %2 s, bench %3 s, other processes %4 s\n"_s.arg(
        seconds(chainHostCpuSeconds), seconds(chainDevnetCpuSeconds), QString::number(chainBenchCpuSeconds, 'f', 2),
        seconds(other));
    for (const QString &f : chainFailures)
        t += u"chain failure: %1\n"_s.arg(f);
    return t;
}

QJsonObject BeerReport::toJson() const
{
    const auto perConn = bytesPerConnection();
    QJsonObject o{
        {u"success"_s, success},
        {u"teams"_s, teams},
        {u"connections"_s, connections},
        {u"weeks"_s, weeks},
        {u"thinkMs"_s, thinkMs},
        {u"clientThreads"_s, clientThreads},
        {u"ordersExpected"_s, qint64(ordersExpected)},
        {u"ordersSent"_s, qint64(ordersSent)},
        {u"totalOrders"_s, qint64(ordersAcked)},
        {u"ordersRefused"_s, qint64(ordersRefused)},
        {u"errors"_s, qint64(errors)},
        {u"statesReceived"_s, qint64(statesReceived)},
        {u"bytesReceived"_s, qint64(bytesReceived)},
        {u"restRetries"_s, qint64(restRetries)},
        {u"setupSeconds"_s, setupSeconds},
        {u"connectSeconds"_s, connectSeconds},
        {u"wallSeconds"_s, wallSeconds},
        {u"ordersPerSecond"_s, ordersPerSecond},
        {u"teamWeeksPerSecond"_s, weeksPerSecond},
        {u"orderToAckMs"_s, distributionJson(orderToAck)},
        {u"weekToStateMs"_s, distributionJson(weekToState)},
        {u"orderToNextWeekMs"_s, distributionJson(orderToNextWeek)},
        {u"hostRssBeforeKiB"_s, optionalJson(hostRssBeforeKiB)},
        {u"hostRssAfterKiB"_s, optionalJson(hostRssAfterKiB)},
        {u"hostRssEndKiB"_s, optionalJson(hostRssEndKiB)},
        {u"hostBytesPerConnection"_s, perConn ? QJsonValue(*perConn) : QJsonValue(QJsonValue::Null)},
        {u"hostCpuSeconds"_s, hostCpuSeconds ? QJsonValue(*hostCpuSeconds) : QJsonValue(QJsonValue::Null)},
        {u"benchCpuSeconds"_s, benchCpuSeconds},
        {u"benchCpuMicrosPerOrder"_s, ordersAcked ? QJsonValue(benchCpuSeconds * 1e6 / double(ordersAcked))
                                                  : QJsonValue(QJsonValue::Null)},
        {u"hostCpuMicrosPerOrder"_s, hostCpuMicrosPerOrder() ? QJsonValue(*hostCpuMicrosPerOrder()) : QJsonValue(QJsonValue::Null)},
        {u"otherCpuSeconds"_s, otherCpuSeconds() ? QJsonValue(*otherCpuSeconds()) : QJsonValue(QJsonValue::Null)},
        {u"errorSamples"_s, QJsonArray::fromStringList(firstErrors)},
        {u"devnetCpuSeconds"_s, optionalJson(devnetCpuSeconds)},
    };
    QJsonObject kinds;
    for (auto it = intentsByKind.cbegin(); it != intentsByKind.cend(); ++it)
        kinds.insert(it.key(), qint64(it.value()));
    o.insert(u"chain"_s, chainKnown ? QJsonValue(chain) : QJsonValue(QJsonValue::Null));
    o.insert(u"chainReadySeconds"_s, chainReadySeconds);
    o.insert(u"chainIntentsQueued"_s, qint64(intentsQueued));
    o.insert(u"chainIntentsByKind"_s, kinds);
    o.insert(u"chainIntentsConfirmed"_s, qint64(intentsConfirmed));
    o.insert(u"chainIntentsFailed"_s, qint64(intentsFailed));
    o.insert(u"chainIntentsUnsettled"_s, qint64(intentsUnsettled));
    o.insert(u"chainIntentsSettledBeforeOk"_s, qint64(intentsSettledBeforeOk));
    o.insert(u"chainTxUnmatched"_s, qint64(chainTxUnmatched));
    o.insert(u"chainSeconds"_s, chainSeconds);
    o.insert(u"chainIntentsPerSecond"_s, chainIntentsPerSecond);
    o.insert(u"outboxLagMs"_s, distributionJson(outboxLag));
    o.insert(u"hostOutbox"_s, hostOutbox ? QJsonValue(*hostOutbox) : QJsonValue(QJsonValue::Null));
    o.insert(u"chainLastError"_s, chainLastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chainLastError));
    o.insert(u"chainCpuSeconds"_s,
             QJsonObject{{u"host"_s, optionalJson(chainHostCpuSeconds)},
                         {u"devnet"_s, optionalJson(chainDevnetCpuSeconds)},
                         {u"bench"_s, chainBenchCpuSeconds},
                         {u"other"_s, optionalJson(chainOtherCpuSeconds())}});
    o.insert(u"chainFailures"_s, QJsonArray::fromStringList(chainFailures));
    if (!success)
        o.insert(u"failure"_s, failure);
    return o;
}

} // namespace steward::bench
