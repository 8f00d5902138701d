#include "videoframe.h"

using namespace Qt::StringLiterals;

namespace stockhand::scanner {

namespace {

struct LumaLayout
{
    int offset; // of the first Y byte in plane 0
    int pixStride; // bytes from one Y sample to the next
};

// YUV formats whose plane 0 holds the luminance: read as is, no conversion.
std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return LumaLayout {0, 1};
    case QVideoFrameFormat::Format_UYVY:
        return LumaLayout {1, 2};
    case QVideoFrameFormat::Format_YUYV:
        return LumaLayout {0, 2};
    default:
        return std::nullopt;
    }
}

} // namespace

Result<std::optional<Decoded>> decodeVideoFrame(const BarcodeDecoder &decoder, const QVideoFrame &input)
{
    if (!input.isValid())
        return makeError("scanner.frame", u"Invalid video frame"_s);
    const auto layout = lumaLayout(input.pixelFormat());
    if (!layout)
        return decoder.decode(input.toImage()); // RGB and other formats: converted
    QVideoFrame frame = input;
    if (!frame.map(QVideoFrame::ReadOnly))
        return makeError("scanner.frame", u"The video frame could not be mapped for reading"_s);
    auto r = decoder.decodeLuminance(
        frame.bits(0) + layout->offset, frame.width(), frame.height(), frame.bytesPerLine(0), layout->pixStride);
    frame.unmap();
    return r;
}

FrameReader videoFrameReader(QVideoFrame frame)
{
    return [frame = std::move(frame)](const BarcodeDecoder &decoder) { return decodeVideoFrame(decoder, frame); };
}

} // namespace stockhand::scanner
