// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace steward::csv {

// RFC 4180 CSV in UTF-8 with CRLF line ends. Cells that a spreadsheet would run as a formula
// (=, +, -, @ followed by text) are prefixed with an apostrophe; plain numbers pass as numbers.
QByteArray write(const QList<QStringList> &rows);
QString cell(const QString &value);

} // namespace steward::csv
