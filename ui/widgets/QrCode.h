// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace steward::ui {

// A QR code of the text (libqrencode, error correction M) as a black-on-white image with a quiet
// zone, each module `scale` pixels wide; a null image if the text does not fit.
QImage qrCodeImage(const QString &text, int scale);

} // namespace steward::ui
