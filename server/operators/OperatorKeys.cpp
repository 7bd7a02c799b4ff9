// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorKeys.h"

#include "server/auth/Credentials.h"

using namespace Qt::StringLiterals;

namespace steward::operators::keys {

QString newKeyId()
{
    return u"op_"_s + QString::fromLatin1(credentials::randomBytes(8).toHex());
}

QByteArray newSecret()
{
    return credentials::randomBytes(SecretBytes);
}

QString storeKey(const QString &keyId)
{
    return u"operator-secret/"_s + keyId;
}

} // namespace steward::operators::keys
