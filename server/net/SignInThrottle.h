// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AddressBuckets.h"

#include <QSet>

namespace steward {

// How fast anyone may try a password, whichever door they knock at: the facilitator's sign-in,
// the backoffice's, and a password change all draw on it, since the facilitator and the
// backoffice's admin are one identity with one password.
//
// Each address has its own bucket (10 at once, then one every 5 s). All addresses together
// have a second one (30 at once, then one a second), so a guesser who spreads over many
// addresses is held to that. The shared bucket could lock the teacher out during such an
// attack, so loopback and any address that signed in successfully in this run are spared it.
class SignInThrottle
{
public:
    static constexpr double PerAddressBurst = 10, PerAddressPerSecond = 0.2;
    static constexpr double GlobalBurst = 30, GlobalPerSecond = 1;

    // Whether an attempt from `peer` may go ahead now; it costs a token until it succeeds.
    bool allow(const QHostAddress &peer, qint64 nowMs);
    // The attempt knew the password: its token comes back, and this address is spared the
    // shared bucket from now on. Only failures are throttled.
    void succeeded(const QHostAddress &peer);

private:
    AddressBuckets m_perAddress{PerAddressBurst, PerAddressPerSecond};
    TokenBucket m_global{GlobalBurst, GlobalPerSecond};
    QSet<QHostAddress> m_trusted; // bounded: at most the addresses that knew the password
};

} // namespace steward
