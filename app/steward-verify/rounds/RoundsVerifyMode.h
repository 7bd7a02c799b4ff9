// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerifyMode.h"

namespace steward::verify {

// `steward-verify` (the default) or `steward-verify --rounds`: a rounds table's provably fair
// draws, checked by VerifyCommand.
class RoundsVerifyMode : public VerifyMode
{
public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace steward::verify
