// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorKeyPolicy.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

// The private keys of accounts m/44'/60'/0'/0/0 to /9 of the BIP-39 mnemonic
// "test test test test test test test test test test test junk": anvil's and hardhat's default
// dev accounts, printed by `anvil` at every start and in countless tutorials. Derived once with
// ethers 6.17 (tools/chain/node_modules):
//   HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(phrase), `m/44'/60'/0'/0/${i}`).privateKey
constexpr std::array<const char *, OperatorKeyPolicy::DevAccountCount> DevPrivateKeysHex = {
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", // 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", // 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
    "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", // 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC
    "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", // 0x90F79bf6EB2c4f870365E785982E1f101E93b906
    "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a", // 0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65
    "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba", // 0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc
    "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e", // 0x976EA74026E726554dB657fA54763abd0C3a0aa9
    "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356", // 0x14dC79964da2C08b23698B3D3cc7Ca32193d9955
    "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97", // 0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f
    "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6", // 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720
};

// secp256k1's group order n: a private key must lie in [1, n - 1].
constexpr std::array<unsigned char, 32> CurveOrder = {
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
    0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41,
};

constexpr int KeySize = 32;

bool isValidScalar(const QByteArray &key)
{
    const bool zero = key.count('\0') == key.size();
    return !zero && std::memcmp(key.constData(), CurveOrder.data(), KeySize) < 0;
}

} // namespace

QByteArray OperatorKeyPolicy::devAccountPrivateKey(int index)
{
    if (index < 0 || index >= DevAccountCount)
        return {};
    return QByteArray::fromHex(QByteArray(DevPrivateKeysHex[static_cast<std::size_t>(index)]));
}

std::optional<int> OperatorKeyPolicy::devAccountIndex(const QByteArray &privateKey)
{
    for (int i = 0; i < DevAccountCount; ++i) {
        if (privateKey == devAccountPrivateKey(i))
            return i;
    }
    return std::nullopt;
}

std::optional<OperatorKeyRefusal> OperatorKeyPolicy::check(quint64 chainId, const QByteArray &privateKey)
{
    if (privateKey.size() != KeySize)
        return OperatorKeyRefusal{MalformedKey.toString(),
                                  u"The operator key must be 32 bytes; this one has "_s
                                      % QString::number(privateKey.size()) % u"."_s};
    if (!isValidScalar(privateKey))
        return OperatorKeyRefusal{MalformedKey.toString(),
                                  u"The operator key is not a valid secp256k1 private key "
                                  "(it must be between 1 and the curve order minus 1)."_s};

    if (chainId == DevnetChainId)
        return std::nullopt; // the devnet is local and throwaway: its well-known keys are the point
    if (const auto index = devAccountIndex(privateKey))
        return OperatorKeyRefusal{
            DevKeyOnPublicChain.toString(),
            u"The operator key is anvil/hardhat development account "_s % QString::number(*index)
                % u" (from the mnemonic \"test test ... junk\"), whose private key is public: anyone "
                  "could spend its funds or record events as this host. It is only accepted on the "
                  "local devnet (chain id 31337), not on chain id "_s
                % QString::number(chainId) % u". Generate a new key for this chain."_s};
    return std::nullopt;
}

} // namespace steward
