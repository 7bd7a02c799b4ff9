// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward::rounds {

// The provably fair draw (docs/games/rounds.md). Every function here is public knowledge:
// the RoundFairness contract, steward-verify and the /verify page compute the same.
namespace fair {

// A fresh 32-byte round seed from the operating system's CSPRNG.
QByteArray newSeed();
// What is committed on chain before betting opens: keccak256(seed).
QByteArray seedHash(const QByteArray &seed);

// The number 00–99 from the seed and the bets root. For k = 0, 1, …: h = keccak256(seed ‖
// betsRoot ‖ uint256(k)); the first byte b of h with b < 200 gives b mod 100. Bytes 200–255
// are rejected, so each number has exactly 2 of the 200 accepted byte values: no modulo bias.
int drawNumber(const QByteArray &seed, const QByteArray &betsRoot);

// The running hash of a round's accepted bets, in the order they were accepted; the value not
// known when the seed was committed. root₀ = keccak256("steward.rounds/round/" + round);
// rootᵢ = keccak256(rootᵢ₋₁ ‖ keccak256(betLine)).
class BetsRoot
{
public:
    BetsRoot() = default;
    explicit BetsRoot(qint64 round);
    void add(const QString &betLine);
    const QByteArray &value() const { return m_root; }

private:
    QByteArray m_root;
};

// One bet as it enters the root: "betRef|type|pick|stake|clientSeed" (pick empty for
// high/low/odd/even; stake in minor units).
QString betLine(const QString &betRef, const QString &wireType, int pick, bool hasPick, qint64 stake,
                const QString &clientSeed);

QString toHex(const QByteArray &bytes);   // "0x…" lowercase
QByteArray fromHex32(const QString &hex); // empty unless exactly 32 bytes

} // namespace fair
} // namespace steward::rounds
