// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QUrl>

namespace steward {

// Where players' browsers reach a host listening on `bind`:`port`: each LAN address of this
// computer (IPv4, neither loopback nor link-local) when it listens on every network, else
// the one address it listens on. Read at each call: a laptop that changes Wi-Fi changes them.
QList<QUrl> joinAddresses(const QHostAddress &bind, quint16 port);

// The first of them, or localhost when this computer has no network (a demo on one machine).
QUrl firstJoinAddress(const QHostAddress &bind, quint16 port);

} // namespace steward
