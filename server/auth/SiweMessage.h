// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/Address.h"
#include "server/core/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace steward {

// A Sign-In with Ethereum message (EIP-4361), the text a wallet shows and signs with
// personal_sign:
//
//   127.0.0.1:8080 wants you to sign in with your Ethereum account:
//   0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
//
//   Sign in to Steward to join a game.
//
//   URI: http://127.0.0.1:8080/
//   Version: 1
//   Chain ID: 31337
//   Nonce: 4f1c0b2e9a7d4c3b8e6f5a4d3c2b1a09
//   Issued At: 2025-01-01T12:00:00.000Z
//   Expiration Time: 2025-01-01T12:05:00.000Z
//
// Lines end in LF alone, with none after the last field. The statement is optional (with it
// absent, two empty lines follow the address); so are Expiration Time, Not Before, Request ID
// and Resources, which come in that order after Issued At. The parser is strict: ASCII only,
// the address in its EIP-55 checksummed form, Version 1, the optional "scheme://" before the
// domain is not accepted, and every refusal says what is wrong.
struct SiweMessage
{
    static constexpr QStringView Version = u"1";
    static constexpr qsizetype MaxLength = 8 * 1024; // characters; the longest message accepted

    QString domain;        // the authority asking for the sign-in: host[:port]
    chain::Address address;
    QString statement;     // empty: none
    QString uri;           // what is being signed in to (RFC 3986)
    quint64 chainId = 0;
    QString nonce;         // at least 8 letters or digits
    qint64 issuedAtMs = 0; // epoch milliseconds; the text is RFC 3339 in UTC
    std::optional<qint64> expirationTimeMs;
    std::optional<qint64> notBeforeMs;
    std::optional<QString> requestId;
    QStringList resources; // URIs

    // The EIP-4361 text. Fields are taken as they are: build only from checked values.
    QString toText() const;
    // Refuses anything malformed with SIWE_BAD_MESSAGE and a reason.
    static Result<SiweMessage> parse(QStringView text);

    // host or [IPv6], optionally ":port"; no user info, no path.
    static bool isValidDomain(QStringView domain);
    // "2025-01-01T12:00:00.000Z".
    static QString formatTime(qint64 epochMs);
    // RFC 3339 date-time (any offset, fractions of a second beyond milliseconds dropped).
    static std::optional<qint64> parseTime(QStringView text);

    friend bool operator==(const SiweMessage &, const SiweMessage &) = default;
};

} // namespace steward
