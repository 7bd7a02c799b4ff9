// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <vector>

namespace steward {

struct Actor;
class Game;
class GameHost;
class HostMetrics;

// Sends each watching client its own view of a game when that view changes. Changes made in
// one turn of the event loop go out together, after they are committed; facilitators, whose
// view spans every team, get at most a few pushes a second. A session may watch several games
// (the `game:<id>` channels): each game's view is diffed on its own, and while it watches more
// than one, every push names its game.
class ViewSync : public QObject
{
    Q_OBJECT
public:
    explicit ViewSync(GameHost &host, QObject *parent = nullptr);
    // Where the time each game's push takes is counted (steward_push_ms); none by default.
    void setMetrics(HostMetrics *metrics) { m_metrics = metrics; }

    // Adds a game to what the session watches (starting it again from a whole view if it
    // already did) and pushes it once it is durable. Who may watch it is the caller's to check.
    void watch(Session *session, const QString &gameId);
    void forget(Session *session, const QString &gameId);
    void forgetAll(Session *session);
    // A whole view of one watched game, even if nothing changed.
    void pushNow(Session *session, const QString &gameId);

private:
    void markDirty(const QString &gameId);
    void flushPlayers();
    void flushFacilitators();
    // Pushes, once the store is durable, to the watchers of `dirtyGames` that `forWhom` picks.
    void flush(QSet<QString> &dirtyGames, bool players);
    void pushGames(const QSet<QString> &gameIds, bool players);
    // What one change of a shared view (Game::sharedViewKey) became for the watchers who had
    // seen the same version before it: built, compared and encoded once, sent to each of them.
    struct SharedPush
    {
        QByteArray frame; // empty: nothing changed for them
        QJsonObject view;
        quint64 version = 0;
    };
    using SharedPushes = QHash<QString, SharedPush>; // shared key, last version seen, naming ->
    void push(Session *session, const QString &gameId, const Game &game, Session::PushedView &pushed, quint64 version,
              bool force, SharedPushes *shared = nullptr);
    QByteArray frameFor(const Game &game, const QJsonObject &view, const Session::PushedView &pushed, bool whole,
                        const QString &named) const;

    // Visited for every change of its game: it holds what push() needs, found once at watch().
    struct Watcher
    {
        Session *session;
        Session::PushedView *pushed; // in session->views, whose nodes stay put until forget()
        bool isPlayer;
        int group; // Game::viewGroupOf its actor, or -1
    };
    GameHost &m_host;
    HostMetrics *m_metrics = nullptr;
    QHash<QString, std::vector<Watcher>> m_watchers; // game id ->
    QSet<QString> m_dirty;
    QSet<QString> m_dirtyForFacilitators;
    QTimer m_playerTimer;
    QTimer m_facilitatorTimer;
};

} // namespace steward
