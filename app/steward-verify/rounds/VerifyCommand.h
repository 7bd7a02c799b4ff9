// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundReport.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace steward::verify {

// The steward-verify command line (docs/verify.md):
//   steward-verify [--host URL] [--game ID] [--file export.json] [--rpc URL] [--contract ADDRESS]
//                  [--json] ROUND|--all
// Rounds come from the host's public records or from a regulator export (or one saved record);
// the chain from --rpc, else the host's read-only relay. Exit codes below.
class VerifyCommand : public QObject
{
    Q_OBJECT
public:
    static constexpr int AllPassed = 0;    // every check that applies passed
    static constexpr int SomeFailed = 1;   // at least one check failed
    static constexpr int CannotVerify = 2; // usage, file or network error; or a check could not be run

    VerifyCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // `arguments` as QCoreApplication::arguments() gives them (the program's name first).
    int run(const QStringList &arguments);

private:
    struct Source
    {
        QString gameId;
        QList<QJsonObject> rounds; // from a file; empty when read from a host
        QJsonObject chain;         // the export's chain, if any
    };
    std::optional<Source> readFile(const QString &path, const QString &gameId);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace steward::verify
