// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <vector>

namespace steward::bench {

// One WebSocket on a Sovereign Lines match: the match's player (signed in with its player
// token, it follows its own game) or a spectator (the facilitator's token, following the game
// as the projector does). It reads each view push's match tick by scanning the text, not by
// parsing it, so that the bench's cost per push stays small; while recording, it keeps every
// push's tick and arrival time and counts the bytes of every frame.
class SovereignClient : public QObject
{
    Q_OBJECT
public:
    enum class Role { Player, Spectator };
    struct Push
    {
        qint64 tick = 0; // the view's `tick`: the match's tick
        qint64 atNs = 0; // read here, on the run's clock
    };

    // gameId: the match a spectator follows (a player's token names its own).
    SovereignClient(Role role, QString token, QString gameId, const QElapsedTimer &clock, QObject *parent = nullptr);

    void open(const QUrl &wsUrl);
    void close();
    void setRecording(bool on) { m_recording = on; }

    Role role() const { return m_role; }
    const QString &gameId() const { return m_gameId; }
    qint64 lastTick() const { return m_lastTick; }
    bool sawRunning() const { return m_sawRunning; }
    bool sawOver() const { return m_sawOver; }
    qint64 overAtTick() const { return m_overAtTick; }
    const std::vector<Push> &pushes() const { return m_pushes; } // while recording
    quint64 bytesRecorded() const { return m_bytesRecorded; }   // frame payloads while recording
    quint64 framesRead() const { return m_frames; }              // in the whole run
    quint64 bytesRead() const { return m_bytes; }

signals:
    void ready();   // signed in (and following), with its first view
    void running(); // its first view of the match running
    void failed(const QString &why);

private:
    void onText(const QString &text);
    void onView(const QString &text);

    Role m_role;
    QWebSocket m_socket;
    QString m_token;
    QString m_gameId;
    const QElapsedTimer &m_clock;
    qint64 m_lastTick = -1;
    qint64 m_overAtTick = -1;
    std::vector<Push> m_pushes;
    quint64 m_bytesRecorded = 0;
    quint64 m_frames = 0;
    quint64 m_bytes = 0;
    bool m_recording = false;
    bool m_haveView = false;
    bool m_sawRunning = false;
    bool m_sawOver = false;
    bool m_closing = false;
};

} // namespace steward::bench
