// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/runtime/KindModule.h"

#include <QHttpServerResponse>
#include <QJsonObject>

#include <memory>

namespace steward::betting {
class BetDesk;
class RoundsArchive;
class SettlementBook;
}

namespace steward::rounds {

class RoundsStream;

// The rounds tables' business on a full host: bets placed by operators (the bet desk), their
// money booked and paid (the settlement book), the public record of every settled round (the
// archive), and the routes that serve them: the records and event stream for anyone, the
// regulator export for the facilitator, tables and bets for operators, paytables and reports
// for the backoffice (docs/operators.md, docs/games/rounds.md).
class RoundsModule final : public KindModule
{
public:
    RoundsModule();
    ~RoundsModule() override;

    Status start(const HostServices &services) override;
    void registerRoutes(RouteTable &routes) override;
    void stopServing() override;

private:
    // Routes by audience (RoundsPublicRoutes.cpp, RoundsOperatorRoutes.cpp, RoundsStaffRoutes.cpp).
    void registerPublicRoutes(RouteTable &routes);
    void registerOperatorRoutes(RouteTable &routes);
    void registerStaffRoutes(RouteTable &routes);
    // The regulator export of one table (CSV or JSON), or why it cannot be made.
    Result<QByteArray> regulatorExport(const QString &table, bool csv) const;
    QHttpServerResponse rtpReport(const QString &table, bool csv) const;
    // The chain the tables' fairness is anchored on, for records and exports; empty without one.
    QJsonObject chainOfRounds() const;

    std::unique_ptr<HostServices> m_host;
    std::unique_ptr<betting::RoundsArchive> m_archive;
    std::unique_ptr<betting::SettlementBook> m_book;
    std::unique_ptr<betting::BetDesk> m_desk;
    std::unique_ptr<RoundsStream> m_stream;
};

} // namespace steward::rounds
