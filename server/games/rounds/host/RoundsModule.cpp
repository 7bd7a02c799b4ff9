// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsModule.h"

#include "RoundsStream.h"
#include "server/chain/ChainBridge.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/FairnessCalls.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/games/rounds/betting/BetDesk.h"
#include "server/games/rounds/betting/MoneyInPlayCheck.h"
#include "server/games/rounds/betting/RegulatorExport.h"
#include "server/games/rounds/betting/RoundsArchive.h"
#include "server/games/rounds/betting/SettlementBook.h"
#include "server/net/RouteTable.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace steward::rounds {

RoundsModule::RoundsModule() = default;
RoundsModule::~RoundsModule() = default;

Status RoundsModule::start(const HostServices &services)
{
    m_host = std::make_unique<HostServices>(services);
    m_archive = std::make_unique<betting::RoundsArchive>(services.games, services.work, services.db);
    m_book = std::make_unique<betting::SettlementBook>(services.games, services.work, services.ledger, &services.wallet);
    m_desk = std::make_unique<betting::BetDesk>(services.games, services.work, services.db, services.operators, services.wallet);
    m_stream = std::make_unique<RoundsStream>(services.games);
    return Done{};
}

void RoundsModule::registerRoutes(RouteTable &routes)
{
    registerPublicRoutes(routes);
    registerOperatorRoutes(routes);
    registerStaffRoutes(routes);
    // Money in play: what the tables hold for bets not yet settled, against the ledger.
    routes.addMoneyCheck([this]() -> Result<MoneyFinding> {
        auto inPlay = betting::checkMoneyInPlay(m_host->games, m_host->db);
        if (!inPlay)
            return inPlay.error();
        const QJsonObject detail{{u"ok"_s, inPlay->ok()},
                                 {u"booksChecked"_s, inPlay->booksChecked},
                                 {u"playersChecked"_s, inPlay->playersChecked},
                                 {u"problems"_s, QJsonArray::fromStringList(inPlay->problems)}};
        return MoneyFinding{u"inPlay"_s, detail, inPlay->problems};
    });
}

void RoundsModule::stopServing()
{
    m_stream.reset();
}

QJsonObject RoundsModule::chainOfRounds() const
{
    const chain::ChainBridge *chain = m_host ? m_host->chain : nullptr;
    if (!chain)
        return {};
    const QString contract = chain->contractAddress(fairness::Contract.toString());
    if (contract.isEmpty())
        return {};
    return {{u"chainId"_s, qint64(chain->chainId())}, {u"contract"_s, contract}};
}

Result<QByteArray> RoundsModule::regulatorExport(const QString &table, bool csv) const
{
    const auto *game = dynamic_cast<const RoundsGame *>(m_host->games.game(table));
    if (!game)
        return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(table.left(32))};
    if (csv)
        return betting::regulator::exportCsv(*m_archive, table);
    auto json = betting::regulator::exportJson(*m_archive, table, game->paytable().describe(), chainOfRounds());
    if (!json)
        return json.error();
    return QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
}

} // namespace steward::rounds
