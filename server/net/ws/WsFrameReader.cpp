// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsFrameReader.h"
#include "Utf8.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace steward::ws {

namespace {
void unmask(char *data, qsizetype size, const quint8 key[4])
{
    quint32 key32;
    std::memcpy(&key32, key, 4);
    const quint64 key64 = (quint64(key32) << 32) | key32;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        word ^= key64;
        std::memcpy(data + i, &word, 8);
    }
    for (; i < size; ++i)
        data[i] = char(quint8(data[i]) ^ key[i % 4]);
}
} // namespace

WsFrameReader::Item WsFrameReader::fail(quint16 code, QString why)
{
    m_failed.kind = Item::Failed;
    m_failed.closeCode = code;
    m_failed.failure = std::move(why);
    m_buffer.clear();
    m_pos = 0;
    m_message.clear();
    return m_failed;
}

void WsFrameReader::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024 && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

WsFrameReader::Item WsFrameReader::next()
{
    if (m_failed.kind == Item::Failed)
        return m_failed;
    for (;;) {
        const qsizetype available = m_buffer.size() - m_pos;
        if (available < 2)
            return {};
        const auto *head = reinterpret_cast<const quint8 *>(m_buffer.constData() + m_pos);
        const bool fin = head[0] & 0x80;
        const quint8 rsv = head[0] & 0x70;
        const auto opcode = Opcode(head[0] & 0x0F);
        const bool masked = head[1] & 0x80;
        quint64 length = head[1] & 0x7F;
        qsizetype headerSize = 2;
        if (rsv)
            return fail(close::ProtocolError, u"reserved bits set without an extension"_s);
        if (!masked)
            return fail(close::ProtocolError, u"a client's frames must be masked"_s);
        const bool control = quint8(opcode) & 0x8;
        switch (opcode) {
        case Opcode::Continuation: case Opcode::Text: case Opcode::Binary:
        case Opcode::Close: case Opcode::Ping: case Opcode::Pong:
            break;
        default:
            return fail(close::ProtocolError, u"unknown opcode %1"_s.arg(quint8(opcode)));
        }
        if (control && (!fin || length > MaxControlPayload))
            return fail(close::ProtocolError, u"a control frame must be whole and at most 125 bytes"_s);
        if (length == 126) {
            if (available < 4)
                return {};
            length = (quint64(head[2]) << 8) | head[3];
            headerSize = 4;
            if (length < 126)
                return fail(close::ProtocolError, u"a length not in its shortest form"_s);
        } else if (length == 127) {
            if (available < 10)
                return {};
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | head[2 + i];
            headerSize = 10;
            if (length <= 0xFFFF || (length >> 63))
                return fail(close::ProtocolError, u"a length not in its shortest form"_s);
        }
        // Refused from its header, before any of it is held.
        const quint64 sofar = m_inMessage ? quint64(m_message.size()) : 0;
        if (!control && sofar + length > quint64(m_maxMessage))
            return fail(close::TooBig, u"a message over %1 bytes"_s.arg(m_maxMessage));
        if (quint64(available) < quint64(headerSize) + 4 + length)
            return {};
        quint8 key[4];
        std::memcpy(key, head + headerSize, 4);
        const qsizetype start = m_pos + headerSize + 4;
        char *payload = m_buffer.data() + start;
        unmask(payload, qsizetype(length), key);
        m_pos = start + qsizetype(length);
        const QByteArrayView data(payload, qsizetype(length));

        if (control) {
            Item item;
            item.payload = data.toByteArray();
            compact();
            if (opcode == Opcode::Ping) {
                item.kind = Item::Ping;
            } else if (opcode == Opcode::Pong) {
                item.kind = Item::Pong;
            } else {
                item.kind = Item::Close;
                if (item.payload.size() == 1)
                    return fail(close::ProtocolError, u"a close frame with half a code"_s);
                if (item.payload.size() >= 2) {
                    item.closeCode = quint16((quint8(item.payload.at(0)) << 8) | quint8(item.payload.at(1)));
                    item.payload.remove(0, 2);
                    if (!close::isSendable(item.closeCode))
                        return fail(close::ProtocolError, u"close code %1 may not be sent"_s.arg(item.closeCode));
                    if (!isValidUtf8(item.payload))
                        return fail(close::InvalidPayload, u"a close reason that is not UTF-8"_s);
                }
            }
            return item;
        }

        if (opcode == Opcode::Continuation) {
            if (!m_inMessage)
                return fail(close::ProtocolError, u"a continuation with no message begun"_s);
            m_message.append(data);
        } else {
            if (m_inMessage)
                return fail(close::ProtocolError, u"a new message before the last one ended"_s);
            m_messageOpcode = opcode;
            if (fin) {
                // The common case, a message in one frame: no copy into m_message.
                Item item;
                item.kind = opcode == Opcode::Text ? Item::Text : Item::Binary;
                item.payload = data.toByteArray();
                compact();
                if (item.kind == Item::Text && !isValidUtf8(item.payload))
                    return fail(close::InvalidPayload, u"a text message that is not UTF-8"_s);
                return item;
            }
            m_inMessage = true;
            m_message = data.toByteArray();
        }
        compact();
        if (!fin)
            continue;
        Item item;
        item.kind = m_messageOpcode == Opcode::Text ? Item::Text : Item::Binary;
        item.payload = std::exchange(m_message, {});
        m_inMessage = false;
        if (item.kind == Item::Text && !isValidUtf8(item.payload))
            return fail(close::InvalidPayload, u"a text message that is not UTF-8"_s);
        return item;
    }
}

} // namespace steward::ws
