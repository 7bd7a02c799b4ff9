// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>

namespace steward {

// The host machine itself (127.0.0.1, ::1, or 127.0.0.1 mapped into IPv6): the console, a
// benchmark or a local proxy. Per-address caps spare it, since a process on the host could do
// worse than open connections. Other 127.x.y.z addresses are not spared, so that tests can
// play a LAN neighbour from the host.
inline bool isHostItself(const QHostAddress &peer)
{
    if (peer == QHostAddress(QHostAddress::LocalHostIPv6))
        return true;
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped && v4 == 0x7F000001;
}

} // namespace steward
