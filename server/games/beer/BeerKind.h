// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/GameKind.h"

namespace steward::beer {

class BeerKind final : public GameKind
{
public:
    QString id() const override { return QStringLiteral("beer"); }
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
};

} // namespace steward::beer
