// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <deque>
#include <unordered_set>

namespace steward::wallet {

// The (key id, nonce) pairs of signed requests seen recently, so that a captured request cannot
// be played again while its timestamp is still accepted. A request is accepted up to 30 s either
// side of its timestamp, so a nonce first seen at t can come back with a valid timestamp until
// t + 60: each is kept 2 × 30 s + 1.
//
// Memory is capped. When the cap is reached the cache refuses new nonces instead of forgetting
// live ones: forgetting would let a captured request through again, while refusing only delays
// an operator's honest request until entries expire. Only requests whose signature checked out
// are recorded, so only a holder of a secret can fill it, and filling it takes far more traffic
// (1,000,000 in a minute) than any operator sends a LAN host.
//
// Each pair is stored as 128 bits of its SHA-256 (about 60 bytes an entry with the queue), and
// entries leave from the front of an insertion-ordered queue: expiry costs O(1) per entry.
class NonceCache
{
public:
    enum class Outcome { Fresh, Seen, Full };

    static constexpr qsizetype DefaultCapacity = 1'000'000;
    static constexpr qint64 DefaultKeepSeconds = 2 * 30 + 1;

    explicit NonceCache(qsizetype capacity = DefaultCapacity, qint64 keepSeconds = DefaultKeepSeconds);

    // Records the pair unless it was seen (Seen) or the cache is full (Full).
    Outcome insert(const QString &keyId, const QByteArray &nonce, qint64 nowSeconds);
    bool contains(const QString &keyId, const QByteArray &nonce, qint64 nowSeconds);
    void expire(qint64 nowSeconds);

    qsizetype size() const { return qsizetype(m_seen.size()); }
    qsizetype capacity() const { return m_capacity; }
    qint64 keepSeconds() const { return m_keepSeconds; }

private:
    struct Key
    {
        quint64 hi = 0, lo = 0;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept { return size_t(k.lo); } // already uniform
    };
    struct Entry
    {
        Key key;
        qint64 expiresAt = 0;
    };
    static Key keyOf(const QString &keyId, const QByteArray &nonce);

    qsizetype m_capacity;
    qint64 m_keepSeconds;
    std::unordered_set<Key, KeyHash> m_seen;
    // In insertion order, hence (the clock going forward) in expiry order. If the clock steps
    // back, a later entry may sit behind an earlier one and is kept a little longer: never shorter.
    std::deque<Entry> m_queue;
};

} // namespace steward::wallet
