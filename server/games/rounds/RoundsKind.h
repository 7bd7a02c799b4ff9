// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FairnessCalls.h"
#include "server/core/GameKind.h"

namespace steward::rounds {

// The "rounds" kind: provably fair 10-second rounds (seed 004).
class RoundsKind final : public GameKind
{
public:
    QString id() const override;
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
    // A seat is a team (1 by default) and a role: {"team": 1, "seat": "retailer"}.
    Result<QJsonObject> parseSeat(const QJsonObject &request) const override;
    QJsonObject seatOf(const QJsonObject &joined) const override;
    // Each round's commitment and reveal go to RoundFairness; the verifiers check them.
    QStringList contracts() const override { return {fairness::Contract.toString()}; }
    QList<WebPage> webPages() const override
    {
        return {{QStringLiteral("/rounds"), QStringLiteral("index.html")},
                {QStringLiteral("/verify"), QStringLiteral("verify.html")}};
    }
};

} // namespace steward::rounds
