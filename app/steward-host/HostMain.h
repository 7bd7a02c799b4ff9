// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace steward {

class GameRegistry;

// steward-host's whole life, from its command line to its exit code: options, the host
// started on them, what it prints for the person who started it, and a clean stop on SIGTERM.
// steward-host runs it with the built-in kinds; steward-bench-host adds the bench's own.
int runHost(int argc, char *argv[], const QString &description,
            const std::function<void(GameRegistry &)> &extraKinds = {});

} // namespace steward
