// SPDX-License-Identifier: GPL-3.0-or-later
#include "LobbyFeed.h"

#include "server/protocol/Protocol.h"
#include "Session.h"
#include "server/core/GameHost.h"
#include "server/core/EventJournal.h"

using namespace Qt::StringLiterals;

namespace steward {

namespace {
// The facilitators' views' pace (ViewSync): a busy game changes its summary with every order.
constexpr int FlushIntervalMs = 250;

QByteArray lobbyFrame(const QJsonArray &games)
{
    return protocol::push(u"lobby"_s, {{u"games"_s, games}});
}
} // namespace

LobbyFeed::LobbyFeed(GameHost &host, QObject *parent) : QObject(parent), m_host(host)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LobbyFeed::flush);
    // A game created or changed says gameChanged; a real-time game's ticks may move its summary.
    connect(&m_host, &GameHost::gameChanged, this, &LobbyFeed::markDirty);
    connect(&m_host, &GameHost::ticked, this, &LobbyFeed::markDirty);
    connect(&m_host, &GameHost::gameDeleted, this, &LobbyFeed::markDirty);
}

void LobbyFeed::follow(Session *session)
{
    if (!m_followers.contains(session))
        m_followers.append(session);
    // Never show a game that is not yet on disk.
    m_host.journal().whenDurable(session, [this, session](const Status &) {
        if (m_followers.contains(session))
            session->send(lobbyFrame(games()));
    });
}

void LobbyFeed::forget(Session *session)
{
    m_followers.removeOne(session);
    if (m_followers.isEmpty())
        m_pushed = {}; // the next follower's list is built afresh; nobody holds this one
}

void LobbyFeed::markDirty()
{
    if (!m_followers.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void LobbyFeed::flush()
{
    m_host.journal().whenDurable(this, [this](const Status &) {
        if (m_followers.isEmpty())
            return;
        QJsonArray now = games();
        if (now == m_pushed)
            return; // what changed is not in the list (a player's order, a tick)
        const QByteArray frame = lobbyFrame(now);
        m_pushed = std::move(now);
        for (Session *s : std::as_const(m_followers))
            s->send(frame);
    });
}

QJsonArray LobbyFeed::games() const
{
    return m_host.summaries();
}

} // namespace steward
