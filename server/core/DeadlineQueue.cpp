// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineQueue.h"

namespace steward {

void DeadlineQueue::set(const QString &gameId, std::optional<qint64> dueMs)
{
    const auto it = m_byGame.find(gameId);
    if (it != m_byGame.end()) {
        if (dueMs && it.value()->first == *dueMs)
            return;
        m_byTime.erase(it.value());
        m_byGame.erase(it);
    }
    if (dueMs)
        m_byGame.insert(gameId, m_byTime.emplace(*dueMs, gameId));
}

std::optional<qint64> DeadlineQueue::earliest() const
{
    return m_byTime.empty() ? std::nullopt : std::optional<qint64>(m_byTime.begin()->first);
}

QStringList DeadlineQueue::takeDue(qint64 nowMs)
{
    QStringList due;
    while (!m_byTime.empty() && m_byTime.begin()->first <= nowMs) {
        due << m_byTime.begin()->second;
        m_byGame.remove(m_byTime.begin()->second);
        m_byTime.erase(m_byTime.begin());
    }
    return due;
}

} // namespace steward
