// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTableWidget;

namespace steward::ui {

// Writes one row of a table widget in place: cells are made once and a text is set only when it
// changed, so a dashboard refreshed every second neither flickers nor loses its selection.
// `alignment`, when given, applies to the cells this call creates.
void setRowTexts(QTableWidget *table, int row, const QStringList &texts, Qt::Alignment alignment = {});

} // namespace steward::ui
