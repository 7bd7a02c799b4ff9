// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Large messages travel compressed for a client that asked for it when it signed in
// (docs/protocol.md, "Compressed frames"): a binary frame holding one zlib stream (RFC 1950),
// which inflates to the message as the session would otherwise have sent it, JSON text or
// MessagePack. A zlib stream's first byte is 0x78 here, which no message frame starts with: JSON
// starts with '{' and a MessagePack message is a map (0x80–0x8f, 0xde, 0xdf).

#include <QByteArray>

#include <optional>

namespace steward::protocol {

// Messages from this size on are compressed; smaller ones would not pay for the inflating.
inline constexpr qsizetype CompressFramesFrom = 4096;

// The value of `compression` in `auth` that asks for it, and in the answer that grants it.
inline constexpr char CompressionZlib[] = "zlib";

// A message as a compressed frame's payload.
QByteArray compressFrame(const QByteArray &message);
// Whether a binary frame from the host is a compressed one.
bool isCompressedFrame(QByteArrayView frame);
// A compressed frame's message, for a client of the host; nothing if the frame is not a whole
// zlib stream.
std::optional<QByteArray> inflateFrame(QByteArrayView frame);

} // namespace steward::protocol
