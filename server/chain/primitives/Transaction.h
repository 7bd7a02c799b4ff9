// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "Outcome.h"
#include "Signature.h"
#include "UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace steward::chain {

// One entry of an EIP-2930 access list: an address and the storage slots (32 bytes each) the
// transaction will touch there. Ours are always empty; decoded ones may not be.
struct AccessListEntry
{
    Address address;
    QList<QByteArray> storageKeys;

    friend bool operator==(const AccessListEntry &, const AccessListEntry &) = default;
};

struct DecodedTransaction;

// A legacy (type 0, EIP-155 replay-protected unless chainId is 0) or EIP-1559 (type 2)
// transaction: the fields, what its sender signs, and the raw bytes for eth_sendRawTransaction.
class Transaction
{
public:
    enum class Type : quint8 { Legacy = 0, DynamicFee = 2 };

    Type type = Type::DynamicFee;
    UInt256 chainId;              // Legacy: 0 signs without a chain id (pre-EIP-155)
    quint64 nonce = 0;
    UInt256 gasPrice;             // Legacy only
    UInt256 maxPriorityFeePerGas; // DynamicFee only
    UInt256 maxFeePerGas;         // DynamicFee only
    quint64 gasLimit = 0;
    std::optional<Address> to;    // none: the transaction creates a contract from `data`
    UInt256 value;
    QByteArray data;
    QList<AccessListEntry> accessList; // DynamicFee only
    std::optional<Signature> signature;

    // The bytes the sender signs, and their keccak256. Legacy: rlp([nonce, gasPrice, gasLimit,
    // to, value, data, chainId, 0, 0]) (the last three left out when chainId is 0); type 2:
    // 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
    // data, accessList]).
    QByteArray unsignedSerialization() const;
    QByteArray signingHash() const;

    // A copy signed with the key; refuses an invalid key.
    Outcome<Transaction> signedWith(QByteArrayView privateKey) const;
    // The raw signed transaction; refuses an unsigned one.
    Outcome<QByteArray> signedSerialization() const;
    // keccak256 of the signed serialization: the hash nodes know the transaction by.
    Outcome<QByteArray> hash() const;
    // Recovers who signed it.
    Outcome<Address> sender() const;

    // Reads a raw signed transaction from untrusted bytes: strict RLP, canonical integers,
    // a canonical (low-s) signature, known type; recovers the sender.
    static Outcome<DecodedTransaction> decode(QByteArrayView raw);

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

struct DecodedTransaction
{
    Transaction transaction;
    Address sender;
    QByteArray hash;
};

} // namespace steward::chain
