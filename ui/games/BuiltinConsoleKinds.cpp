// SPDX-License-Identifier: GPL-3.0-or-later
// The console's game kinds: the only file outside ui/games/<kind>/ that names them.
#include "ConsoleKindRegistry.h"
#include "ui/games/beer/BeerConsoleKind.h"
#include "ui/games/rounds/RoundsConsoleKind.h"
#include "ui/games/sovereign/SovereignConsoleKind.h"

namespace steward::ui {

void registerBuiltinConsoleKinds(ConsoleKindRegistry &registry)
{
    registry.add(std::make_unique<BeerConsoleKind>());
    registry.add(std::make_unique<RoundsConsoleKind>());
    registry.add(std::make_unique<SovereignConsoleKind>());
}

} // namespace steward::ui
