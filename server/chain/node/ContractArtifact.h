// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace steward::chain {

// A contract compiled at build time (tools/chain/compile-contracts.mjs, cmake/Contracts.cmake)
// and embedded as :/contracts/<Name>.json. A failed load is an invalid artifact whose error()
// says why; it is a build defect, so callers report it rather than work around it.
class ContractArtifact
{
public:
    static ContractArtifact load(const QString &name); // :/contracts/<name>.json
    static ContractArtifact fromJson(const QByteArray &json, const QString &origin);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString name() const { return m_name; }
    QJsonArray abi() const { return m_abi; }
    QByteArray bytecode() const { return m_bytecode; }                 // creation code, raw bytes
    QByteArray deployedBytecode() const { return m_deployedBytecode; } // what eth_getCode returns
    QString solcVersion() const { return m_solcVersion; }

private:
    QString m_error;
    QString m_name;
    QJsonArray m_abi;
    QByteArray m_bytecode;
    QByteArray m_deployedBytecode;
    QString m_solcVersion;
};

} // namespace steward::chain
