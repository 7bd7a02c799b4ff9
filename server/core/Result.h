// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Expected.h"

namespace steward {

// A value or the host's Error (a stable code and a message): the result type of the core and
// of every layer that answers players, staff or operators.
template<typename T>
using Result = Expected<T, Error>;
using Status = Result<Done>;

} // namespace steward
