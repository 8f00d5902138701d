// A photo set made by program: each configured symbology drawn flat (ZXing-cpp's writer, or the committed
// zint images for the GS1 symbols 1.4's writer cannot make), then "photographed" onto a 1280x720 grey
// frame: a label on a shaded background, seen through a perspective, wrapped around a cylinder, blurred,
// under glare, at low contrast, with sensor noise, small or rotated. Every parameter comes from a seed
// derived from (symbol, degradation, level): the same build makes the same pixels (tests/scan/data/README.md).
#pragma once

#include "barcodeimages.h"

#include <QImage>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QTransform>

#include <cmath>
#include <functional>

namespace scantest {

struct BaseSymbol
{
    QString name; // "ean13", "gs1-datamatrix", ...
    QString format; // our symbology name (scanner/symbologies.cpp), the decoder is restricted to it
    QImage flat; // black on white, `modulePx` pixels per module, with its quiet zone
    double modulePx = 1;
    QString scan; // what a correct decode gives: symbology identifier + data (GS1: FNC1 as ASCII 29)
};

// The flat symbols: one per configured symbology, GS1 variants included. `imageDir`: tests/scan/data/images.
inline QList<BaseSymbol> baseSymbols(const QString &imageDir)
{
    const std::wstring fnc1(1, wchar_t(0xf1));
    const QString gs(QChar(0x1d));
    // 1D symbols at one pixel per module, `barModules` tall; 2D at one pixel per module.
    auto linear = [](ZXing::BarcodeFormat f, const std::wstring &contents, int barModules) {
        return renderSymbol(f, contents, 1, barModules);
    };
    auto matrix = [](ZXing::BarcodeFormat f, const std::wstring &contents) {
        const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(f).setMargin(4).encode(contents, 1, 1);
        QImage img(bits.width(), bits.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                img.scanLine(y)[x] = bits.get(x, y) ? 0 : 255;
        }
        return img;
    };
    auto file = [&](const char *name) {
        return QImage(imageDir + u'/' + QLatin1String(name)).convertToFormat(QImage::Format_Grayscale8);
    };
    using F = ZXing::BarcodeFormat;
    return {
        {QStringLiteral("ean13"), QStringLiteral("ean13"), linear(F::EAN13, L"9506000134352", 70), 1,
            QStringLiteral("]E09506000134352")},
        {QStringLiteral("ean8"), QStringLiteral("ean8"), linear(F::EAN8, L"96385074", 55), 1,
            QStringLiteral("]E496385074")},
        {QStringLiteral("upca"), QStringLiteral("upca"), linear(F::UPCA, L"036000291452", 70), 1,
            QStringLiteral("]E0036000291452")},
        {QStringLiteral("upce"), QStringLiteral("upce"), linear(F::UPCE, L"04252614", 50), 1,
            QStringLiteral("]E004252614")},
        {QStringLiteral("code128"), QStringLiteral("code128"), linear(F::Code128, L"WH1-A01-02-3-04", 50), 1,
            QStringLiteral("]C0WH1-A01-02-3-04")},
        {QStringLiteral("gs1-128"), QStringLiteral("code128"),
            linear(F::Code128, fnc1 + L"0109506000134352172703311" + L"0A12" + fnc1 + L"21S1", 60), 1,
            QStringLiteral("]C1010950600013435217270331") + QStringLiteral("10A12") + gs + QStringLiteral("21S1")},
        {QStringLiteral("itf14"), QStringLiteral("itf"), linear(F::ITF, L"10614141543219", 60), 1,
            QStringLiteral("]I110614141543219")},
        {QStringLiteral("datamatrix"), QStringLiteral("datamatrix"), matrix(F::DataMatrix, L"WH1-A01-02-3-04"), 1,
            QStringLiteral("]d1WH1-A01-02-3-04")},
        {QStringLiteral("gs1-datamatrix"), QStringLiteral("datamatrix"), file("gs1-datamatrix.png"), 4,
            QStringLiteral("]d2010950600013435217270331") + QStringLiteral("10A12") + gs + QStringLiteral("21S/N-7")},
        {QStringLiteral("qr"), QStringLiteral("qr"), matrix(F::QRCode, L"https://id.gs1.org/01/09506000134352/10/A12"),
            1, QStringLiteral("]Q1https://id.gs1.org/01/09506000134352/10/A12")},
        {QStringLiteral("gs1-qr"), QStringLiteral("qr"), file("gs1-qr.png"), 4,
            QStringLiteral("]Q301095060001343521") + QStringLiteral("0A12")},
        {QStringLiteral("databar"), QStringLiteral("databar"), file("gs1-databar.png"), 3,
            QStringLiteral("]e009506000134352")},
        {QStringLiteral("databar-expanded"), QStringLiteral("databar-expanded"), file("gs1-databar-expanded.png"), 3,
            QStringLiteral("]e0(01)09506000134352(3103)001250(17)270331")},
    };
}

enum class Degradation { Blur, Perspective, Glare, LowContrast, Curvature, Noise, SmallScale, Rotation, Mixed };

inline QList<Degradation> allDegradations()
{
    return {Degradation::Blur, Degradation::Perspective, Degradation::Glare, Degradation::LowContrast,
        Degradation::Curvature, Degradation::Noise, Degradation::SmallScale, Degradation::Rotation, Degradation::Mixed};
}

inline const char *degradationName(Degradation d)
{
    switch (d) {
    case Degradation::Blur:
        return "blur";
    case Degradation::Perspective:
        return "perspective";
    case Degradation::Glare:
        return "glare";
    case Degradation::LowContrast:
        return "low-contrast";
    case Degradation::Curvature:
        return "curvature";
    case Degradation::Noise:
        return "noise";
    case Degradation::SmallScale:
        return "small";
    case Degradation::Rotation:
        return "rotation";
    case Degradation::Mixed:
        return "mixed";
    }
    return "";
}

// How a photo is taken. Defaults: a sharp, level, well lit label.
struct Shot
{
    double sizeFactor = 1; // times the default module size: 2.5 px for 1D, 4 px for 2D
    double degrees = 0; // in-plane rotation
    double tilt = 0; // perspective: the far edge is shorter by this fraction (0..0.6)
    double tiltAxis = 0; // 0 = the left edge is far, 90 = the top edge is far, ...
    double wrapDegrees = 0; // curvature: the label covers this arc of a cylinder (0 = flat)
    double blurModules = 0; // Gaussian sigma in modules
    double glare = 0; // 0..1: a specular spot saturating this fraction of the symbol's width
    int ink = 20, paper = 225; // grey levels of bars and background
    double noise = 3; // Gaussian sensor noise, sigma in grey levels
    QPointF offset; // of the symbol's centre from the frame's centre, in pixels
    quint32 seed = 1;
};

namespace detail {

inline double gaussian(QRandomGenerator &rng)
{
    // Box-Muller on the seeded generator
    const double u1 = qMax(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// Gaussian blur by three box blurs (each pass `r` px each side) over a float plane.
inline void boxBlur(std::vector<float> &p, int w, int h, int r)
{
    if (r <= 0)
        return;
    std::vector<float> tmp(p.size());
    for (int pass = 0; pass < 3; ++pass) {
        for (int y = 0; y < h; ++y) {
            float acc = 0;
            for (int x = -r; x <= r; ++x)
                acc += p[size_t(y * w + qBound(0, x, w - 1))];
            for (int x = 0; x < w; ++x) {
                tmp[size_t(y * w + x)] = acc / float(2 * r + 1);
                acc += p[size_t(y * w + qMin(x + r + 1, w - 1))] - p[size_t(y * w + qMax(x - r, 0))];
            }
        }
        for (int x = 0; x < w; ++x) {
            float acc = 0;
            for (int y = -r; y <= r; ++y)
                acc += tmp[size_t(qBound(0, y, h - 1) * w + x)];
            for (int y = 0; y < h; ++y) {
                p[size_t(y * w + x)] = acc / float(2 * r + 1);
                acc += tmp[size_t(qMin(y + r + 1, h - 1) * w + x)] - tmp[size_t(qMax(y - r, 0) * w + x)];
            }
        }
    }
}

} // namespace detail

// The photo: a label (the symbol on paper) on a darker shaded background, 1280x720 grey.
inline QImage photograph(const BaseSymbol &s, const Shot &shot, QSize frame = {1280, 720})
{
    const bool is2d = s.format == u"datamatrix" || s.format == u"qr";
    const double modulePx = shot.sizeFactor * (is2d ? 4.0 : 2.5);
    const double scale = modulePx / s.modulePx; // frame pixels per flat pixel
    const double sw = s.flat.width(), sh = s.flat.height();
    // Flat label coordinates (centred on the symbol) -> frame: rotation, scale, perspective, translation.
    const double halfW = sw * scale / 2, halfH = sh * scale / 2;
    QPolygonF label;
    label << QPointF(-halfW, -halfH) << QPointF(halfW, -halfH) << QPointF(halfW, halfH) << QPointF(-halfW, halfH);
    QPolygonF seen = label;
    if (shot.tilt > 0) { // shrink the far edge about the axis, as a camera at an angle sees it
        const QTransform axis = QTransform().rotate(shot.tiltAxis);
        const QTransform back = axis.inverted();
        for (QPointF &p : seen) {
            QPointF q = back.map(p);
            const double t = (q.x() / halfW + 1) / 2; // 0 at the far edge (left), 1 at the near edge
            const double k = 1 - shot.tilt * (1 - t);
            q = QPointF(q.x() * (1 - shot.tilt / 3), q.y() * k);
            p = axis.map(q);
        }
    }
    const QPointF centre(frame.width() / 2.0 + shot.offset.x(), frame.height() / 2.0 + shot.offset.y());
    const QTransform place = QTransform().translate(centre.x(), centre.y()).rotate(shot.degrees);
    for (QPointF &p : seen)
        p = place.map(p);
    QTransform labelToFrame;
    if (!QTransform::quadToQuad(label, seen, labelToFrame))
        qFatal("photoset: degenerate perspective");
    const QTransform frameToLabel = labelToFrame.inverted();
    // Curvature: the label lies on a cylinder whose axis runs along the symbol's height; a point at arc
    // length u from the middle is seen at R sin(u / R). Inverse: u = R asin(x / R).
    const double arc = qDegreesToRadians(shot.wrapDegrees);
    const double radius = arc > 0 ? (halfW / (arc / 2)) : 0; // arc length halfW <-> half the arc
    const double visibleHalf = arc > 0 ? radius * std::sin(arc / 2) : halfW;
    // In curvature mode the flat label is squeezed so that its visible width stays `halfW`.
    const double squeeze = arc > 0 ? visibleHalf / halfW : 1.0;

    QRandomGenerator rng(shot.seed);
    const int w = frame.width(), h = frame.height();
    std::vector<float> lum(size_t(w) * size_t(h));
    const uchar *flat = s.flat.constBits();
    const qsizetype bpl = s.flat.bytesPerLine();
    auto flatAt = [&](double fx, double fy) -> float { // bilinear, paper outside
        fx -= 0.5;
        fy -= 0.5;
        const int x0 = int(std::floor(fx)), y0 = int(std::floor(fy));
        const double ax = fx - x0, ay = fy - y0;
        auto px = [&](int x, int y) -> double {
            if (x < 0 || y < 0 || x >= s.flat.width() || y >= s.flat.height())
                return 1.0;
            return flat[qsizetype(y) * bpl + x] / 255.0;
        };
        return float((px(x0, y0) * (1 - ax) + px(x0 + 1, y0) * ax) * (1 - ay)
            + (px(x0, y0 + 1) * (1 - ax) + px(x0 + 1, y0 + 1) * ax) * ay);
    };
    const double margin = 0.08 * qMax(halfW, halfH) + 12; // the label's paper around the symbol
    const double bgBase = 60 + rng.bounded(180); // a box, a shelf, a white sheet
    const double bgSlope = (rng.generateDouble() - 0.5) * 0.08;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double acc = 0;
            for (int sy = 0; sy < 2; ++sy) { // 2x2 supersampling: area-averaged like a sensor pixel
                for (int sx = 0; sx < 2; ++sx) {
                    const QPointF l = frameToLabel.map(QPointF(x + 0.25 + 0.5 * sx, y + 0.25 + 0.5 * sy));
                    double ux = l.x() / squeeze;
                    double shade = 1.0;
                    if (arc > 0) {
                        const double v = qBound(-1.0, l.x() / radius, 1.0);
                        if (std::abs(l.x()) > visibleHalf + margin) {
                            ux = 1e9;
                        } else {
                            ux = radius * std::asin(v);
                            shade = 0.55 + 0.45 * std::sqrt(qMax(0.0, 1 - v * v)); // the sides turn away from the light
                        }
                    }
                    const bool onLabel = std::abs(ux) <= halfW + margin && std::abs(l.y()) <= halfH + margin;
                    if (!onLabel) {
                        acc += bgBase + bgSlope * (x - w / 2.0);
                        continue;
                    }
                    const double ink = flatAt((ux + halfW) / scale, (l.y() + halfH) / scale);
                    acc += (shot.ink + (shot.paper - shot.ink) * ink) * shade;
                }
            }
            lum[size_t(y) * size_t(w) + size_t(x)] = float(acc / 4);
        }
    }
    if (shot.blurModules > 0) {
        // three box passes of radius r have variance (r^2 + r) : sigma ~ sqrt(r^2 + r)
        const double sigma = shot.blurModules * modulePx;
        detail::boxBlur(lum, w, h, qMax(1, int(std::lround(std::sqrt(sigma * sigma + 0.25) - 0.5))));
    }
    if (shot.glare > 0) { // a specular spot: light added up to saturation over part of the symbol
        const QPointF spot = labelToFrame.map(QPointF(-halfW / 3 + rng.generateDouble() * halfW / 2, 0));
        const double r = shot.glare * halfW * 1.2;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const double d = std::hypot(x - spot.x(), (y - spot.y()) * 1.6) / r;
                if (d < 1.6)
                    lum[size_t(y) * size_t(w) + size_t(x)] += float(260 * std::exp(-d * d * 1.4));
            }
        }
    }
    QImage out(frame, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const double n = shot.noise > 0 ? detail::gaussian(rng) * shot.noise : 0;
            line[x] = uchar(qBound(0, int(std::lround(lum[size_t(y) * size_t(w) + size_t(x)] + n)), 255));
        }
    }
    return out;
}

// The shot for one degradation at `level` (0 = mild ... 3 = severe) of symbol number `symbolIndex`.
inline Shot hardShot(int symbolIndex, Degradation d, int level)
{
    Shot s;
    s.seed = quint32(symbolIndex * 1000 + int(d) * 10 + level + 1);
    QRandomGenerator rng(s.seed ^ 0x5eedu);
    const double jitter = rng.generateDouble(); // 0..1, varies each parameter within its level
    s.degrees = (rng.generateDouble() - 0.5) * 4; // a hand never holds the camera quite level
    s.offset = QPointF((rng.generateDouble() - 0.5) * 160, (rng.generateDouble() - 0.5) * 100);
    switch (d) {
    case Degradation::Blur:
        s.blurModules = 0.35 + 0.08 * level + 0.04 * jitter;
        break;
    case Degradation::Perspective:
        s.tilt = 0.3 + 0.08 * level + 0.04 * jitter;
        s.tiltAxis = rng.bounded(4) * 90 + (rng.generateDouble() - 0.5) * 30;
        break;
    case Degradation::Glare:
        s.glare = 0.35 + 0.12 * level + 0.05 * jitter;
        break;
    case Degradation::LowContrast:
        s.ink = 150 - 12 * level;
        s.paper = s.ink + 28 - 5 * level - int(4 * jitter);
        s.noise = 2;
        break;
    case Degradation::Curvature:
        s.wrapDegrees = 120 + 20 * level + 10 * jitter;
        break;
    case Degradation::Noise:
        s.noise = 24 + 6 * level + 4 * jitter;
        break;
    case Degradation::SmallScale:
        s.sizeFactor = 0.6 - 0.05 * level - 0.03 * jitter; // 1D: 1.5 .. 1.1 px per module
        break;
    case Degradation::Rotation:
        s.degrees = 12 + 18 * level + 8 * jitter;
        break;
    case Degradation::Mixed:
        s.blurModules = 0.3 + 0.05 * level;
        s.tilt = 0.2 + 0.05 * level;
        s.tiltAxis = rng.bounded(4) * 90;
        s.noise = 14 + 4 * level;
        s.ink = 70;
        s.paper = 180;
        s.degrees = 10 + 10 * level + 5 * jitter;
        break;
    }
    return s;
}

inline constexpr int kLevels = 4;

} // namespace scantest
