// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleKind.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace steward::ui {

// The game kinds the console knows, by the host's kind id, in the order they were registered
// (New game lists them in that order). The shared dashboards ask it instead of naming kinds.
class ConsoleKindRegistry
{
public:
    // The console's registry, with the built-in kinds (registerBuiltinConsoleKinds) in it.
    static ConsoleKindRegistry &instance();

    void add(std::unique_ptr<ConsoleKind> kind);
    // Null for a kind the console does not know.
    const ConsoleKind *find(const QString &id) const;
    QList<const ConsoleKind *> kinds() const;

    // A game kind's name in the console, its id when the console does not know it.
    QString displayName(const QString &id) const;

private:
    std::vector<std::unique_ptr<ConsoleKind>> m_kinds;
};

// The one place that lists the console's kinds (BuiltinConsoleKinds.cpp).
void registerBuiltinConsoleKinds(ConsoleKindRegistry &registry);

} // namespace steward::ui
