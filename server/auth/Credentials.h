// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "server/core/RandomTokens.h"

namespace steward::credentials {

// Credentials: random tokens, password hashes and token fingerprints (the key stores that keep
// the host's own secrets are in server/secrets/).

// Random bytes and tokens, and comparing without leaking where inputs differ, are the core's
// (core/RandomTokens.h), named here too for the sign-in code that reads them as credentials.
using steward::constantTimeEquals;
using steward::randomBytes;
using steward::randomToken;

// PBKDF2-HMAC-SHA256, stored as "pbkdf2-sha256$<iterations>$<salt>$<hash>".
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &stored);

// SHA-256 of a resume token, hex: what the event log keeps instead of the token.
inline QString fingerprint(const QString &token) { return tokenFingerprint(token); }

} // namespace steward::credentials
