// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/protocol/Protocol.h"

#include <QtGlobal>

namespace steward::io {

// What an I/O thread hands the game thread: a message already read, checked against the
// connection's budget and parsed; a client to close, refused too often (closed by the game
// thread, so the answers to what it sent before go out first); or the news that the
// connection is gone. A connection's items arrive in the order its thread made them, and
// nothing follows its Closed.
struct Inbound
{
    enum Kind : quint8 { Message, CloseAsked, Closed };
    Kind kind = Message;
    quint64 connection = 0;
    protocol::Envelope envelope; // Message
    quint16 closeCode = 0;       // CloseAsked
    QString closeReason;         // CloseAsked

    static Inbound message(quint64 connection, protocol::Envelope envelope)
    {
        Inbound in;
        in.connection = connection;
        in.envelope = std::move(envelope);
        return in;
    }
    static Inbound closeAsked(quint64 connection, quint16 code, QString reason)
    {
        Inbound in;
        in.kind = CloseAsked;
        in.connection = connection;
        in.closeCode = code;
        in.closeReason = std::move(reason);
        return in;
    }
    static Inbound closed(quint64 connection)
    {
        Inbound in;
        in.kind = Closed;
        in.connection = connection;
        return in;
    }
};

} // namespace steward::io
