// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward {

// A QR code of `text` (libqrencode, error correction M) as an SVG drawing: black modules on
// white with the quiet zone the standard asks for, one unit per module, so the page scales
// it to any size without blur. Empty if the text does not fit in a QR code.
QByteArray qrSvg(const QString &text);

} // namespace steward
