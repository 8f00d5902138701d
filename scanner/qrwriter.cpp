#include "qrwriter.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace stockhand::scanner {

Result<QImage> renderQrCode(const QString &text, int moduleSize)
{
    if (text.toUtf8().size() > 2000)
        return makeError("qr.too-long", QStringLiteral("The text is too long for a QR code."));
    moduleSize = qBound(1, moduleSize, 64);
    constexpr int quiet = 4;
    try {
        // Level M (ZXing's 0-8 scale: 4) survives a smudged screen; width 0: one pixel per module.
        const ZXing::BitMatrix m = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                       .setEncoding(ZXing::CharacterSet::UTF8)
                                       .setEccLevel(4)
                                       .setMargin(0)
                                       .encode(text.toStdWString(), 0, 0);
        if (m.width() <= 0 || m.height() <= 0)
            return makeError("qr.failed", QStringLiteral("The QR writer produced nothing."));
        const int w = (m.width() + 2 * quiet) * moduleSize, h = (m.height() + 2 * quiet) * moduleSize;
        QImage img(w, h, QImage::Format_Grayscale8);
        img.fill(255);
        for (int y = 0; y < m.height(); ++y) {
            for (int x = 0; x < m.width(); ++x) {
                if (!m.get(x, y))
                    continue;
                for (int dy = 0; dy < moduleSize; ++dy) {
                    uchar *line = img.scanLine((y + quiet) * moduleSize + dy);
                    memset(line + (x + quiet) * moduleSize, 0, size_t(moduleSize));
                }
            }
        }
        return img;
    } catch (const std::exception &e) {
        return makeError("qr.failed", QStringLiteral("The QR writer failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace stockhand::scanner
