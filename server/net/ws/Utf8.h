// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace steward::ws {

// Whether `bytes` is well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
// past U+10FFFF, no sequence cut short. A WebSocket text message must be (RFC 6455 8.1).
bool isValidUtf8(QByteArrayView bytes);

} // namespace steward::ws
