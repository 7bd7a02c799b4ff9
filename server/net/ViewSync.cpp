// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewSync.h"

#include "HostMetrics.h"
#include "Session.h"
#include "server/core/EventJournal.h"
#include "server/core/GameHost.h"
#include "server/protocol/Protocol.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward {

namespace {
// The entries an append-only list gained, or nothing if it did not grow.
QJsonArray grownBy(const QJsonValue &before, const QJsonValue &after)
{
    const QJsonArray old = before.toArray();
    const QJsonArray now = after.toArray();
    QJsonArray tail;
    for (qsizetype i = old.size(); i < now.size(); ++i)
        tail.append(now.at(i));
    return tail;
}

// The entries of a keyed field that changed or came, and null for each that is gone.
QJsonObject entriesChanged(const QJsonObject &before, const QJsonObject &now)
{
    QJsonObject patch;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!now.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    return patch;
}
} // namespace

ViewSync::ViewSync(GameHost &host, QObject *parent) : QObject(parent), m_host(host)
{
    m_playerTimer.setSingleShot(true);
    m_playerTimer.setInterval(0);
    m_facilitatorTimer.setSingleShot(true);
    m_facilitatorTimer.setInterval(250);
    connect(&m_playerTimer, &QTimer::timeout, this, &ViewSync::flushPlayers);
    connect(&m_facilitatorTimer, &QTimer::timeout, this, &ViewSync::flushFacilitators);
    connect(&m_host, &GameHost::gameChanged, this, &ViewSync::markDirty);
    // A real-time game's ticks change its views with nothing to write.
    connect(&m_host, &GameHost::ticked, this, &ViewSync::markDirty);
    // Who still watches a deleted game is told by the gateway, which forgets it here.
}

void ViewSync::watch(Session *session, const QString &gameId)
{
    const auto [at, added] = session->views.insert_or_assign(gameId, Session::PushedView{});
    if (added) {
        const Actor &who = session->info().actor;
        const Game *game = m_host.game(gameId);
        m_watchers[gameId].push_back({session, &at->second, who.role == ActorRole::Player,
                                      game ? game->viewGroupOf(who) : -1});
    }
    pushNow(session, gameId);
}

void ViewSync::forget(Session *session, const QString &gameId)
{
    const auto watched = session->views.find(gameId);
    if (watched == session->views.end())
        return;
    auto it = m_watchers.find(gameId);
    if (it != m_watchers.end()) {
        std::erase_if(*it, [session](const Watcher &w) { return w.session == session; });
        if (it->empty())
            m_watchers.erase(it);
    }
    session->views.erase(watched);
}

void ViewSync::forgetAll(Session *session)
{
    while (!session->views.empty())
        forget(session, session->views.begin()->first);
}

void ViewSync::pushNow(Session *session, const QString &gameId)
{
    // Never show a state that is not yet on disk.
    m_host.journal().whenDurable(session, [this, session, gameId](const Status &) {
        const auto watched = session->views.find(gameId);
        const Game *game = m_host.game(gameId);
        if (watched != session->views.end() && game)
            push(session, gameId, *game, watched->second, game->viewVersion(session->info().actor), true);
    });
}

void ViewSync::markDirty(const QString &gameId)
{
    if (!m_watchers.contains(gameId))
        return;
    m_dirty.insert(gameId);
    m_dirtyForFacilitators.insert(gameId);
    if (!m_playerTimer.isActive())
        m_playerTimer.start();
    if (!m_facilitatorTimer.isActive())
        m_facilitatorTimer.start();
}

void ViewSync::flushPlayers()
{
    flush(m_dirty, true);
}

void ViewSync::flushFacilitators()
{
    flush(m_dirtyForFacilitators, false);
}

void ViewSync::flush(QSet<QString> &dirtyGames, bool players)
{
    // Most games' views wait for the commit; a kind that accepts its recovery point pushes now.
    QSet<QString> now;
    QSet<QString> afterCommit;
    for (const QString &gameId : std::exchange(dirtyGames, {})) {
        const Game *game = m_host.game(gameId);
        (game && !game->viewsWaitForDisk() ? now : afterCommit).insert(gameId);
    }
    pushGames(now, players);
    if (!afterCommit.isEmpty()) {
        m_host.journal().whenDurable(this, [this, afterCommit, players](const Status &) {
            pushGames(afterCommit, players);
        });
    }
}

void ViewSync::pushGames(const QSet<QString> &gameIds, bool players)
{
    for (const QString &gameId : gameIds) {
        const auto it = m_watchers.constFind(gameId);
        const Game *game = m_host.game(gameId);
        if (it == m_watchers.cend() || !game)
            continue; // nobody watches, or the game is gone since the push was asked for
        QElapsedTimer took;
        took.start();
        // A copy: pushing sends, and nothing it sets off may change the list under the loop.
        const std::vector<Watcher> watchers = *it;
        SharedPushes shared;
        int pushed = 0;
        for (const Watcher &w : watchers) {
            if (w.isPlayer != players)
                continue;
            // Asked of every watcher for every change: a group's version is a lookup.
            const quint64 version = w.group >= 0 ? game->viewVersionOfGroup(w.group)
                                                 : game->viewVersion(w.session->info().actor);
            if (w.pushed->once && version == w.pushed->version)
                continue;
            push(w.session, gameId, *game, *w.pushed, version, false, &shared);
            ++pushed;
        }
        if (m_metrics && pushed > 0)
            m_metrics->viewsPushed(m_host.kindOf(gameId), double(took.nsecsElapsed()) / 1e6);
    }
}

void ViewSync::push(Session *session, const QString &gameId, const Game &game, Session::PushedView &pushed,
                    quint64 version, bool force, SharedPushes *shared)
{
    const Actor &who = session->info().actor;
    const bool first = force || !pushed.once;
    // A session that watches one game gets the frames it always got.
    const QString named = session->views.size() > 1 ? gameId : QString();
    // Watchers of a shared view who saw the same version last get the same frame: the first
    // of them builds it. (Same key and version mean the same view, so the same change.)
    QString sharedKey;
    if (shared) {
        if (const QString key = m_host.sharedViewKey(gameId, who); !key.isEmpty()) {
            sharedKey = key + u'\x1f' + (first ? u"whole"_s : QString::number(pushed.version)) + u'\x1f' + named;
            if (const auto hit = shared->constFind(sharedKey); hit != shared->cend()) {
                if (!hit->frame.isEmpty())
                    session->send(hit->frame);
                pushed.version = hit->version;
                pushed.once = true;
                pushed.view = hit->view;
                return;
            }
        }
    }
    // A kind that tracks its changes tells them itself; the view is then not kept, so when the
    // kind cannot tell (a watcher too far behind) the view goes whole. Any of these frames is
    // right for every watcher who saw the same version of the same shared view.
    std::optional<ViewChange> change;
    if (!first)
        change = game.viewChangeSince(who, pushed.version);
    const bool whole = first || (!change && pushed.view.isEmpty());
    QJsonObject view;
    QByteArray frame;
    if (change) {
        if (!change->fields.isEmpty() || !change->patched.isEmpty() || !change->removed.isEmpty())
            frame = protocol::stateDelta(change->fields, {}, change->removed, change->patched, named);
    } else {
        view = m_host.viewFor(gameId, who);
        frame = frameFor(game, view, pushed, whole, named);
    }
    if (!frame.isEmpty())
        session->send(frame);
    if (!sharedKey.isEmpty())
        shared->insert(sharedKey, SharedPush{frame, view, version});
    pushed.version = version;
    pushed.once = true;
    pushed.view = std::move(view);
}

// The whole view, or only the top-level fields that changed since `pushed` (empty: none).
QByteArray ViewSync::frameFor(const Game &game, const QJsonObject &view, const Session::PushedView &pushed, bool whole,
                              const QString &named) const
{
    if (whole)
        return protocol::state(view, named);
    // Unchanged arrays the game keeps (a role's history) are shared with the last view, so
    // comparing them costs nothing.
    const QStringList appendOnly = game.appendOnlyViewFields();
    const QStringList keyed = game.keyedViewFields();
    QJsonObject changed;
    QJsonObject appended;
    QJsonObject patched;
    QJsonArray removed;
    qsizetype kept = 0; // keys of the last view that this one still has
    for (auto it = view.constBegin(); it != view.constEnd(); ++it) {
        const QJsonValue before = pushed.view.value(it.key());
        if (!before.isUndefined())
            ++kept;
        if (before == it.value())
            continue;
        // A list the game only appends to (a role's history) travels as its new entries;
        // the game's word spares comparing every earlier entry.
        if (appendOnly.contains(it.key()) && before.isArray() && it.value().isArray()
            && it.value().toArray().size() > before.toArray().size())
            appended.insert(it.key(), grownBy(before, it.value()));
        else if (keyed.contains(it.key()) && before.isObject() && it.value().isObject())
            patched.insert(it.key(), entriesChanged(before.toObject(), it.value().toObject()));
        else
            changed.insert(it.key(), it.value());
    }
    if (kept < pushed.view.size()) {
        for (auto it = pushed.view.constBegin(); it != pushed.view.constEnd(); ++it) {
            if (!view.contains(it.key()))
                removed.append(it.key());
        }
    }
    if (changed.isEmpty() && appended.isEmpty() && removed.isEmpty() && patched.isEmpty())
        return {};
    return protocol::stateDelta(changed, appended, removed, patched, named);
}

} // namespace steward
