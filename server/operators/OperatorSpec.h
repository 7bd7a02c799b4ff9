// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward::operators {

// What an admin fills in to add an operator; the directory adds the id, key and times.
struct OperatorSpec
{
    QString name;
    QString webhookUrl;
    QString currency;
    qint64 minBet = 0;
    qint64 maxBet = 0;
    qint64 maxWin = 0;
    QString language;
    QString region;
};

} // namespace steward::operators
