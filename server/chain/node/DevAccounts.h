// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// anvil's dev accounts from the default mnemonic ("test test test test test test test test test
// test test junk", m/44'/60'/0'/0/i), each holding 10000 ETH on a fresh devnet. Public knowledge:
// these keys must never guard anything outside a local devnet.
namespace steward::chain {

inline constexpr QStringView DevMnemonic = u"test test test test test test test test test test test junk";
inline constexpr quint64 DevChainId = 31337; // 0x7a69

inline constexpr QStringView DevAccount0Address = u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
inline constexpr QStringView DevAccount0PrivateKey = u"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
inline constexpr QStringView DevAccount1Address = u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
inline constexpr QStringView DevAccount1PrivateKey = u"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

} // namespace steward::chain
