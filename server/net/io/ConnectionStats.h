// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace steward::io {

// What the game thread and a connection's I/O thread both know of one WebSocket. The I/O
// thread counts what it reads and refuses; the game thread says when the client signed in.
// Each field stands alone, so relaxed atomics do.
struct ConnectionStats
{
    std::atomic<qint64> lastSeenMs{0};
    std::atomic<qint64> rttMs{-1};
    std::atomic<quint64> messagesIn{0};
    std::atomic<quint64> refused{0};
    // Set by the game thread: a signed-in session's pings are answered.
    std::atomic<bool> authenticated{false};
};

} // namespace steward::io
