// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamSeat.h"

#include "JsonFields.h"

using namespace Qt::StringLiterals;

namespace steward::teamseat {

Result<QJsonObject> parse(const QJsonObject &request)
{
    const auto role = json::requiredString(request, u"role", 32, ErrorCode::UnknownRole);
    if (!role)
        return role.error();
    const auto team = json::intField(request, u"team", 1, 1, 500, ErrorCode::UnknownTeam);
    if (!team)
        return team.error();
    return QJsonObject{{u"team"_s, team.value()}, {u"seat"_s, role.value()}};
}

QJsonObject of(const QJsonObject &joined)
{
    return {{u"team"_s, joined.value(u"team").toInt()}, {u"seat"_s, joined.value(u"seat").toString()}};
}

} // namespace steward::teamseat
