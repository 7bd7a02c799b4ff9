// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrSvg.h"

#include <qrencode.h>

#include <memory>

namespace steward {

QByteArray qrSvg(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int Quiet = 4;
    const int width = code->width;
    const QByteArray side = QByteArray::number(width + 2 * Quiet);
    // One path of unit squares, a run of dark modules on a row drawn as one rectangle.
    QByteArray path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width;) {
            if (!(code->data[y * width + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1))
                ++run;
            path += 'M' + QByteArray::number(x + Quiet) + ' ' + QByteArray::number(y + Quiet) + 'h'
                    + QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + ' ' + side
           + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
           + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

} // namespace steward
