// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace steward::jwt {

// Compact JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, "HS256" only).
QByteArray sign(const QJsonObject &claims, const QByteArray &secret);
// Checks the header, the signature (in constant time) and "exp" against nowSecs.
Result<QJsonObject> verify(const QByteArray &token, const QByteArray &secret, qint64 nowSecs);

} // namespace steward::jwt
