// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"
#include "server/core/Clock.h"
#include "server/core/Result.h"

#include <QHash>
#include <QString>

#include <map>

namespace steward {

// One outstanding wallet sign-in challenge: what the host asked this address to sign.
struct SiweChallenge
{
    QString nonce;          // 128 random bits as 32 hex digits
    chain::Address address; // the only address that may answer it
    QString domain;         // the Host the challenge was asked for
    QString uri;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

// The nonces of Sign-In with Ethereum: random, each bound to the address it was issued for,
// usable once, expiring after `lifetimeMs`. At most `capacity` are kept; past that the oldest
// is forgotten, so a flood of challenges costs bounded memory (and is rate-limited per client
// address by the REST layer besides).
//
// Kept in memory only: a host restart forgets every outstanding challenge, and a wallet that
// was about to sign simply asks for a new one. Nothing else depends on them.
class SiweChallenges
{
public:
    static constexpr int NonceBytes = 16;
    static constexpr qint64 DefaultLifetimeMs = 5 * 60 * 1000;
    static constexpr qsizetype DefaultCapacity = 10000;

    explicit SiweChallenges(const Clock &clock);

    SiweChallenge issue(const chain::Address &address, const QString &domain, const QString &uri);
    // Removes the challenge and returns it; refuses an unknown, already used or forgotten nonce
    // (SIWE_NONCE_USED) and an expired one (SIWE_EXPIRED), which is removed all the same.
    Result<SiweChallenge> take(const QString &nonce);

    qsizetype size() const { return m_byNonce.size(); }
    qint64 lifetimeMs() const { return m_lifetimeMs; }
    void setLifetimeMs(qint64 ms);
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);

private:
    struct Entry
    {
        SiweChallenge challenge;
        quint64 order = 0;
    };
    void forget(quint64 order);
    void purge(qint64 nowMs);

    const Clock &m_clock;
    qint64 m_lifetimeMs = DefaultLifetimeMs;
    qsizetype m_capacity = DefaultCapacity;
    QHash<QString, Entry> m_byNonce;
    std::map<quint64, QString> m_byAge; // issue order -> nonce, oldest first
    quint64 m_nextOrder = 0;
};

} // namespace steward
