// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInThrottle.h"

namespace steward {

namespace {
bool isLoopback(const QHostAddress &peer)
{
    return peer.isLoopback() || QHostAddress(peer.toIPv4Address()).isLoopback();
}
} // namespace

bool SignInThrottle::allow(const QHostAddress &peer, qint64 nowMs)
{
    if (!m_perAddress.take(peer, nowMs))
        return false;
    if (isLoopback(peer) || m_trusted.contains(peer))
        return true;
    return m_global.take(nowMs);
}

void SignInThrottle::succeeded(const QHostAddress &peer)
{
    m_perAddress.giveBack(peer);
    if (m_trusted.size() < 1'000)
        m_trusted.insert(peer);
}

} // namespace steward
