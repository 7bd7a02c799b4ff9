// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbiType.h"
#include "AbiValue.h"
#include "Outcome.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward::chain {

// The first four bytes of keccak256 of a canonical signature such as "transfer(address,uint256)".
QByteArray functionSelector(QStringView canonicalSignature);

// A contract function: its name, argument types and return types. Call data is the selector
// followed by the ABI-encoded arguments.
class AbiFunction
{
public:
    AbiFunction(QString name, QList<AbiType> inputs, QList<AbiType> outputs = {});
    // "transfer(address,uint256)" and, optionally, the return types as a list ("bool",
    // "uint256,string"). Types are made canonical ("uint" becomes "uint256") before hashing.
    static std::optional<AbiFunction> parse(QStringView signature, QStringView outputs = {});

    const QString &name() const { return m_name; }
    const QList<AbiType> &inputs() const { return m_inputs; }
    const QList<AbiType> &outputs() const { return m_outputs; }
    QString signature() const; // canonical: "name(type,...)"
    QByteArray selector() const;

    Outcome<QByteArray> encodeCall(const QList<AbiValue> &arguments) const;
    // The arguments back from call data, after checking the selector.
    Outcome<QList<AbiValue>> decodeCall(QByteArrayView callData) const;
    // What eth_call returned, read as the outputs.
    Outcome<QList<AbiValue>> decodeOutput(QByteArrayView returnData) const;

private:
    QString m_name;
    QList<AbiType> m_inputs;
    QList<AbiType> m_outputs;
};

namespace abi {

// A Solidity identifier: a letter, '_' or '$', then also digits.
bool isIdentifier(QStringView name);

// Splits "name(inner)" into its name and the text between the outer parentheses.
std::optional<std::pair<QStringView, QStringView>> splitSignature(QStringView signature);

} // namespace abi

} // namespace steward::chain
