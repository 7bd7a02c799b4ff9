// SPDX-License-Identifier: GPL-3.0-or-later
#include "Operator.h"

using namespace Qt::StringLiterals;

namespace steward::operators {

QString statusName(OperatorStatus status)
{
    return status == OperatorStatus::Active ? u"active"_s : u"suspended"_s;
}

std::optional<OperatorStatus> parseStatus(QStringView name)
{
    if (name == u"active")
        return OperatorStatus::Active;
    if (name == u"suspended")
        return OperatorStatus::Suspended;
    return std::nullopt;
}

} // namespace steward::operators
