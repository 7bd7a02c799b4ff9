// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What players see of a match's entities, as plain data: a region's owner and troops, a march, a
// player's row. The view is built from these (SovereignView.cpp); each tick they are compared
// with the last ones seen (core/ChangeStamps.h), and only those that changed become JSON.

#include <QJsonValue>
#include <QList>
#include <QString>

namespace steward::sovereign {

enum class BotStrength : quint8 { None, Easy, Hard };

QString botName(BotStrength b);

struct ShownRegion
{
    int owner = -1;
    int troops = 0;
    bool operator==(const ShownRegion &) const = default;
    QJsonValue toJson() const; // [owner, troops]
};

struct ShownMarch
{
    int owner = 0;
    int from = 0;
    int to = 0;
    int troops = 0;
    qint64 arrives = 0; // match tick
    bool attack = true;
    bool operator==(const ShownMarch &) const = default;
    QJsonValue toJson() const; // [owner, from, to, troops, arrives, attack]
};

struct ShownPlayer
{
    QString id;
    QString name;
    int colour = 0;
    BotStrength bot = BotStrength::None;
    bool alive = true;
    int start = -1;
    int hexes = 0;
    int regions = 0;
    int troops = 0;
    QList<int> allies; // in order
    bool operator==(const ShownPlayer &) const = default;
    QJsonValue toJson() const;
};

} // namespace steward::sovereign
