// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace steward::chain {

// Why a call reverted, read from its revert data: require(cond, "text") gives Error(string),
// a failed assert or checked arithmetic gives Panic(uint256), anything else is a custom error
// (or data we cannot read) and is kept raw.
struct RevertReason
{
    enum class Kind { Empty, Error, Panic, Custom };

    Kind kind = Kind::Empty;
    QString message;   // Error: the reason string
    UInt256 panicCode; // Panic
    QByteArray data;   // the revert data as given

    // One line for logs and operators: the message, the panic's meaning, or the selector.
    QString describe() const;
};

namespace abi {

RevertReason decodeRevert(QByteArrayView data);
// What Solidity means by a panic code ("arithmetic overflow or underflow" for 0x11).
QString panicDescription(const UInt256 &code);

} // namespace abi

} // namespace steward::chain
