// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCommands.h"

using namespace Qt::StringLiterals;

namespace steward::hostcommands {

namespace {

Result<Decision> pauseOrResume(const Game &game, bool paused, bool pause, const Actor &who, qint64 gameNow)
{
    if (!who.isFacilitator())
        return Error{ErrorCode::Forbidden, u"Only the facilitator can pause or resume a game."_s};
    // The kind first: a game not started or over says so, whether paused or not.
    auto following = game.pauseEvents(pause, gameNow);
    if (!following)
        return following.error();
    if (pause && paused)
        return Error{ErrorCode::GamePaused, u"The game is already paused."_s};
    if (!pause && !paused)
        return Error{ErrorCode::GameRunning, u"The game is running, not paused."_s};
    Decision out{{Event{(pause ? CoreEvents::Paused : CoreEvents::Resumed).toString(), {}}},
                 {{u"status"_s, pause ? u"paused"_s : u"running"_s}}};
    out.events += following.value();
    return out;
}

Result<Decision> leave(const Game &game, const Actor &who, qint64 gameNow)
{
    if (who.role != ActorRole::Player)
        return Error{ErrorCode::Forbidden, u"Only a seated player can leave a seat."_s};
    auto following = game.leaveEvents(who, gameNow);
    if (!following)
        return following.error();
    // The seat as the kind described it, so that the kind's apply() finds which one was left.
    QJsonObject left = who.seat;
    left.insert(u"playerId"_s, who.id);
    Decision out{{Event{CoreEvents::PlayerLeft.toString(), left}}, {{u"released"_s, true}}};
    out.events += following.value();
    return out;
}

} // namespace

bool handles(QStringView commandType)
{
    return commandType == CoreCommands::Pause || commandType == CoreCommands::Resume
        || commandType == CoreCommands::Leave;
}

Result<Decision> decide(const Game &game, bool paused, const Command &cmd, const Actor &who, qint64 gameNow)
{
    if (cmd.type == CoreCommands::Leave)
        return leave(game, who, gameNow);
    return pauseOrResume(game, paused, cmd.type == CoreCommands::Pause, who, gameNow);
}

} // namespace steward::hostcommands
