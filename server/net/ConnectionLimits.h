// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace steward {

// What one TCP connection on the host's port may do before it is closed (docs/architecture.md,
// "Limits"). Every limit holds for HTTP and for WebSockets, which the host pings every 15 s.
struct ConnectionLimits
{
    // A legitimate client never sends this much before an answer: the largest REST body is
    // 64 KiB and WebSocket sessions are pinged every 15 s.
    qint64 maxUnansweredBytes = 8 * 1024 * 1024;
    int firstAnswerMs = 10'000; // a new connection that has had no answer by then (sent nothing, or half a header)
    int requestMs = 30'000;     // bytes read and not answered for this long (a header sent a byte at a time)
    int idleMs = 120'000;       // nothing either way for this long
    // Connections from one address at once, but from the host itself; 0: no cap (behind a
    // reverse proxy every player comes from the proxy's address).
    int maxPerAddress = 64;
    // All connections at once, kept under the process's descriptor limit (5,000 WebSocket
    // sessions, their page loads, SQLite and the chain node need room).
    int maxConnections = 6'000;
};

} // namespace steward
