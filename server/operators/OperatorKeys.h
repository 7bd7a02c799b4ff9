// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward::operators::keys {

constexpr int SecretBytes = 32;

// "op_" and 16 hex digits from the CSPRNG: public, but unguessable so that key ids say nothing
// about how many operators there are or which came first.
QString newKeyId();
// 32 bytes from the CSPRNG: the HMAC-SHA256 key.
QByteArray newSecret();
// Where the secret of `keyId` lives in the SecretStore: "operator-secret/<keyId>".
QString storeKey(const QString &keyId);

} // namespace steward::operators::keys
