// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiweChallenges.h"

#include "Credentials.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward {

SiweChallenges::SiweChallenges(const Clock &clock) : m_clock(clock) {}

void SiweChallenges::setLifetimeMs(qint64 ms)
{
    m_lifetimeMs = std::max<qint64>(ms, 1);
}

void SiweChallenges::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(capacity, 1);
    while (m_byNonce.size() > m_capacity)
        forget(m_byAge.begin()->first);
}

void SiweChallenges::forget(quint64 order)
{
    const auto it = m_byAge.find(order);
    if (it == m_byAge.end())
        return;
    m_byNonce.remove(it->second);
    m_byAge.erase(it);
}

void SiweChallenges::purge(qint64 nowMs)
{
    // Oldest first; with one lifetime for all they also expire first, so this stops early.
    while (!m_byAge.empty()) {
        const auto oldest = m_byAge.begin();
        if (m_byNonce.value(oldest->second).challenge.expiresAtMs > nowMs)
            break;
        forget(oldest->first);
    }
}

SiweChallenge SiweChallenges::issue(const chain::Address &address, const QString &domain, const QString &uri)
{
    const qint64 now = m_clock.nowMs();
    purge(now);
    while (m_byNonce.size() >= m_capacity)
        forget(m_byAge.begin()->first);
    SiweChallenge c;
    do {
        c.nonce = QString::fromLatin1(credentials::randomBytes(NonceBytes).toHex());
    } while (m_byNonce.contains(c.nonce));
    c.address = address;
    c.domain = domain;
    c.uri = uri;
    c.issuedAtMs = now;
    c.expiresAtMs = now + m_lifetimeMs;
    const quint64 order = m_nextOrder++;
    m_byNonce.insert(c.nonce, Entry{c, order});
    m_byAge.emplace(order, c.nonce);
    return c;
}

Result<SiweChallenge> SiweChallenges::take(const QString &nonce)
{
    const auto it = m_byNonce.constFind(nonce);
    if (it == m_byNonce.cend())
        return Error{ErrorCode::SiweNonceUsed,
                     u"This sign-in message's nonce is unknown or was already used; ask for a new challenge."_s};
    const SiweChallenge c = it->challenge;
    forget(it->order); // single use: gone whatever the caller decides next
    if (m_clock.nowMs() >= c.expiresAtMs)
        return Error{ErrorCode::SiweExpired, u"This sign-in challenge has expired; ask for a new one."_s};
    return c;
}

} // namespace steward
