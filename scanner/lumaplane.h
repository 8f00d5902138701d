// An 8-bit luminance plane we own, and the image operations the decoder's extra passes apply before
// ZXing-cpp sees a picture: region of interest, box downscale, bilinear upscale and rotation, inversion,
// contrast stretch and sharpening. Plain loops over bytes: no Qt Gui, no allocation beyond the result.
#pragma once

#include <QRect>
#include <QtGlobal>

#include <vector>

namespace stockhand::scanner {

struct LumaPlane
{
    int width = 0, height = 0;
    std::vector<uchar> pixels; // width * height, rows without padding

    bool isEmpty() const { return width <= 0 || height <= 0; }
    const uchar *row(int y) const { return pixels.data() + qsizetype(y) * width; }
    uchar *row(int y) { return pixels.data() + qsizetype(y) * width; }

    // Copies `rect` of a plane with any layout (`pixStride` bytes between samples, e.g. 2 for YUYV).
    static LumaPlane copy(const uchar *data, int bytesPerLine, int pixStride, QRect rect);
};

// The central `fraction` (0..1] of the plane's width and height (`heightFraction` of its height if given).
QRect centralRect(int width, int height, double fraction, double heightFraction = 0);

// Each output pixel is the mean of a `factor` x `factor` block (the noise averages out).
LumaPlane downscale(const LumaPlane &in, int factor);
// Bilinear, `factor` times larger (modules too small for ZXing's sampling).
LumaPlane upscale(const LumaPlane &in, int factor);
// Rotated by `degrees` about the centre, bilinear; the output keeps the input's size, corners that
// come from outside are filled with the plane's median grey.
LumaPlane rotate(const LumaPlane &in, double degrees);
// Rows become columns: a vertical 1D symbol becomes horizontal (what ZXing's try-rotate does inside).
LumaPlane transpose(const LumaPlane &in);
// 255 - value: light bars on a dark ground.
void invert(LumaPlane &plane);
// Maps the `clip` quantile .. 1 - `clip` quantile of the histogram onto 0..255 (low contrast, glare).
void stretchContrast(LumaPlane &plane, double clip);
// Unsharp mask: value + amount * (value - 3x3 box mean) (soft edges of a blurred photo).
void sharpen(LumaPlane &plane, double amount);
// A 3x3 box mean (sensor noise).
void smooth(LumaPlane &plane);
// Each pixel relative to its neighbourhood (`radius` px): 128 + gain * (value - local mean), the gain
// making the local mean deviation ~40 grey levels. Undoes glare, shading and low contrast for the 1D
// readers, which threshold a whole row at once.
void normalizeLocally(LumaPlane &plane, int radius);

} // namespace stockhand::scanner
