// Decodes one barcode from an image or a luminance plane with ZXing-cpp, restricted to the configured
// formats (Qt Gui only: camera frames are mapped by ui/camera/videoframe.h and read as luminance). Every ZXing call
// goes through one function that asks for a single symbol: Debian's ZXing-cpp 1.4 aborts in ReadBarcodes with default
// hints on a plain Code 128 frame (see docs/scanning.md).
#pragma once

#include "result.h"
#include "symbologies.h"

#include <QImage>
#include <QMetaType>
#include <QString>

#include <optional>

namespace stockhand::scanner {

struct DecoderSettings
{
    Symbologies formats = warehouseSymbologies();
    bool tryHarder = true;
    bool tryRotate = true;
    bool pure = false; // the image holds nothing but one aligned symbol (generated images)
};

struct Decoded
{
    QString text; // decoded data; GS1 symbols carry FNC1 separators as ASCII 29
    QString symbologyId; // "]C1", "]E0", ... as a scanner would send it
    Symbology format = Symbology::Code128;

    QString scan() const { return symbologyId + text; } // what scan::interpret() takes
    bool operator==(const Decoded &o) const = default;
};

class BarcodeDecoder
{
public:
    explicit BarcodeDecoder(DecoderSettings settings = {});

    const DecoderSettings &settings() const { return m_settings; }

    // nullopt: no barcode of the configured formats in the picture. Errors: unusable input.
    Result<std::optional<Decoded>> decode(const QImage &image) const;
    // 8-bit luminance (the Y plane of a YUV frame), read without conversion: `pixStride` bytes from one
    // sample to the next (2 for packed formats such as YUYV), `bytesPerLine` from one row to the next.
    Result<std::optional<Decoded>> decodeLuminance(
        const uchar *data, int width, int height, int bytesPerLine, int pixStride = 1) const;

private:
    DecoderSettings m_settings;
};

} // namespace stockhand::scanner

Q_DECLARE_METATYPE(stockhand::scanner::Decoded)
