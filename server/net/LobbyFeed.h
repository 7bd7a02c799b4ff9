// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

namespace steward {

class GameHost;
class Session;

// The `lobby` channel: the facilitator's list of games, what GET /api/games answers, pushed
// whole to the sessions that follow it when a game comes, goes or its summary changes. Like a
// facilitator's view it goes out at most four times a second, and only once it is durable.
// Whole, not as a delta: a host holds tens of games, and a list needs no merging rules.
class LobbyFeed : public QObject
{
    Q_OBJECT
public:
    explicit LobbyFeed(GameHost &host, QObject *parent = nullptr);

    // Adds the session (once) and pushes it the list as it is now.
    void follow(Session *session);
    void forget(Session *session);

private:
    void markDirty();
    void flush();
    QJsonArray games() const;

    GameHost &m_host;
    QList<Session *> m_followers;
    QJsonArray m_pushed; // the list every follower was last pushed
    QTimer m_timer;
};

} // namespace steward
