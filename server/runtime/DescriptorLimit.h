// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace steward {

// Raises the process's soft limit on open files towards `wanted` (as far as the hard limit
// lets it) and returns the soft limit now in force. systemd and most shells start a process
// with 1,024, which 5,000 WebSocket sessions would exhaust; the hard limit is usually far higher.
int raiseDescriptorLimit(int wanted);

} // namespace steward
