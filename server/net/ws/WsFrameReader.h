// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WsFrame.h"

#include <QByteArray>
#include <QString>

namespace steward::ws {

// Reads what a WebSocket client sends (RFC 6455 section 5) from a byte stream fed in any
// chunks, and says what arrived: a whole message, a control frame, or why the connection
// must fail. A client's frames must be masked; a message may come in fragments, with
// control frames between them; a text message must be UTF-8.
class WsFrameReader
{
public:
    explicit WsFrameReader(qsizetype maxMessageBytes) : m_maxMessage(maxMessageBytes) {}

    struct Item
    {
        enum Kind { NeedMore, Text, Binary, Ping, Pong, Close, Failed } kind = NeedMore;
        QByteArray payload;   // the message, the control frame's data, or the close reason
        quint16 closeCode = 0; // Close: what the client sent (0: none); Failed: what to close with
        QString failure;      // Failed: why, for the log and the close frame
    };

    void feed(QByteArrayView bytes) { m_buffer.append(bytes); }
    // The next whole item in what was fed; NeedMore until there is one. After Failed, always
    // Failed: the stream cannot be read any further.
    Item next();
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    Item fail(quint16 code, QString why);
    void compact();

    qsizetype m_maxMessage;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    // A fragmented message in progress.
    bool m_inMessage = false;
    Opcode m_messageOpcode = Opcode::Text;
    QByteArray m_message;
    Item m_failed;
};

} // namespace steward::ws
