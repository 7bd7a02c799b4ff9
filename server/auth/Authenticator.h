// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>

namespace steward {

class EventStore;

// Signs people in and checks their tokens. The signing key and the facilitator's password
// hash live in the database, so tokens stay valid across restarts.
class Authenticator
{
public:
    Authenticator(EventStore &store, const Clock &clock);

    // Loads or creates the signing key. Sets the facilitator password from `password` when
    // given; else keeps the stored one, or generates one and returns it to be shown once.
    Result<QString> initialize(const QString &password);

    Result<QString> signInFacilitator(const QString &username, const QString &password) const;
    QString issuePlayerToken(const QString &playerId, const QString &gameId, int team, const QString &seat) const;
    // The actor a token speaks for; players still need checking against the game's seats.
    Result<Actor> verify(const QString &token) const;

    static constexpr qint64 FacilitatorTokenSeconds = 12 * 3600;
    static constexpr qint64 PlayerTokenSeconds = 7 * 24 * 3600;

private:
    EventStore &m_store;
    const Clock &m_clock;
    QByteArray m_key;
    QString m_passwordHash;
};

} // namespace steward
