// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace steward::ui {

QImage qrCodeImage(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || scale < 1)
        return {};
    constexpr int Quiet = 4; // modules of white around the code, as the standard asks
    const int width = code->width;
    const int side = (width + 2 * Quiet) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (!(code->data[y * width + x] & 1))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + Quiet) * scale + dy);
                std::fill_n(line + (x + Quiet) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

} // namespace steward::ui
