// QR codes drawn with ZXing-cpp's writer (MultiFormatWriter, BarcodeFormat::QRCode): the enrolment code
// the console shows and stockhand-cli writes to a PNG (docs/operations.md). ZXing throws: caught here.
#pragma once

#include "result.h"

#include <QImage>
#include <QString>

namespace stockhand::scanner {

// One module per `moduleSize` pixels, black on white, with a quiet zone of 4 modules; Format_Grayscale8.
// Errors: qr.too-long (more than a QR code holds at error correction level M), qr.failed.
Result<QImage> renderQrCode(const QString &text, int moduleSize = 8);

} // namespace stockhand::scanner
