// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QNetworkRequest;
class QUrl;

namespace steward::wallet {

class NonceCache;

// The four headers that sign a request.
struct SignedHeaders
{
    QByteArray keyId;
    QByteArray timestamp; // unix seconds, decimal
    QByteArray nonce;
    QByteArray signature; // lowercase hex HMAC-SHA256

    QList<std::pair<QByteArray, QByteArray>> list() const;
    void applyTo(QNetworkRequest &request) const;
};

// What the verifier needs of a received request. Header values are empty when absent.
struct RequestParts
{
    QByteArray method;        // as on the request line, e.g. "POST"
    QByteArray pathWithQuery; // the request target as sent, e.g. "/api/op/bets?x=1"
    QByteArray body;          // raw bytes
    QByteArray keyId, timestamp, nonce, signature;

    // Picks the X-Steward-* headers out of a request's headers (names compared case-insensitively).
    static RequestParts from(QByteArray method, QByteArray pathWithQuery, QByteArray body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers);
};

using SecretLookup = std::function<std::optional<QByteArray>(const QString &keyId)>;

// The one signing scheme between the host and betting operators, used both ways (operator →
// host requests, host → operator webhooks):
//   canonical = METHOD \n PATH_WITH_QUERY \n TIMESTAMP \n NONCE \n hex(sha256(body))
//   signature = hex(HMAC-SHA256(secret, canonical))
// The timestamp bounds how long a captured request stays usable; the nonce makes it single-use
// inside that window.
class RequestSigning
{
public:
    RequestSigning() = delete;

    static constexpr auto KeyHeader = "X-Steward-Key";
    static constexpr auto TimestampHeader = "X-Steward-Timestamp";
    static constexpr auto NonceHeader = "X-Steward-Nonce";
    static constexpr auto SignatureHeader = "X-Steward-Signature";
    static constexpr qint64 MaxSkewSeconds = 30;
    static constexpr int MinNonceLength = 16;
    static constexpr int MaxNonceLength = 64;
    static constexpr int MaxKeyIdLength = 128;

    static QByteArray canonicalString(const QByteArray &method, const QByteArray &pathWithQuery,
                                      const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body);
    static QByteArray signature(const QByteArray &secret, const QByteArray &canonical);
    static SignedHeaders sign(const QString &keyId, const QByteArray &secret, const QByteArray &method,
                              const QByteArray &pathWithQuery, const QByteArray &body, qint64 nowSeconds,
                              const QString &nonce);
    // 22 characters of URL-safe base64 over 16 bytes from the system's CSPRNG.
    static QString newNonce();
    // The request target QNetworkAccessManager puts on the request line for `url`: what to sign.
    static QByteArray pathWithQuery(const QUrl &url);

    // Checks, in this order: headers present and well formed (SignatureMissing), key known
    // (UnknownOperatorKey), |now - timestamp| <= 30 s (StaleTimestamp), signature
    // (SignatureInvalid), nonce unseen for this key (ReplayedNonce). Returns the key id.
    // Whether the key's operator is suspended is the caller's business.
    static Result<QString> verify(const RequestParts &request, const SecretLookup &secretOf, NonceCache &nonces,
                                  qint64 nowSeconds);

    static bool isValidNonce(const QByteArray &nonce);
};

} // namespace steward::wallet
