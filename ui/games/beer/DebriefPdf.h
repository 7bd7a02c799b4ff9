// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/games/beer/BeerDebrief.h"

#include <QCoreApplication>
#include <QString>

namespace steward::ui {

// The debrief to hand out, as a PDF (QPdfWriter): the ranking and every role's bullwhip ratio on
// the first page, then a page per team with its orders and net-stock charts. Returns an error
// message, or an empty string when the file was written.
class DebriefPdf
{
    Q_DECLARE_TR_FUNCTIONS(DebriefPdf)
public:
    static QString write(const beer::BeerDebrief &debrief, const QString &title, const QString &fileName);
};

} // namespace steward::ui
