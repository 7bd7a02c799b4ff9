// SPDX-License-Identifier: GPL-3.0-or-later
#include "FairDraw.h"

#include "server/chain/primitives/Keccak256.h"

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace steward::rounds::fair {

QByteArray newSeed()
{
    QByteArray seed(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), int(seed.size())) != 1)
        qFatal("The system's random number generator failed: no round can be drawn fairly.");
    return seed;
}

QByteArray seedHash(const QByteArray &seed)
{
    return chain::keccak256(seed);
}

int drawNumber(const QByteArray &seed, const QByteArray &betsRoot)
{
    QByteArray input = QByteArray(seed + betsRoot) + QByteArray(32, char(0));
    for (quint64 k = 0;; ++k) {
        for (int i = 0; i < 8; ++i)
            input[input.size() - 1 - i] = char((k >> (8 * i)) & 0xff);
        const QByteArray h = chain::keccak256(input);
        for (char c : h) {
            const int b = quint8(c);
            if (b < 200)
                return b % 100;
        }
    }
}

BetsRoot::BetsRoot(qint64 round)
    : m_root(chain::keccak256(u"steward.rounds/round/%1"_s.arg(round).toUtf8()))
{
}

void BetsRoot::add(const QString &line)
{
    m_root = chain::keccak256(QByteArray(m_root + chain::keccak256(line.toUtf8())));
}

QString betLine(const QString &betRef, const QString &wireType, int pick, bool hasPick, qint64 stake,
                const QString &clientSeed)
{
    return u"%1|%2|%3|%4|%5"_s.arg(betRef, wireType, hasPick ? QString::number(pick) : QString(),
                                   QString::number(stake), clientSeed);
}

QString toHex(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

QByteArray fromHex32(const QString &hex)
{
    QStringView v(hex);
    if (v.startsWith(u"0x"))
        v = v.mid(2);
    if (v.size() != 64)
        return {};
    const QByteArray b = QByteArray::fromHex(v.toLatin1());
    return b.size() == 32 && QString::fromLatin1(b.toHex()).compare(v, Qt::CaseInsensitive) == 0 ? b : QByteArray();
}

} // namespace steward::rounds::fair
