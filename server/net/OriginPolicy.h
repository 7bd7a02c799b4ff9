// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

namespace steward {

// Which web pages may open a WebSocket to the host. A browser always sends Origin, so a page
// on another site cannot drive a player's session; clients that are not browsers send none.
class OriginPolicy
{
public:
    explicit OriginPolicy(QStringList extraAllowed = {}) : m_allowed(std::move(extraAllowed)) {}

    // `origin`: the Origin header; `host`: the Host header the client connected with.
    bool allows(const QString &origin, const QString &host) const;

private:
    QStringList m_allowed;
};

} // namespace steward
