// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GameKind.h"

#include <QStringList>

#include <map>
#include <memory>

namespace steward {

class GameRegistry
{
public:
    void add(std::unique_ptr<GameKind> kind);
    const GameKind *find(const QString &id) const;
    QStringList ids() const;
    // Every kind's contracts (GameKind::contracts), each once, in the kinds' order; and those
    // the host reconciles.
    QStringList contracts() const;
    QStringList reconciledContracts() const;

    // The registry with every kind Steward ships.
    static GameRegistry withBuiltinKinds();

private:
    std::map<QString, std::unique_ptr<GameKind>> m_kinds;
};

} // namespace steward
