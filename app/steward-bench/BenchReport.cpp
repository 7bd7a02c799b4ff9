// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

QString ms(double v)
{
    return QString::number(v, 'f', 2);
}

QString line(const QString &label, const Distribution &d)
{
    if (d.count == 0)
        return u"%1 no samples\n"_s.arg(label);
    return u"%1 p50 %2 ms, p99 %3 ms, max %4 ms (mean %5 ms, %6 samples)\n"_s.arg(
        label, ms(d.p50Ms), ms(d.p99Ms), ms(d.maxMs), ms(d.meanMs), QString::number(d.count));
}

QJsonObject json(const Distribution &d)
{
    return QJsonObject{{u"p50"_s, d.p50Ms}, {u"p99"_s, d.p99Ms}, {u"max"_s, d.maxMs}, {u"mean"_s, d.meanMs},
                       {u"samples"_s, qint64(d.count)}};
}

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString kib(const std::optional<qint64> &v)
{
    return v ? u"%1 MiB"_s.arg(QString::number(double(*v) / 1024.0, 'f', 1)) : u"n/a"_s;
}

} // namespace

std::optional<double> BenchReport::bytesPerConnection() const
{
    if (!hostRssBeforeKiB || !hostRssAfterKiB || connections <= 0)
        return std::nullopt;
    return double(*hostRssAfterKiB - *hostRssBeforeKiB) * 1024.0 / double(connections);
}

std::optional<double> BenchReport::hostCpuMicrosPerOrder() const
{
    if (!hostCpuSeconds || ordersAcked == 0)
        return std::nullopt;
    return *hostCpuSeconds * 1e6 / double(ordersAcked);
}

std::optional<double> BenchReport::otherCpuSeconds() const
{
    if (!machineCpuSeconds)
        return std::nullopt;
    return std::max(0.0, *machineCpuSeconds - hostCpuSeconds.value_or(0) - benchCpuSeconds);
}

QString BenchReport::toText() const
{
    QString t;
    t += u"result: %1\n"_s.arg(success ? u"ok"_s : u"FAILED: "_s + failure);
    t += u"teams %1, connections %2, weeks %3, think time %4\n"_s.arg(
        QString::number(teams), QString::number(connections), QString::number(weeks),
        thinkMs > 0 ? u"%1 ms +-50%"_s.arg(QString::number(thinkMs)) : u"none (closed loop)"_s);
    t += u"orders: %1 acknowledged of %2 expected (%3 sent, %4 refused), %5 error frames\n"_s.arg(
        QString::number(ordersAcked), QString::number(ordersExpected), QString::number(ordersSent),
        QString::number(ordersRefused), QString::number(errors));
    t += u"setup %1 s (REST retries after 429: %2), connect %3 s\n"_s.arg(
        QString::number(setupSeconds, 'f', 2), QString::number(restRetries), QString::number(connectSeconds, 'f', 2));
    t += u"wall time %1 s: %2 orders/s, %3 team-weeks/s\n"_s.arg(
        QString::number(wallSeconds, 'f', 3), QString::number(ordersPerSecond, 'f', 0),
        QString::number(weeksPerSecond, 'f', 0));
    t += line(u"order->ack:      "_s, orderToAck);
    t += line(u"week->state:     "_s, weekToState);
    t += line(u"order->next week:"_s, orderToNextWeek);
    t += u"state pushes received %1 (%2 MiB)\n"_s.arg(QString::number(statesReceived),
                                                      QString::number(double(bytesReceived) / 1048576.0, 'f', 1));
    const auto perConn = bytesPerConnection();
    t += u"host RSS before clients %1, after %2, at the end %3; per connection %4\n"_s.arg(
        kib(hostRssBeforeKiB), kib(hostRssAfterKiB), kib(hostRssEndKiB),
        perConn ? u"%1 KiB"_s.arg(QString::number(*perConn / 1024.0, 'f', 1)) : u"n/a"_s);
    const auto perOrder = hostCpuMicrosPerOrder();
    const auto other = otherCpuSeconds();
    t += u"CPU during play: host %1 s (%2 us per order, %3% of one core), bench %4 s, other processes %5 s\n"_s.arg(
        hostCpuSeconds ? QString::number(*hostCpuSeconds, 'f', 2) : u"n/a"_s,
        perOrder ? QString::number(*perOrder, 'f', 0) : u"n/a"_s,
        hostCpuSeconds && wallSeconds > 0 ? QString::number(*hostCpuSeconds / wallSeconds * 100, 'f', 0) : u"n/a"_s,
        QString::number(benchCpuSeconds, 'f', 2), other ? QString::number(*other, 'f', 2) : u"n/a"_s);
    for (const QString &e : firstErrors)
        t += u"error: %1\n"_s.arg(e);
    return t;
}

QJsonObject BenchReport::toJson() const
{
    const auto perConn = bytesPerConnection();
    QJsonObject o{
        {u"success"_s, success},
        {u"teams"_s, teams},
        {u"connections"_s, connections},
        {u"weeks"_s, weeks},
        {u"thinkMs"_s, thinkMs},
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
        {u"orderToAckMs"_s, json(orderToAck)},
        {u"weekToStateMs"_s, json(weekToState)},
        {u"orderToNextWeekMs"_s, json(orderToNextWeek)},
        {u"hostRssBeforeKiB"_s, optionalJson(hostRssBeforeKiB)},
        {u"hostRssAfterKiB"_s, optionalJson(hostRssAfterKiB)},
        {u"hostRssEndKiB"_s, optionalJson(hostRssEndKiB)},
        {u"hostBytesPerConnection"_s, perConn ? QJsonValue(*perConn) : QJsonValue(QJsonValue::Null)},
        {u"hostCpuSeconds"_s, hostCpuSeconds ? QJsonValue(*hostCpuSeconds) : QJsonValue(QJsonValue::Null)},
        {u"benchCpuSeconds"_s, benchCpuSeconds},
        {u"hostCpuMicrosPerOrder"_s, hostCpuMicrosPerOrder() ? QJsonValue(*hostCpuMicrosPerOrder()) : QJsonValue(QJsonValue::Null)},
        {u"otherCpuSeconds"_s, otherCpuSeconds() ? QJsonValue(*otherCpuSeconds()) : QJsonValue(QJsonValue::Null)},
        {u"errorSamples"_s, QJsonArray::fromStringList(firstErrors)},
    };
    if (!success)
        o.insert(u"failure"_s, failure);
    return o;
}

} // namespace steward::bench
