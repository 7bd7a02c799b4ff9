// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

namespace steward::ws {

// A client's opening handshake (RFC 6455 4.2.1), read from the request's head.
struct WsUpgrade
{
    QByteArray path;   // without the query
    QByteArray host;   // the Host header
    QByteArray origin; // empty when the client sent none (not a browser)
    QByteArray key;    // Sec-WebSocket-Key
};

// Whether `head` (request line and headers, up to the blank line) asks to become a WebSocket.
bool isUpgradeRequest(QByteArrayView head);

// Why an upgrade is refused: the HTTP status ("400 Bad Request", "426 Upgrade Required") and
// a sentence for the body.
struct HandshakeRefusal
{
    QByteArray status;
    QByteArray reason;
};
// The upgrade `head` asks for, or why it is refused.
std::variant<WsUpgrade, HandshakeRefusal> parseUpgrade(QByteArrayView head);

// Sec-WebSocket-Accept for a client's key.
QByteArray acceptKey(QByteArrayView key);
// The host's 101 answer to `upgrade`.
QByteArray switchingProtocols(const WsUpgrade &upgrade);
// A plain HTTP answer that closes the connection.
QByteArray refusal(const HandshakeRefusal &r);

} // namespace steward::ws
