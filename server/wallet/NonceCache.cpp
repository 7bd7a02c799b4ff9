// SPDX-License-Identifier: GPL-3.0-or-later
#include "NonceCache.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace steward::wallet {

NonceCache::NonceCache(qsizetype capacity, qint64 keepSeconds)
    : m_capacity(capacity), m_keepSeconds(keepSeconds)
{
}

NonceCache::Key NonceCache::keyOf(const QString &keyId, const QByteArray &nonce)
{
    // The key id goes first with its length, so no (key, nonce) split of the bytes is ambiguous.
    const QByteArray id = keyId.toUtf8();
    QCryptographicHash h(QCryptographicHash::Sha256);
    const quint32 len = qToBigEndian(quint32(id.size()));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&len), sizeof len));
    h.addData(id);
    h.addData(nonce);
    const QByteArray d = h.result();
    return Key{qFromBigEndian<quint64>(d.constData()), qFromBigEndian<quint64>(d.constData() + 8)};
}

void NonceCache::expire(qint64 nowSeconds)
{
    while (!m_queue.empty() && m_queue.front().expiresAt <= nowSeconds) {
        m_seen.erase(m_queue.front().key);
        m_queue.pop_front();
    }
}

NonceCache::Outcome NonceCache::insert(const QString &keyId, const QByteArray &nonce, qint64 nowSeconds)
{
    expire(nowSeconds);
    const Key key = keyOf(keyId, nonce);
    if (m_seen.contains(key))
        return Outcome::Seen;
    if (qsizetype(m_seen.size()) >= m_capacity)
        return Outcome::Full;
    m_seen.insert(key);
    m_queue.push_back(Entry{key, nowSeconds + m_keepSeconds});
    return Outcome::Fresh;
}

bool NonceCache::contains(const QString &keyId, const QByteArray &nonce, qint64 nowSeconds)
{
    expire(nowSeconds);
    return m_seen.contains(keyOf(keyId, nonce));
}

} // namespace steward::wallet
