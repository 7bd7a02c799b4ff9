// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinAddresses.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace steward {

namespace {
QUrl baseFor(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(u"/"_s);
    return url;
}
} // namespace

QList<QUrl> joinAddresses(const QHostAddress &bind, quint16 port)
{
    QList<QUrl> out;
    if (bind != QHostAddress::Any && bind != QHostAddress::AnyIPv4 && bind != QHostAddress::AnyIPv6) {
        if (!bind.isLoopback())
            out << baseFor(bind, port);
        return out;
    }
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            out << baseFor(a, port);
    }
    return out;
}

QUrl firstJoinAddress(const QHostAddress &bind, quint16 port)
{
    const QList<QUrl> all = joinAddresses(bind, port);
    return all.isEmpty() ? baseFor(bind.isLoopback() ? bind : QHostAddress(QHostAddress::LocalHost), port) : all.first();
}

} // namespace steward
