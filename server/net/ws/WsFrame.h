// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of RFC 6455 both directions share: opcodes, close codes, and how the host frames
// what it sends (a server's frames are never masked).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace steward::ws {

enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// The close codes the host sends. 4000-4999 are the application's own (docs/protocol.md).
namespace close {
inline constexpr quint16 Normal = 1000;
inline constexpr quint16 GoingAway = 1001;
inline constexpr quint16 ProtocolError = 1002;
inline constexpr quint16 UnsupportedData = 1003;
inline constexpr quint16 InvalidPayload = 1007;
inline constexpr quint16 PolicyViolated = 1008;
inline constexpr quint16 TooBig = 1009;
inline constexpr quint16 InternalError = 1011;
inline constexpr quint16 TryAgainLater = 1013;
inline constexpr quint16 Kicked = 4001;
inline constexpr quint16 Banned = 4003;
// Whether a peer may send `code` in a close frame (RFC 6455 7.4; 1004-1006 and 1015 never travel).
bool isSendable(quint16 code);
} // namespace close

// The largest control frame payload (RFC 6455 5.5), and so of a close reason 123 bytes.
inline constexpr qsizetype MaxControlPayload = 125;

// One unmasked, final frame.
QByteArray frame(Opcode opcode, QByteArrayView payload);
// Only the header of that frame: for a payload written after it without a copy.
QByteArray frameHeader(Opcode opcode, qsizetype payloadSize);
// A close frame: the code, then the reason cut at a character to fit 123 bytes.
QByteArray closeFrame(quint16 code, const QString &reason);

} // namespace steward::ws
