// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Game.h"

#include <memory>

namespace steward {

// One per folder under server/games/: creates games of its kind and turns wire messages
// into its commands.
class GameKind
{
public:
    virtual ~GameKind() = default;

    virtual QString id() const = 0;
    // Validates and normalizes the configuration; the seed drives every random choice.
    virtual Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const = 0;
    // Shape-checks a message's data for one of this kind's command types.
    virtual Result<Command> parse(const QString &type, const QJsonObject &data) const = 0;
};

} // namespace steward
