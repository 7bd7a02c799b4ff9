// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace steward::ui {

// Column widths for a dashboard's table that neither cut text off nor jump while one reads.

// Sizes each column for the widest text it will usually hold (`samples`, by column; empty: the
// title alone) or its title, whichever is wider.
void sizeColumns(QTableView *table, const QList<QString> &samples);
// Widens the columns whose cells now hold longer text; never narrows one.
void widenToFit(QTableView *table, const QList<int> &columns);

} // namespace steward::ui
