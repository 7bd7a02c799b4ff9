// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace steward::ui {


// The file is named explicitly: an organization name on the application would move the host's
// data folder.
ConsoleSettings ConsoleSettings::load()
{
    const QSettings s(u"steward"_s, u"console"_s);
    ConsoleSettings c;
    c.port = s.value(u"host/port"_s, c.port).toInt();
    c.bind = s.value(u"host/bind"_s, c.bind).toString();
    c.dataDir = s.value(u"host/dataDir"_s).toString();
    const QString chain = s.value(u"chain/mode"_s, u"devnet"_s).toString();
    c.chain = chain == u"rpc" ? Chain::Rpc : chain == u"off" ? Chain::Off : Chain::Devnet;
    c.rpcUrl = s.value(u"chain/rpcUrl"_s).toString();
    c.chainId = s.value(u"chain/chainId"_s, c.chainId).toULongLong();
    c.secrets = s.value(u"secrets/where"_s, c.secrets).toString();
    c.language = s.value(u"language"_s).toString();
    c.theme = s.value(u"theme"_s, c.theme).toString();
    return c;
}

void ConsoleSettings::save() const
{
    QSettings s(u"steward"_s, u"console"_s);
    s.setValue(u"host/port"_s, port);
    s.setValue(u"host/bind"_s, bind);
    s.setValue(u"host/dataDir"_s, dataDir);
    s.setValue(u"chain/mode"_s, chain == Chain::Rpc ? u"rpc"_s : chain == Chain::Off ? u"off"_s : u"devnet"_s);
    s.setValue(u"chain/rpcUrl"_s, rpcUrl);
    s.setValue(u"chain/chainId"_s, chainId);
    s.setValue(u"secrets/where"_s, secrets);
    s.setValue(u"language"_s, language);
    s.setValue(u"theme"_s, theme);
}

QHash<QString, QString> ConsoleSettings::hostDefaults() const
{
    QHash<QString, QString> d{{u"port"_s, QString::number(port)},
                              {u"bind"_s, bind},
                              {u"data-dir"_s, dataDir},
                              {u"secrets"_s, secrets}};
    if (chain == Chain::Off)
        d.insert(u"no-chain"_s, u"true"_s);
    if (chain == Chain::Rpc) {
        d.insert(u"chain-rpc"_s, rpcUrl);
        d.insert(u"chain-id"_s, QString::number(chainId));
    }
    return d;
}

} // namespace steward::ui
