// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credentials.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

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

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<char>(gen->bounded(256));
    return out;
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

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

QString fingerprint(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace steward::credentials
