#include "barcodedecoder.h"

#include "lumaplane.h"

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 // Result::text() as UTF-8
#endif
#include <ZXing/ReadBarcode.h>

#include <exception>
#include <functional>
#include <iterator>

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

constexpr Symbologies kDataBar = Symbology::DataBar | Symbology::DataBarExpanded;
// Read in any orientation by ZXing's 2D readers: no columns pass needed.
constexpr Symbologies kMatrix = Symbology::DataMatrix | Symbology::QrCode | Symbology::MicroQrCode | Symbology::Aztec;

// A camera frame's share of the first pass. 1D formats: the rows, the columns, the layer at a third of
// the size. 2D only: three overlapping horizontal bands of half the height (a symbol up to a quarter of
// the frame high lies wholly inside one) and the layer at half the size (larger symbols).
enum class FirstPart { Rows, Columns, Third, TopBand, MiddleBand, BottomBand, Half };

ZXing::BarcodeFormats zxingFormats(Symbologies ours)
{
    ZXing::BarcodeFormats formats;
    for (const auto &[o, theirs] : kFormats) {
        if (ours.testFlag(o))
            formats |= theirs;
    }
    return formats;
}

// How the picture is changed before a pass reads it (scanner/lumaplane.h).
enum class Prep {
    None,
    CentreZoom,
    StretchThreshold,
    Rotate45,
    NormalizeLocally,
    Stretch,
    Sharpen,
    Rotate22,
    Rotate67,
    Invert,
    Smooth,
    GlobalHistogram
};

struct PassDef
{
    const char *name;
    Prep prep;
    // A camera frame's further passes look at its centre (the camera is aimed at the code): two thirds of
    // the width and height for the geometric passes (a long 1D symbol, turned, must stay inside), two
    // thirds of the width and half the height for the others (a third of the pixels). This keeps every
    // pass within the frame budget (bench_camera).
    bool tallRegion;
};

constexpr bool kWide = true, kNarrow = false;

// In the order a still image gets them: the most productive first (bench_camera, docs/scanning.md).
constexpr PassDef kPasses[] = {
    {"zxing", Prep::None, kWide},
    {"centre x2", Prep::CentreZoom, kWide},
    {"stretch + fixed threshold", Prep::StretchThreshold, kNarrow},
    {"rotate 45", Prep::Rotate45, kWide},
    {"local normalisation", Prep::NormalizeLocally, kNarrow},
    {"contrast stretch", Prep::Stretch, kNarrow},
    {"sharpen", Prep::Sharpen, kNarrow},
    {"rotate 22.5", Prep::Rotate22, kWide},
    {"rotate 67.5", Prep::Rotate67, kWide},
    {"invert", Prep::Invert, kNarrow},
    {"smooth", Prep::Smooth, kNarrow},
    {"global histogram", Prep::GlobalHistogram, kNarrow},
};
constexpr int kPassCount = int(std::size(kPasses));

ZXing::Binarizer binarizerOf(Prep prep)
{
    switch (prep) {
    case Prep::StretchThreshold:
        return ZXing::Binarizer::FixedThreshold;
    case Prep::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    default:
        return ZXing::Binarizer::LocalAverage;
    }
}

LumaPlane transformed(Prep prep, const LumaPlane &in)
{
    LumaPlane out;
    switch (prep) {
    case Prep::None:
    case Prep::GlobalHistogram:
        return in;
    case Prep::CentreZoom: {
        const QRect r = centralRect(in.width, in.height, 0.5);
        return upscale(LumaPlane::copy(in.pixels.data(), in.width, 1, r), 2);
    }
    case Prep::StretchThreshold:
    case Prep::Stretch:
        out = in;
        stretchContrast(out, 0.01);
        return out;
    case Prep::Rotate45:
        return rotate(in, 45);
    case Prep::Rotate22:
        return rotate(in, 22.5);
    case Prep::Rotate67:
        return rotate(in, 67.5);
    case Prep::NormalizeLocally:
        out = in;
        normalizeLocally(out, 16);
        return out;
    case Prep::Sharpen:
        out = in;
        sharpen(out, 1.5);
        return out;
    case Prep::Invert:
        out = in;
        invert(out);
        return out;
    case Prep::Smooth:
        out = in;
        smooth(out);
        return out;
    }
    return in;
}

Decoded toDecoded(const ZXing::Result &r)
{
    Decoded d;
    d.text = QString::fromStdString(r.text());
    d.symbologyId = QString::fromStdString(r.symbologyIdentifier());
    for (const auto &[ours, theirs] : kFormats) {
        if (theirs == r.format())
            d.format = ours;
    }
    return d;
}

// The only place that calls into ZXing's reader. One symbol, never ReadBarcodes with its default of 255:
// merging results from several downscale layers trips the lineCount() assertion in ZXing-cpp 1.4. DataBar
// results carry an estimated line count that trips the same assertion when a second row reads the symbol,
// so DataBar is read in a call of its own that stops at the first row (minLineCount 1; its checksums are
// strong). `extra`: a further pass, on a picture we changed. `rotate`, `downscale`: ZXing's own tries
// (a camera frame spreads them over frames).
Result<std::optional<Decoded>> readOne(const ZXing::ImageView &view, const DecoderSettings &settings,
    ZXing::Binarizer binarizer, bool extra, bool rotate = true, bool downscale = true)
{
    if (!settings.formats)
        return makeError("scanner.format", u"No barcode format configured"_s);
    try {
        ZXing::DecodeHints hints;
        hints.setTryHarder(settings.tryHarder);
        hints.setTryRotate(settings.tryRotate && rotate);
        hints.setTryDownscale(downscale);
        hints.setIsPure(settings.pure);
        hints.setEanAddOnSymbol(ZXing::EanAddOnSymbol::Ignore);
        hints.setMaxNumberOfSymbols(1);
        hints.setBinarizer(binarizer);
        if (extra) {
            hints.setTryDownscale(false); // the passes scale the picture themselves
            hints.setValidateITFCheckSum(true);
        }
        for (const Symbologies group : {settings.formats & ~kDataBar, settings.formats & kDataBar}) {
            if (!group)
                continue;
            hints.setFormats(zxingFormats(group));
            hints.setMinLineCount(group & kDataBar ? 1 : 2);
            const ZXing::Result r = ZXing::ReadBarcode(view, hints);
            if (r.isValid())
                return std::optional<Decoded>(toDecoded(r));
        }
        return std::optional<Decoded>();
    } catch (const std::exception &e) {
        return makeError("scanner.zxing", u"Barcode decoder failed: %1"_s.arg(QString::fromLocal8Bit(e.what())));
    }
}

// EAN/UPC and ITF have a single mod-10 check digit, Code 39 and Codabar an optional one: a read from a
// changed picture is only believed when a second, different pass reads the same.
bool isWeak(Symbology f)
{
    return f == Symbology::Ean13 || f == Symbology::Ean8 || f == Symbology::UpcA || f == Symbology::UpcE
        || f == Symbology::Itf || f == Symbology::Code39 || f == Symbology::Codabar;
}

bool validGtinCheckDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size() - 1; ++i) {
        const int d = digits.at(digits.size() - 2 - i).digitValue();
        sum += d * (i % 2 == 0 ? 3 : 1);
    }
    return digits.back().digitValue() == (10 - sum % 10) % 10;
}

// ITF has no fixed length: a row that crosses part of the symbol reads as a shorter code. From a changed
// picture only ITF-14 (the one length a warehouse prints) is accepted.
bool plausibleExtra(const Decoded &d)
{
    if (d.format != Symbology::Itf)
        return true;
    for (QChar c : d.text) {
        if (!c.isDigit())
            return false;
    }
    return d.text.size() == 14 && validGtinCheckDigit(d.text);
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

// One picture, the passes run over it: the first on ZXing's view of the input, the others on our copy of
// its luminance (made once, when the first further pass needs it; a frame's central region only).
class PassRunner
{
public:
    PassRunner(const ZXing::ImageView &view, std::function<LumaPlane(QRect)> makePlane, const DecoderSettings &settings)
        : m_view(view)
        , m_makePlane(std::move(makePlane))
        , m_settings(settings)
    { }

    // The first pass, ZXing's own reading, with all its tries (rows and columns, the downscaled layer).
    Result<std::optional<Decoded>> runFirst()
    {
        return readOne(m_view, m_settings, ZXing::Binarizer::LocalAverage, false);
    }

    // A camera frame gets one part of the first pass: ZXing's rows at full scale, its columns (the frame
    // transposed) or its downscaled layer (a third of the size, rows and columns).
    Result<std::optional<Decoded>> runFirstPart(FirstPart part)
    {
        const int w = m_view.width(), h = m_view.height();
        if (w < 8 || h < 8) // too small to share out
            part = FirstPart::Rows;
        auto band = [&](int top) {
            return readOne(
                m_view.cropped(0, top, w, h / 2), m_settings, ZXing::Binarizer::LocalAverage, false, false, false);
        };
        switch (part) {
        case FirstPart::Rows:
            return readOne(m_view, m_settings, ZXing::Binarizer::LocalAverage, false, false, false);
        case FirstPart::TopBand:
            return band(0);
        case FirstPart::MiddleBand:
            return band(h / 4);
        case FirstPart::BottomBand:
            return band(h - h / 2);
        case FirstPart::Columns:
        case FirstPart::Third:
        case FirstPart::Half:
            break;
        }
        const LumaPlane p
            = part == FirstPart::Columns ? transpose(full()) : downscale(full(), part == FirstPart::Third ? 3 : 2);
        if (p.isEmpty()) // a picture a few pixels wide has no smaller layer
            return std::optional<Decoded>();
        return readOne(ZXing::ImageView(p.pixels.data(), p.width, p.height, ZXing::ImageFormat::Lum), m_settings,
            ZXing::Binarizer::LocalAverage, false, part != FirstPart::Columns, false);
    }

    // A further pass (1 .. kPassCount - 1) on the changed picture: a still's whole picture, a frame's centre.
    Result<std::optional<Decoded>> run(int pass)
    {
        if (pass == 0)
            return runFirst();
        const Prep prep = kPasses[pass].prep;
        const LumaPlane p
            = transformed(prep, m_settings.effort == DecodeEffort::Frame ? centre(kPasses[pass].tallRegion) : full());
        if (p.isEmpty())
            return std::optional<Decoded>();
        auto r = readOne(ZXing::ImageView(p.pixels.data(), p.width, p.height, ZXing::ImageFormat::Lum), m_settings,
            binarizerOf(prep), true);
        if (r && r->has_value() && !plausibleExtra(**r))
            return std::optional<Decoded>();
        return r;
    }

private:
    const LumaPlane &full()
    {
        if (m_full.isEmpty())
            m_full = m_makePlane(QRect(0, 0, m_view.width(), m_view.height()));
        return m_full;
    }
    const LumaPlane &centre(bool tall)
    {
        LumaPlane &plane = tall ? m_wide : m_narrow;
        if (plane.isEmpty())
            plane = m_makePlane(centralRect(m_view.width(), m_view.height(), 2.0 / 3.0, tall ? 2.0 / 3.0 : 0.5));
        return plane;
    }

    ZXing::ImageView m_view;
    std::function<LumaPlane(QRect)> m_makePlane;
    const DecoderSettings &m_settings;
    LumaPlane m_full, m_wide, m_narrow; // our copies of the luminance, made when a pass first needs them
};

} // namespace

struct DecoderFrameState
{
    struct Candidate
    {
        Decoded value;
        int pass;
        qint64 step;
    };
    bool lastRead = false; // the previous frame read a code: this one gets the whole first pass
    qint64 step = 0; // frames since the last read (or the start)
    QList<Candidate> candidates; // weak reads from further passes, waiting for a second pass to agree

    // Even steps: the parts of the first pass in turn; odd steps: the further passes in turn.
    static int passFor(qint64 step) { return step % 2 == 0 ? 0 : 1 + int((step / 2) % (kPassCount - 1)); }
    static FirstPart firstPartFor(qint64 step, Symbologies formats)
    {
        static const QList<FirstPart> linear = {FirstPart::Rows, FirstPart::Columns, FirstPart::Third};
        static const QList<FirstPart> matrix
            = {FirstPart::MiddleBand, FirstPart::Half, FirstPart::TopBand, FirstPart::BottomBand};
        const QList<FirstPart> &parts = formats & ~kMatrix ? linear : matrix; // 1D symbols need the columns
        return parts.at(qsizetype((step / 2) % parts.size()));
    }
};

namespace {

// Stills: every pass in order until one reads; weak reads need a second pass to agree.
Result<std::optional<Decoded>> decodeStill(PassRunner &runner, DecodeEffort effort)
{
    auto first = runner.runFirst();
    if (!first || first->has_value() || effort == DecodeEffort::FirstPass)
        return first;
    QList<std::pair<Decoded, int>> weak;
    for (int pass = 1; pass < kPassCount; ++pass) {
        auto r = runner.run(pass);
        if (!r)
            return r;
        if (!r->has_value())
            continue;
        if (!isWeak((*r)->format))
            return r;
        for (const auto &[value, p] : weak) {
            if (value == **r)
                return r;
        }
        weak.append({**r, pass});
    }
    return std::optional<Decoded>();
}

} // namespace

BarcodeDecoder::BarcodeDecoder(DecoderSettings settings)
    : m_settings(settings)
    , m_frame(std::make_unique<DecoderFrameState>())
{ }

BarcodeDecoder::~BarcodeDecoder() = default;

BarcodeDecoder::BarcodeDecoder(const BarcodeDecoder &other)
    : m_settings(other.m_settings)
    , m_frame(std::make_unique<DecoderFrameState>(*other.m_frame))
{ }

BarcodeDecoder &BarcodeDecoder::operator=(const BarcodeDecoder &other)
{
    m_settings = other.m_settings;
    m_frame = std::make_unique<DecoderFrameState>(*other.m_frame);
    return *this;
}

int BarcodeDecoder::passCount()
{
    return kPassCount;
}

QString BarcodeDecoder::passName(int pass)
{
    return pass >= 0 && pass < kPassCount ? QString::fromLatin1(kPasses[pass].name) : QString();
}

int BarcodeDecoder::nextFramePass() const
{
    return m_frame->lastRead ? 0 : DecoderFrameState::passFor(m_frame->step);
}

QString BarcodeDecoder::nextFramePassName() const
{
    if (m_frame->lastRead)
        return passName(0);
    const qint64 step = m_frame->step;
    if (DecoderFrameState::passFor(step) != 0)
        return passName(DecoderFrameState::passFor(step));
    switch (DecoderFrameState::firstPartFor(step, m_settings.formats)) {
    case FirstPart::Rows:
        return u"zxing, rows"_s;
    case FirstPart::Columns:
        return u"zxing, columns"_s;
    case FirstPart::Third:
        return u"zxing, 1/3 scale"_s;
    case FirstPart::TopBand:
        return u"zxing, top band"_s;
    case FirstPart::MiddleBand:
        return u"zxing, middle band"_s;
    case FirstPart::BottomBand:
        return u"zxing, bottom band"_s;
    case FirstPart::Half:
        return u"zxing, 1/2 scale"_s;
    }
    return QString();
}

namespace {

// Camera frames: one pass per frame (DecoderFrameState::passFor); weak reads need a different pass on a
// later frame to agree.
Result<std::optional<Decoded>> decodeWith(const ZXing::ImageView &view,
    const std::function<LumaPlane(QRect)> &makePlane, const DecoderSettings &settings, DecoderFrameState &f)
{
    PassRunner runner(view, makePlane, settings);
    if (settings.effort != DecodeEffort::Frame)
        return decodeStill(runner, settings.effort);
    if (f.lastRead) {
        // The code is probably still in view: the whole first pass finds it early (a frame without it pays
        // the whole pass once; from then on, frames take turns).
        auto r = runner.runFirst();
        if (!r || !r->has_value()) {
            f.lastRead = false;
            f.step = 0;
        }
        return r;
    }
    const qint64 step = f.step++;
    const int pass = DecoderFrameState::passFor(step);
    // a weak read waits at most one round of the further passes for a second pass to agree
    f.candidates.removeIf([&](const DecoderFrameState::Candidate &c) { return step - c.step > 2 * (kPassCount - 1); });
    auto r
        = pass == 0 ? runner.runFirstPart(DecoderFrameState::firstPartFor(step, settings.formats)) : runner.run(pass);
    if (!r || !r->has_value())
        return r;
    if (pass == 0 || !isWeak((*r)->format)) {
        f.candidates.clear();
        f.lastRead = true;
        return r;
    }
    for (const DecoderFrameState::Candidate &c : std::as_const(f.candidates)) {
        if (c.value == **r && c.pass != pass) {
            f.candidates.clear();
            f.lastRead = true;
            return r;
        }
    }
    f.candidates.append({**r, pass, step});
    return std::optional<Decoded>();
}

} // namespace

Result<std::optional<Decoded>> BarcodeDecoder::decode(const QImage &image) const
{
    if (image.isNull())
        return makeError("scanner.image", u"The image is empty or could not be read"_s);
    const auto f = zxingFormat(image.format());
    if (!f)
        return decode(image.convertToFormat(QImage::Format_Grayscale8));
    auto plane = [&image, lum = *f == ZXing::ImageFormat::Lum](QRect rect) {
        const QImage grey = lum ? image : image.copy(rect).convertToFormat(QImage::Format_Grayscale8);
        if (!lum)
            rect.moveTo(0, 0);
        return LumaPlane::copy(grey.constBits(), int(grey.bytesPerLine()), 1, rect);
    };
    return decodeWith(ZXing::ImageView(image.constBits(), image.width(), image.height(), *f, int(image.bytesPerLine())),
        plane, m_settings, *m_frame);
}

Result<std::optional<Decoded>> BarcodeDecoder::decodeLuminance(
    const uchar *data, int width, int height, int bytesPerLine, int pixStride) const
{
    if (!data || width <= 0 || height <= 0 || pixStride <= 0 || bytesPerLine < (width - 1) * pixStride + 1)
        return makeError("scanner.image",
            u"Invalid luminance plane %1x%2 (%3 bytes per line)"_s.arg(width).arg(height).arg(bytesPerLine));
    auto plane = [=](QRect rect) { return LumaPlane::copy(data, bytesPerLine, pixStride, rect); };
    return decodeWith(ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine, pixStride), plane,
        m_settings, *m_frame);
}

} // namespace stockhand::scanner
