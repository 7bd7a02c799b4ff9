// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsFrame.h"

namespace steward::ws {

bool close::isSendable(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

QByteArray frameHeader(Opcode opcode, qsizetype payloadSize)
{
    QByteArray h;
    h.reserve(10);
    h.append(char(0x80 | quint8(opcode))); // FIN: the host never fragments
    if (payloadSize < 126) {
        h.append(char(payloadSize));
    } else if (payloadSize <= 0xFFFF) {
        h.append(char(126));
        h.append(char(payloadSize >> 8));
        h.append(char(payloadSize & 0xFF));
    } else {
        h.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            h.append(char((quint64(payloadSize) >> shift) & 0xFF));
    }
    return h;
}

QByteArray frame(Opcode opcode, QByteArrayView payload)
{
    QByteArray f = frameHeader(opcode, payload.size());
    f.append(payload);
    return f;
}

QByteArray closeFrame(quint16 code, const QString &reason)
{
    constexpr qsizetype MaxReason = MaxControlPayload - 2;
    QByteArray text = reason.toUtf8();
    if (text.size() > MaxReason) {
        // Cut at a character, with an ellipsis: a browser that sees broken UTF-8 reports 1006
        // instead of the code.
        const QByteArray ellipsis = QStringLiteral("…").toUtf8();
        qsizetype cut = MaxReason - ellipsis.size();
        while (cut > 0 && (quint8(text.at(cut)) & 0xC0) == 0x80)
            --cut; // back to the first byte of the character that does not fit
        text = text.left(cut) + ellipsis;
    }
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xFF));
    payload.append(text);
    return frame(Opcode::Close, payload);
}

} // namespace steward::ws
