// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretError.h"
#include "server/core/Expected.h"

namespace steward {

// A value from a secret store, or why there is none (SecretError says which of the ways a
// keychain or a secrets file fails).
template<typename T>
using SecretResult = Expected<T, SecretError>;
using SecretStatus = SecretResult<Done>;

} // namespace steward
