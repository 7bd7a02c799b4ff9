// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace steward {

// Allows bursts of `capacity` and a steady `perSecond`; one token per message or request.
class TokenBucket
{
public:
    TokenBucket(double capacity, double perSecond) : m_capacity(capacity), m_rate(perSecond), m_tokens(capacity) {}

    bool take(qint64 nowMs, double cost = 1.0)
    {
        refill(nowMs);
        if (m_tokens < cost)
            return false;
        m_tokens -= cost;
        return true;
    }
    // Gives back what take() took, for a request that turned out not to count.
    void giveBack(double cost = 1.0) { m_tokens = std::min(m_capacity, m_tokens + cost); }
    // The tokens it would have now, as a share of its capacity: 1 when full again, and then
    // no different from a bucket made now, so it may be forgotten.
    double fullness(qint64 nowMs) const
    {
        if (m_last == 0)
            return 1;
        return std::min(1.0, (m_tokens + double(nowMs - m_last) * m_rate / 1000.0) / m_capacity);
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_last != 0)
            m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_last) * m_rate / 1000.0);
        m_last = nowMs;
    }

    double m_capacity;
    double m_rate;
    double m_tokens;
    qint64 m_last = 0;
};

} // namespace steward
