// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerLedgerCalls.h"
#include "server/core/GameKind.h"

namespace steward::beer {

class BeerKind final : public GameKind
{
public:
    QString id() const override { return QStringLiteral("beer"); }
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
    // A seat is a team (1 by default) and a role: {"team": 1, "seat": "retailer"}.
    Result<QJsonObject> parseSeat(const QJsonObject &request) const override;
    QJsonObject seatOf(const QJsonObject &joined) const override;
    // Every order and week is recorded on BeerGameLedger, whose events the host reconciles.
    QStringList contracts() const override { return {ledger::Contract.toString()}; }
    QStringList reconciledContracts() const override { return contracts(); }
    // The join page is the Beer Game's: the first kind, and the one a classroom starts with.
    QList<WebPage> webPages() const override { return {{QStringLiteral("/"), QStringLiteral("index.html")}}; }
    QList<RestCommand> restCommands() const override;
};

} // namespace steward::beer
