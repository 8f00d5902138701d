// Decodes one barcode from an image or a luminance plane with ZXing-cpp, restricted to the configured
// formats (Qt Gui only: camera frames are mapped by ui/camera/videoframe.h and read as luminance). Every ZXing call
// goes through one function that asks for a single symbol: Debian's ZXing-cpp 1.4 aborts in ReadBarcodes with default
// hints on a plain Code 128 frame, and on DataBar read from two rows (see docs/scanning.md).
//
// Where the first pass (ZXing's own reading) finds nothing, further passes change the picture first: the
// central region enlarged, a contrast stretch with a fixed threshold, rotations, local normalisation,
// sharpening, ... (docs/scanning.md, "Camera decoding"). A still image gets every pass; a camera frame gets
// one pass, the next of the rotation (DecodeEffort::Frame).
#pragma once

#include "result.h"
#include "symbologies.h"

#include <QImage>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace stockhand::scanner {

struct DecoderFrameState;

enum class DecodeEffort {
    Still, // the first pass, then every further pass until one reads (images, stockhand-cli decode)
    Frame, // one pass per call: a part of the first pass every other frame, the further passes in turn between
    FirstPass, // ZXing's own reading only (the baseline of bench_camera)
};

struct DecoderSettings
{
    Symbologies formats = warehouseSymbologies();
    bool tryHarder = true;
    bool tryRotate = true;
    bool pure = false; // the image holds nothing but one aligned symbol (generated images)
    DecodeEffort effort = DecodeEffort::Still;
};

struct Decoded
{
    QString text; // decoded data; GS1 symbols carry FNC1 separators as ASCII 29
    QString symbologyId; // "]C1", "]E0", ... as a scanner would send it
    Symbology format = Symbology::Code128;

    QString scan() const { return symbologyId + text; } // what scan::interpret() takes
    bool operator==(const Decoded &o) const = default;
};

// A decoder with DecodeEffort::Frame remembers where its rotation of passes stands and the weak result it
// waits to see confirmed: one decoder per camera, used by one thread at a time (FrameScanner's worker).
class BarcodeDecoder
{
public:
    explicit BarcodeDecoder(DecoderSettings settings = {});
    ~BarcodeDecoder();
    BarcodeDecoder(const BarcodeDecoder &other);
    BarcodeDecoder &operator=(const BarcodeDecoder &other);

    // The passes in the order a still image gets them; pass 0 is ZXing's own reading.
    static int passCount();
    static QString passName(int pass);
    // Frame effort: the pass the next frame gets (0: a part of the first pass), and its name.
    int nextFramePass() const;
    QString nextFramePassName() const;

    const DecoderSettings &settings() const { return m_settings; }

    // nullopt: no barcode of the configured formats in the picture. Errors: unusable input.
    Result<std::optional<Decoded>> decode(const QImage &image) const;
    // 8-bit luminance (the Y plane of a YUV frame), read without conversion: `pixStride` bytes from one
    // sample to the next (2 for packed formats such as YUYV), `bytesPerLine` from one row to the next.
    Result<std::optional<Decoded>> decodeLuminance(
        const uchar *data, int width, int height, int bytesPerLine, int pixStride = 1) const;

private:
    DecoderSettings m_settings;
    std::unique_ptr<struct DecoderFrameState> m_frame; // Frame effort: rotation and pending confirmation
};

} // namespace stockhand::scanner

Q_DECLARE_METATYPE(stockhand::scanner::Decoded)
