// Camera frames (Qt Multimedia) for the scanner library, which knows only images and luminance planes:
// YUV formats are read through their Y plane without conversion, other formats are converted to an image.
#pragma once

#include "barcodedecoder.h"
#include "framescanner.h"

#include <QVideoFrame>

namespace stockhand::scanner {

// Maps the frame for reading and decodes it with `decoder`.
Result<std::optional<Decoded>> decodeVideoFrame(const BarcodeDecoder &decoder, const QVideoFrame &frame);

// The frame as FrameScanner's worker reads it: mapped and decoded on the worker thread.
FrameReader videoFrameReader(QVideoFrame frame);

} // namespace stockhand::scanner
