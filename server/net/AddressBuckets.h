// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/TokenBucket.h"

#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <vector>

namespace steward {

// One token bucket per client address, of one size, holding at most `maxAddresses`. When the
// table is full, the buckets that have refilled most are forgotten first (a full one is the
// same as a new one): a sweep from many addresses, each of which asked once, cannot wipe the
// empty bucket of an address that is being throttled.
class AddressBuckets
{
public:
    AddressBuckets(double burst, double perSecond, qsizetype maxAddresses = 10'000)
        : m_burst(burst), m_perSecond(perSecond), m_max(maxAddresses)
    {
    }

    bool take(const QHostAddress &peer, qint64 nowMs, double cost = 1.0)
    {
        auto it = m_buckets.find(peer);
        if (it == m_buckets.end()) {
            if (m_buckets.size() >= m_max)
                evict(nowMs);
            it = m_buckets.insert(peer, TokenBucket(m_burst, m_perSecond));
        }
        return it->take(nowMs, cost);
    }
    void giveBack(const QHostAddress &peer, double cost = 1.0)
    {
        if (auto it = m_buckets.find(peer); it != m_buckets.end())
            it->giveBack(cost);
    }
    qsizetype size() const { return m_buckets.size(); }

private:
    void evict(qint64 nowMs)
    {
        m_buckets.removeIf([nowMs](const auto &entry) { return entry.value().fullness(nowMs) >= 1.0; });
        if (m_buckets.size() < m_max * 3 / 4)
            return;
        // Everybody is still draining: forget the fuller half.
        std::vector<double> levels;
        levels.reserve(size_t(m_buckets.size()));
        for (const TokenBucket &b : std::as_const(m_buckets))
            levels.push_back(b.fullness(nowMs));
        auto middle = levels.begin() + qsizetype(levels.size() / 2);
        std::nth_element(levels.begin(), middle, levels.end());
        const double cut = *middle;
        m_buckets.removeIf([cut, nowMs](const auto &entry) { return entry.value().fullness(nowMs) >= cut; });
    }

    double m_burst;
    double m_perSecond;
    qsizetype m_max;
    QHash<QHostAddress, TokenBucket> m_buckets;
};

} // namespace steward
