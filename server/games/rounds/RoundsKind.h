// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/GameKind.h"

namespace steward::rounds {

// The "rounds" kind: provably fair 10-second rounds (seed 004).
class RoundsKind final : public GameKind
{
public:
    QString id() const override;
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
};

} // namespace steward::rounds
