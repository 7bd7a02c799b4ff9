// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace steward::bench {

// What every mode's run is given from the options all modes share: the host to start or to use,
// whether it records on chain, the time limit and the progress lines.
struct SharedOptions
{
    QString hostProgram; // steward-host to start; empty when url is set
    QUrl url;            // a host already running on 127.0.0.1
    QString password;    // its facilitator password (a random one for a host the bench starts)
    qint64 hostPid = 0;  // its process id, to read its CPU and memory (optional)
    // Start the host with the chain on (no --no-chain); with url: require that host to have it on.
    bool chain = false;
    int timeoutSeconds = 600;
    bool progress = true; // progress lines on stderr
};

} // namespace steward::bench
