// Test pictures: symbols drawn by ZXing-cpp's writer, placed on a camera-sized frame, rotated, with noise.
#pragma once

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

#include <string>

namespace scantest {

// The symbol alone, black on white, `width` x `height` pixels (ZXing scales the modules).
inline QImage renderSymbol(ZXing::BarcodeFormat format, const std::wstring &contents, int width, int height)
{
    const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(format).setMargin(10).encode(contents, width, height);
    QImage img(bits.width(), bits.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < bits.height(); ++y) {
        uchar *line = img.scanLine(y);
        for (int x = 0; x < bits.width(); ++x)
            line[x] = bits.get(x, y) ? 0 : 255;
    }
    return img;
}

// The symbol centred on a white frame (default 1280x720), rotated by `degrees`, with uniform noise of
// +-`noise` grey levels from a fixed seed.
inline QImage placeOnFrame(const QImage &symbol, int degrees, int noise, quint32 seed, QSize frame = {1280, 720})
{
    QImage canvas(frame, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter p(&canvas);
        p.setRenderHint(QPainter::SmoothPixmapTransform, degrees % 90 != 0);
        p.translate(frame.width() / 2.0, frame.height() / 2.0);
        p.rotate(degrees);
        p.drawImage(QPointF(-symbol.width() / 2.0, -symbol.height() / 2.0), symbol);
    }
    QImage grey = canvas.convertToFormat(QImage::Format_Grayscale8);
    if (noise > 0) {
        QRandomGenerator rng(seed);
        for (int y = 0; y < grey.height(); ++y) {
            uchar *line = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                line[x] = uchar(qBound(0, int(line[x]) + int(rng.bounded(2 * noise + 1)) - noise, 255));
        }
    }
    return grey;
}

} // namespace scantest
