// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractArtifact.h"

#include "server/chain/primitives/Hex.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace steward::chain {

ContractArtifact ContractArtifact::load(const QString &name)
{
    const QString path = u":/contracts/"_s + name + u".json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ContractArtifact missing;
        missing.m_error = path + u": no such contract artifact (is it listed in cmake/Contracts.cmake?)"_s;
        return missing;
    }
    return fromJson(file.readAll(), path);
}

ContractArtifact ContractArtifact::fromJson(const QByteArray &json, const QString &origin)
{
    ContractArtifact artifact;
    const auto fail = [&](const QString &why) {
        ContractArtifact invalid;
        invalid.m_error = origin + u": "_s + why;
        return invalid;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not a JSON object"_s);
    const QJsonObject o = doc.object();

    artifact.m_name = o.value(u"contractName"_s).toString();
    artifact.m_abi = o.value(u"abi"_s).toArray();
    artifact.m_solcVersion = o.value(u"solcVersion"_s).toString();
    const auto bytecode = hex::decode(o.value(u"bytecode"_s).toString());
    const auto deployed = hex::decode(o.value(u"deployedBytecode"_s).toString());
    if (artifact.m_name.isEmpty())
        return fail(u"no contractName"_s);
    if (!o.value(u"abi"_s).isArray())
        return fail(u"no abi array"_s);
    if (!bytecode || bytecode->isEmpty())
        return fail(u"no bytecode (an abstract contract or an interface?)"_s);
    if (!deployed)
        return fail(u"deployedBytecode is not 0x-hex"_s);
    artifact.m_bytecode = *bytecode;
    artifact.m_deployedBytecode = *deployed;
    return artifact;
}

} // namespace steward::chain
