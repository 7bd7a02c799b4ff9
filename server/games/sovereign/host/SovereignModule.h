// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Actor.h"
#include "server/runtime/KindModule.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace steward::sovereign {

// Sovereign Lines beside its matches on a full host: the replay of a finished match, played
// again from its seed and its events (SovereignReplay), for the replay viewer and
// steward-verify. GET /api/sovereign/<gameId>/replay, for the facilitator and the match's
// players, once the match is over (before that, the seed would tell the luck to come).
class SovereignModule final : public KindModule
{
public:
    Status start(const HostServices &services) override;
    void registerRoutes(RouteTable &routes) override;

private:
    Result<QJsonObject> replay(const QString &gameId, const Actor &who);

    std::unique_ptr<HostServices> m_host;
    QHash<QString, QJsonObject> m_replays; // finished matches do not change: played once each
};

} // namespace steward::sovereign
