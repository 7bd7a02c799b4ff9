// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSigning.h"

#include "NonceCache.h"
#include "server/auth/Credentials.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace steward::wallet {

namespace {

bool isNonceChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Visible ASCII, no spaces: a key id goes into a header and into logs.
bool isValidKeyId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > RequestSigning::MaxKeyIdLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Unix seconds as plain decimal digits; twelve of them reach the year 33658.
std::optional<qint64> parseTimestamp(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return text.toLongLong();
}

// 64 hex digits; either case is read, lowercase is what we write.
std::optional<QByteArray> parseSignature(const QByteArray &text)
{
    if (text.size() != 64)
        return std::nullopt;
    const auto isHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    if (!std::all_of(text.begin(), text.end(), isHex))
        return std::nullopt;
    return QByteArray::fromHex(text);
}

} // namespace

QList<std::pair<QByteArray, QByteArray>> SignedHeaders::list() const
{
    return {{RequestSigning::KeyHeader, keyId},
            {RequestSigning::TimestampHeader, timestamp},
            {RequestSigning::NonceHeader, nonce},
            {RequestSigning::SignatureHeader, signature}};
}

void SignedHeaders::applyTo(QNetworkRequest &request) const
{
    for (const auto &[name, value] : list())
        request.setRawHeader(name, value);
}

RequestParts RequestParts::from(QByteArray method, QByteArray pathWithQuery, QByteArray body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    RequestParts p{std::move(method), std::move(pathWithQuery), std::move(body), {}, {}, {}, {}};
    for (const auto &[name, value] : headers) {
        if (name.compare(RequestSigning::KeyHeader, Qt::CaseInsensitive) == 0)
            p.keyId = value.trimmed();
        else if (name.compare(RequestSigning::TimestampHeader, Qt::CaseInsensitive) == 0)
            p.timestamp = value.trimmed();
        else if (name.compare(RequestSigning::NonceHeader, Qt::CaseInsensitive) == 0)
            p.nonce = value.trimmed();
        else if (name.compare(RequestSigning::SignatureHeader, Qt::CaseInsensitive) == 0)
            p.signature = value.trimmed();
    }
    return p;
}

QByteArray RequestSigning::canonicalString(const QByteArray &method, const QByteArray &pathWithQuery,
                                           const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body)
{
    return method + '\n' + pathWithQuery + '\n' + timestamp + '\n' + nonce + '\n'
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigning::signature(const QByteArray &secret, const QByteArray &canonical)
{
    return QMessageAuthenticationCode::hash(canonical, secret, QCryptographicHash::Sha256).toHex();
}

SignedHeaders RequestSigning::sign(const QString &keyId, const QByteArray &secret, const QByteArray &method,
                                   const QByteArray &pathWithQuery, const QByteArray &body, qint64 nowSeconds,
                                   const QString &nonce)
{
    const QByteArray n = nonce.toLatin1();
    const QByteArray ts = QByteArray::number(nowSeconds);
    return SignedHeaders{keyId.toUtf8(), ts, n, signature(secret, canonicalString(method, pathWithQuery, ts, n, body))};
}

QString RequestSigning::newNonce()
{
    return QString::fromLatin1(
        credentials::randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray RequestSigning::pathWithQuery(const QUrl &url)
{
    // The same formatting QHttpNetworkRequest::uri() applies to the request line.
    QUrl copy = url;
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded
                                   | QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (copy.path().isEmpty())
        copy.setPath(u"/"_s);
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

bool RequestSigning::isValidNonce(const QByteArray &nonce)
{
    return nonce.size() >= MinNonceLength && nonce.size() <= MaxNonceLength
        && std::all_of(nonce.begin(), nonce.end(), isNonceChar);
}

Result<QString> RequestSigning::verify(const RequestParts &r, const SecretLookup &secretOf, NonceCache &nonces,
                                       qint64 nowSeconds)
{
    if (r.keyId.isEmpty() || r.timestamp.isEmpty() || r.nonce.isEmpty() || r.signature.isEmpty())
        return Error{ErrorCode::SignatureMissing,
                     u"Signed requests carry X-Steward-Key, X-Steward-Timestamp, X-Steward-Nonce and X-Steward-Signature."_s};
    const std::optional<qint64> timestamp = parseTimestamp(r.timestamp);
    const std::optional<QByteArray> given = parseSignature(r.signature);
    if (!isValidKeyId(r.keyId) || !timestamp || !isValidNonce(r.nonce) || !given)
        return Error{ErrorCode::SignatureMissing,
                     u"Malformed signature headers: the timestamp is unix seconds, the nonce 16-64 characters of "
                     "[A-Za-z0-9_-], the signature 64 hex digits."_s};

    const QString keyId = QString::fromLatin1(r.keyId);
    const std::optional<QByteArray> secret = secretOf ? secretOf(keyId) : std::nullopt;
    if (!secret || secret->isEmpty())
        return Error{ErrorCode::UnknownOperatorKey, u"No operator has the key %1."_s.arg(keyId)};

    if (std::abs(nowSeconds - *timestamp) > MaxSkewSeconds)
        return Error{ErrorCode::StaleTimestamp,
                     u"The timestamp %1 is more than %2 s from the host's clock (%3)."_s.arg(*timestamp).arg(MaxSkewSeconds).arg(nowSeconds)};

    const QByteArray expected = QMessageAuthenticationCode::hash(
        canonicalString(r.method, r.pathWithQuery, r.timestamp, r.nonce, r.body), *secret, QCryptographicHash::Sha256);
    if (!credentials::constantTimeEquals(expected, *given))
        return Error{ErrorCode::SignatureInvalid, u"The signature does not match the request."_s};

    // Recorded only now: unsigned garbage must not be able to fill the cache.
    switch (nonces.insert(keyId, r.nonce, nowSeconds)) {
    case NonceCache::Outcome::Fresh:
        return keyId;
    case NonceCache::Outcome::Seen:
        return Error{ErrorCode::ReplayedNonce, u"This nonce was already used with key %1."_s.arg(keyId)};
    case NonceCache::Outcome::Full:
        break;
    }
    return Error{ErrorCode::ReplayedNonce,
                 u"Too many recent requests to tell a replay from a new one; retry in a minute."_s};
}

} // namespace steward::wallet
