// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace steward {

// Allows bursts of `capacity` and a steady `perSecond`; one token per message or request.
class TokenBucket
{
public:
    TokenBucket(double capacity, double perSecond) : m_capacity(capacity), m_rate(perSecond), m_tokens(capacity) {}

    bool take(qint64 nowMs, double cost = 1.0)
    {
        if (m_last != 0)
            m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_last) * m_rate / 1000.0);
        m_last = nowMs;
        if (m_tokens < cost)
            return false;
        m_tokens -= cost;
        return true;
    }

private:
    double m_capacity;
    double m_rate;
    double m_tokens;
    qint64 m_last = 0;
};

} // namespace steward
