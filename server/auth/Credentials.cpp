// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credentials.h"

#include "server/core/RandomTokens.h"


#include <openssl/evp.h>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace steward::credentials {

namespace {
// A sign-in is checked on the event loop, so the cost is a trade: about 60 ms here, with
// sign-ins rate-limited per address (RestApi). OpenSSL is ~15 times faster than Qt's
// QPasswordDigestor, which took a second for 60,000 iterations and froze every game meanwhile.
constexpr int Iterations = 100000;

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations, int length)
{
    const QByteArray pw = password.toUtf8();
    QByteArray key(length, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), length, reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}
} // namespace

QString hashPassword(const QString &password)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray key = pbkdf2(password, salt, Iterations, 32);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(Iterations).arg(QString::fromLatin1(salt.toBase64()),
                                                           QString::fromLatin1(key.toBase64()));
}

bool verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    const int iterations = parts[1].toInt();
    if (iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray key = pbkdf2(password, salt, iterations, int(expected.size()));
    return !key.isEmpty() && constantTimeEquals(key, expected);
}


} // namespace steward::credentials
