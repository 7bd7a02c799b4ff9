// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace steward::ui {

// What the console remembers between starts (QSettings): how its embedded host listens, where it
// keeps its data, which chain it records on, where secrets live, and the language. The host
// takes them at the next start; a command-line option still wins.
struct ConsoleSettings
{
    enum class Chain { Devnet, Rpc, Off };

    int port = 8080;
    QString bind = QStringLiteral("0.0.0.0");
    QString dataDir; // empty: the user's data folder
    Chain chain = Chain::Devnet;
    QString rpcUrl;
    quint64 chainId = 31337;
    QString secrets = QStringLiteral("auto"); // auto, keychain, file
    QString language;                         // empty: the desktop's; en, de, es
    QString theme = QStringLiteral("system"); // system, light, dark

    static ConsoleSettings load();
    void save() const;
    // As defaults for HostCommandLine, by option name.
    QHash<QString, QString> hostDefaults() const;
};

} // namespace steward::ui
