// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward::credentials {

// Credentials: random tokens, password hashes and token fingerprints (the key stores that keep
// the host's own secrets are in server/secrets/).

// Random bytes from the operating system's CSPRNG.
QByteArray randomBytes(int count);
// A random token in URL-safe base64, for resume tokens and generated passwords.
QString randomToken(int bytes);
// Compares without leaking where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// PBKDF2-HMAC-SHA256, stored as "pbkdf2-sha256$<iterations>$<salt>$<hash>".
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &stored);

// SHA-256 of a resume token, hex: what the event log keeps instead of the token.
QString fingerprint(const QString &token);

} // namespace steward::credentials
