// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <vector>

namespace steward::bench {

// What the watchers of one game read during the measured window, shared by them (one thread).
struct FanoutGameLog
{
    qint64 firstTick = 0; // the window: ticks firstTick .. lastTick
    qint64 lastTick = -1;
    std::vector<qint64> ranAtUs;  // per tick of the window: when it ran on the host (0: nobody saw it)
    std::vector<qint64> deliveryUs; // per tick read by a watcher: read here - ran there
    quint64 ticksSeen = 0;          // (watcher, tick) pairs read in the window
    quint64 ticksExpected = 0;
};

// One watcher of a pulse game: a real WebSocket signed in with a player's token, reading the
// game's pushes. It reads only a frame's tick and its time (ranAtUs), found by scanning the
// text, so that the bench's own cost per frame stays small next to the host's.
class FanoutWatcher : public QObject
{
    Q_OBJECT
public:
    FanoutWatcher(QString token, FanoutGameLog &log, QObject *parent = nullptr);

    void open(const QUrl &wsUrl);
    void close();
    // Drops the connection as a lost Wi-Fi would (no close handshake) and comes back at once on
    // a new one with the same token; ready() comes again with the first view.
    void reconnect(const QUrl &wsUrl);
    qint64 lastTick() const { return m_lastTick; }
    bool isDone() const { return m_done; }
    quint64 framesRead() const { return m_frames; }
    quint64 bytesRead() const { return m_bytes; }

signals:
    void ready();    // signed in, and its first view has arrived
    void finished(); // it read the window's last tick, or a later one
    void failed(const QString &why);

private:
    void onText(const QString &text);
    void onTick(qint64 tick, qint64 ranAtUs, qint64 readAtUs);

    QWebSocket m_socket;
    QString m_token;
    FanoutGameLog &m_log;
    qint64 m_lastTick = -1;
    quint64 m_frames = 0;
    quint64 m_bytes = 0;
    bool m_signedIn = false;
    bool m_haveView = false;
    bool m_done = false;
    bool m_closing = false;
};

} // namespace steward::bench
