// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OperatorSpec.h"
#include "server/core/Result.h"

namespace steward::operators {

// Checks of what an admin may set on an operator. Each refusal is INVALID_CONFIG with a message
// that starts with the field's name as stored ("max_bet: ..."), so a form can point at it.
namespace validation {

constexpr int MaxNameLength = 80;
constexpr int MaxUrlLength = 2048;

// The name without surrounding spaces: 1-80 characters, no control characters.
Result<QString> name(const QString &name);
// http or https, with a host, without user:password (it would end up in logs). An address is
// written plainly (four decimal numbers, or IPv6 in brackets), not as 2130706433 or 0x7f.1;
// never link-local (169.254.0.0/16 with the cloud metadata service, fe80::/10), unspecified,
// multicast or broadcast; and never this host's own port (`ownPort`, 0 if not known yet) on
// one of its own addresses. Private and loopback wallets are allowed: an operator may run one
// on the LAN or on this machine.
Status webhookUrl(const QString &url, quint16 ownPort = 0);
// ISO 4217 style: three uppercase letters.
Status currency(const QString &currency);
// 0 < min_bet <= max_bet <= max_win.
Status limits(qint64 minBet, qint64 maxBet, qint64 maxWin);
// A BCP 47 language tag of the usual shapes (en, de, pt-BR, es-419, zh-Hant-TW), given back in
// canonical case ("PT-br" -> "pt-BR").
Result<QString> language(const QString &tag);
// ISO 3166-1 alpha-2 (uppercase) or UN M.49 (three digits).
Status region(const QString &region);

// All of the above; the spec comes back normalised (trimmed name, canonical language).
Result<OperatorSpec> spec(OperatorSpec spec, quint16 ownPort = 0);

} // namespace validation

} // namespace steward::operators
