// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwt.h"

#include "Credentials.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace steward::jwt {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &input, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
}
} // namespace

QByteArray sign(const QJsonObject &claims, const QByteArray &secret)
{
    static const QByteArray header =
        QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}).toJson(QJsonDocument::Compact).toBase64(B64);
    const QByteArray body = header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(B64);
    return body + '.' + mac(body, secret).toBase64(B64);
}

Result<QJsonObject> verify(const QByteArray &token, const QByteArray &secret, qint64 nowSecs)
{
    const Error invalid{ErrorCode::TokenInvalid, u"The token is not valid."_s};
    if (token.size() > 4096)
        return invalid;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return invalid;
    const auto headerBytes = QByteArray::fromBase64Encoding(parts[0], B64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto bodyBytes = QByteArray::fromBase64Encoding(parts[1], B64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto sigBytes = QByteArray::fromBase64Encoding(parts[2], B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!headerBytes || !bodyBytes || !sigBytes)
        return invalid;
    const QJsonObject header = QJsonDocument::fromJson(*headerBytes).object();
    // Only HS256: a token that names another algorithm ("none", RS256) is refused outright.
    if (header.value(u"alg").toString() != u"HS256")
        return invalid;
    const QByteArray expected = mac(parts[0] + '.' + parts[1], secret);
    if (!credentials::constantTimeEquals(expected, *sigBytes))
        return invalid;
    const QJsonDocument body = QJsonDocument::fromJson(*bodyBytes);
    if (!body.isObject())
        return invalid;
    const QJsonObject claims = body.object();
    if (!claims.value(u"exp").isDouble() || claims.value(u"exp").toDouble() <= double(nowSecs))
        return Error{ErrorCode::TokenExpired, u"The token has expired; sign in again."_s};
    return claims;
}

} // namespace steward::jwt
