// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/GameKind.h"

namespace steward::sovereign {

// Sovereign Lines: a real-time territory match for a LAN party (docs/games/territory.md).
class SovereignKind final : public GameKind
{
public:
    QString id() const override { return QStringLiteral("sovereign"); }
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
    // Ten sends a second with a burst of twenty (the seed's budget); alliances more slowly.
    QList<RateBudget> rateBudgets() const override;
    // The map offers only a region's neighbours and the slider only 1-100 %: these come from
    // somewhere else.
    QStringList tamperingCodes() const override
    {
        return {QStringLiteral("NOT_NEIGHBOUR"), QStringLiteral("UNKNOWN_REGION"), QStringLiteral("BAD_REQUEST")};
    }
    // A finished match's result is recorded on SovereignLinesResults, whose events the host reconciles.
    QStringList contracts() const override { return {QStringLiteral("SovereignLinesResults")}; }
    QStringList reconciledContracts() const override { return contracts(); }
    // The player's page, the big screen's (the projector: the whole map, standings, no controls),
    // and the check of a finished match by playing it again in the browser.
    QList<WebPage> webPages() const override
    {
        return {{QStringLiteral("/sovereign"), QStringLiteral("index.html")},
                {QStringLiteral("/sovereign/screen"), QStringLiteral("screen.html")},
                {QStringLiteral("/sovereign/verify"), QStringLiteral("verify.html")}};
    }
};

} // namespace steward::sovereign
