// SPDX-License-Identifier: GPL-3.0-or-later
// steward-bench-host: steward-host with one more game kind, the bench's pulse (PulseGame.h), for
// `steward-bench --fanout`. Everything else, the network path included, is steward-host's own.
#include "HostMain.h"
#include "PulseGame.h"

#include "server/core/GameRegistry.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    return steward::runHost(argc, argv, u"steward-host with the bench's pulse kind, for steward-bench --fanout."_s,
                            [](steward::GameRegistry &kinds) { kinds.add(std::make_unique<steward::bench::PulseKind>()); });
}
