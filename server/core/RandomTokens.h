// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward {

// Random tokens and their fingerprints, from Qt Core alone: the core mints resume tokens, and
// the host's sign-in code (auth/Credentials) uses the same primitives for its own.

// Random bytes from the operating system's CSPRNG.
QByteArray randomBytes(int count);
// A random token in URL-safe base64, for resume tokens and generated passwords.
QString randomToken(int bytes);
// SHA-256 of a token, hex: what the event log keeps instead of the token.
QString tokenFingerprint(const QString &token);
// Compares without leaking where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace steward
