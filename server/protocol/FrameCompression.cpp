// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameCompression.h"

#include <QtEndian>

#include <algorithm>

namespace steward::protocol {

namespace {
// zlib's default level: the host compresses a large message once a batch for all its readers, on
// an I/O thread. A huge map's view (37 KB of JSON) comes to 10 KB; the fastest level leaves 12 KB.
constexpr int Level = 6;
}

QByteArray compressFrame(const QByteArray &message)
{
    // qCompress writes the inflated size as four bytes ahead of the zlib stream; the wire has the
    // stream alone.
    return qCompress(message, Level).sliced(4);
}

bool isCompressedFrame(QByteArrayView frame)
{
    return frame.size() >= 2 && quint8(frame[0]) == 0x78;
}

std::optional<QByteArray> inflateFrame(QByteArrayView frame)
{
    if (!isCompressedFrame(frame))
        return std::nullopt;
    // qUncompress reads a size ahead of the stream as where to start; it grows past it.
    QByteArray withSize(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(frame.size() * 8, 1 << 24)), withSize.data());
    withSize.append(frame.data(), frame.size());
    QByteArray message = qUncompress(withSize);
    if (message.isEmpty())
        return std::nullopt;
    return message;
}

} // namespace steward::protocol
