#include "barcodedecoder.h"

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 // Result::text() as UTF-8
#endif
#include <ZXing/ReadBarcode.h>

#include <exception>

using namespace Qt::StringLiterals;

namespace stockhand::scanner {

namespace {

constexpr std::pair<Symbology, ZXing::BarcodeFormat> kFormats[] = {
    {Symbology::Ean13, ZXing::BarcodeFormat::EAN13},
    {Symbology::Ean8, ZXing::BarcodeFormat::EAN8},
    {Symbology::UpcA, ZXing::BarcodeFormat::UPCA},
    {Symbology::UpcE, ZXing::BarcodeFormat::UPCE},
    {Symbology::Code128, ZXing::BarcodeFormat::Code128},
    {Symbology::Code39, ZXing::BarcodeFormat::Code39},
    {Symbology::Code93, ZXing::BarcodeFormat::Code93},
    {Symbology::Codabar, ZXing::BarcodeFormat::Codabar},
    {Symbology::Itf, ZXing::BarcodeFormat::ITF},
    {Symbology::DataBar, ZXing::BarcodeFormat::DataBar},
    {Symbology::DataBarExpanded, ZXing::BarcodeFormat::DataBarExpanded},
    {Symbology::DataMatrix, ZXing::BarcodeFormat::DataMatrix},
    {Symbology::QrCode, ZXing::BarcodeFormat::QRCode},
    {Symbology::MicroQrCode, ZXing::BarcodeFormat::MicroQRCode},
    {Symbology::Pdf417, ZXing::BarcodeFormat::PDF417},
    {Symbology::Aztec, ZXing::BarcodeFormat::Aztec},
};

ZXing::DecodeHints hintsFor(const DecoderSettings &s)
{
    ZXing::BarcodeFormats formats;
    for (const auto &[ours, theirs] : kFormats) {
        if (s.formats.testFlag(ours))
            formats |= theirs;
    }
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(s.tryHarder);
    hints.setTryRotate(s.tryRotate);
    hints.setIsPure(s.pure);
    hints.setEanAddOnSymbol(ZXing::EanAddOnSymbol::Ignore);
    return hints;
}

// The only place that calls into ZXing's reader. One symbol, never ReadBarcodes with its default of 255:
// merging results from several downscale layers trips the lineCount() assertion in ZXing-cpp 1.4.
Result<std::optional<Decoded>> readOne(const ZXing::ImageView &view, const DecoderSettings &settings)
{
    if (!settings.formats)
        return makeError("scanner.format", u"No barcode format configured"_s);
    try {
        ZXing::DecodeHints hints = hintsFor(settings);
        hints.setMaxNumberOfSymbols(1);
        const ZXing::Result r = ZXing::ReadBarcode(view, hints);
        if (!r.isValid())
            return std::optional<Decoded>();
        Decoded d;
        d.text = QString::fromStdString(r.text());
        d.symbologyId = QString::fromStdString(r.symbologyIdentifier());
        for (const auto &[ours, theirs] : kFormats) {
            if (theirs == r.format())
                d.format = ours;
        }
        return std::optional<Decoded>(std::move(d));
    } catch (const std::exception &e) {
        return makeError("scanner.zxing", u"Barcode decoder failed: %1"_s.arg(QString::fromLocal8Bit(e.what())));
    }
}

std::optional<ZXing::ImageFormat> zxingFormat(QImage::Format f)
{
    switch (f) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Alpha8:
        return ZXing::ImageFormat::Lum;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB;
    case QImage::Format_RGB888:
        return ZXing::ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ZXing::ImageFormat::BGR;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return ZXing::ImageFormat::RGBX;
    default:
        return std::nullopt;
    }
}

} // namespace

BarcodeDecoder::BarcodeDecoder(DecoderSettings settings)
    : m_settings(settings)
{ }

Result<std::optional<Decoded>> BarcodeDecoder::decode(const QImage &image) const
{
    if (image.isNull())
        return makeError("scanner.image", u"The image is empty or could not be read"_s);
    if (const auto f = zxingFormat(image.format())) {
        return readOne(
            ZXing::ImageView(image.constBits(), image.width(), image.height(), *f, int(image.bytesPerLine())),
            m_settings);
    }
    return decode(image.convertToFormat(QImage::Format_Grayscale8));
}

Result<std::optional<Decoded>> BarcodeDecoder::decodeLuminance(
    const uchar *data, int width, int height, int bytesPerLine, int pixStride) const
{
    if (!data || width <= 0 || height <= 0 || pixStride <= 0 || bytesPerLine < (width - 1) * pixStride + 1)
        return makeError("scanner.image",
            u"Invalid luminance plane %1x%2 (%3 bytes per line)"_s.arg(width).arg(height).arg(bytesPerLine));
    return readOne(ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine, pixStride), m_settings);
}

} // namespace stockhand::scanner
