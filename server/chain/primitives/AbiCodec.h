// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbiType.h"
#include "AbiValue.h"
#include "Outcome.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The contract ABI's head/tail encoding of a list of values (function arguments, return data,
// event data), as Solidity and ethers' AbiCoder produce it.
namespace steward::chain::abi {

// Refuses a value that does not fit its type: a number out of range, bytes<M> of another
// length, an array of the wrong length, a value of another kind.
Outcome<QByteArray> encode(const QList<AbiType> &types, const QList<AbiValue> &values);

// Reads the values from untrusted data. Refuses offsets and lengths that point outside the data,
// value words with dirty high bits (uint8 above 255, a bool of 2, an address with a non-zero
// top, bytes<M> with non-zero padding: Solidity's decoder refuses them too) and data whose
// offsets make it decode to far more than its size. Bytes after the values are ignored, as
// Solidity's abi.decode and ethers do.
Outcome<QList<AbiValue>> decode(const QList<AbiType> &types, QByteArrayView data);

} // namespace steward::chain::abi
