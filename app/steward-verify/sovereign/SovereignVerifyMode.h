// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerifyMode.h"

#include <QCoreApplication>

namespace steward::verify {

// steward-verify --sovereign: plays a finished Sovereign Lines match again from its seed,
// configuration and inputs (as the host published them in its replay), and checks that it
// reaches the input hash, final state hash and standings the host claims and the chain holds
// (SovereignLinesResults.MatchRecorded). docs/verify.md.
class SovereignVerifyMode : public VerifyMode
{
    Q_DECLARE_TR_FUNCTIONS(SovereignVerifyMode)
public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace steward::verify
