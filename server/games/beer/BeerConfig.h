// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward::beer {

struct DemandConfig
{
    QString pattern = QStringLiteral("step"); // step | constant | list | normal | uniform
    int initial = 4;    // step: before stepWeek
    int stepWeek = 5;   // step: first week of the new level
    int after = 8;      // step: from stepWeek on
    int value = 4;      // constant
    QList<int> values;  // list: week 1, 2, ...; the last value repeats
    double mean = 8.0;  // normal
    double sd = 2.0;    // normal
    int min = 0;        // uniform, inclusive
    int max = 8;        // uniform, inclusive
};

struct StermanParams
{
    double theta = 0.36;  // weight of the newest demand in the smoothed expectation
    double alphaS = 0.26; // fraction of the stock gap ordered each week
    double beta = 0.34;   // weight of the supply line in that gap
    double sPrime = 17.0; // desired stock
};

// Everything a Beer Game session can vary; defaults are the board-game classic.
struct BeerConfig
{
    int teams = 1;
    int weeks = 36;
    int shippingDelay = 2;   // weeks from shipping to arrival downstream
    int orderDelay = 2;      // weeks from ordering to arrival upstream
    int productionDelay = 3; // factory: order of week t arrives in stock at week t+3
    int initialInventory = 12;
    int initialPipeline = 4; // every shipping, order and production slot at the start
    double holdingCost = 0.5;
    double backlogCost = 1.0;
    DemandConfig demand;
    bool manualAdvance = false; // false: a team advances when its four orders are in
    int weekSeconds = 0;        // 0: no timer; else bots order for missing seats after this long
    QString bot = QStringLiteral("sterman"); // sterman | baseStock | passThrough
    StermanParams sterman;
    int baseStockLevel = 28;
    bool infoSharing = false; // show end-customer demand to every role

    // Reads a configuration, starting from a named preset if one is given.
    static Result<BeerConfig> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    static QStringList presets();
    static QStringList botStrategies();
};

} // namespace steward::beer
