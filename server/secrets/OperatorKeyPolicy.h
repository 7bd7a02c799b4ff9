// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// Why an operator key may not be used on a chain. `code` is stable (logs, the console and
// tests match on it); `message` is for the operator.
struct OperatorKeyRefusal
{
    QString code;
    QString message;
};

// Which operator private keys may sign on which chain. Pure logic, no crypto library: the
// development keys every anvil and hardhat install hands out are public, so anyone could
// spend from them or sign as the host; they are fine on the local devnet and nowhere else.
class OperatorKeyPolicy
{
public:
    static constexpr quint64 DevnetChainId = 31337;
    static constexpr QStringView DevKeyOnPublicChain = u"DEV_KEY_ON_PUBLIC_CHAIN";
    static constexpr QStringView MalformedKey = u"OPERATOR_KEY_MALFORMED";
    // The first ten default accounts of anvil and hardhat (see OperatorKeyPolicy.cpp).
    static constexpr int DevAccountCount = 10;

    OperatorKeyPolicy() = delete;

    // std::nullopt when `privateKey` (32 raw bytes, big-endian) may sign on `chainId`.
    // Refuses a key that is not a valid secp256k1 private key (MalformedKey) and a well-known
    // development key on any chain but the devnet's 31337 (DevKeyOnPublicChain).
    static std::optional<OperatorKeyRefusal> check(quint64 chainId, const QByteArray &privateKey);

    // Which development account `privateKey` is (0-9), if it is one.
    static std::optional<int> devAccountIndex(const QByteArray &privateKey);
    // Development account `index`'s private key as 32 raw bytes; empty outside 0-9.
    static QByteArray devAccountPrivateKey(int index);
};

} // namespace steward
