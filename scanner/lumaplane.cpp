#include "lumaplane.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stockhand::scanner {

namespace {

uchar clampByte(int v)
{
    return uchar(std::clamp(v, 0, 255));
}

// The mean of each (2r+1) x (2r+1) window clipped to the plane: a running sum along each row, then one
// down the columns, and one float multiply per pixel.
std::vector<uchar> boxMean(const uchar *src, int w, int h, int r)
{
    std::vector<quint32> hsum(size_t(w) * size_t(h));
    std::vector<float> hcount(static_cast<size_t>(w));
    for (int x = 0; x < w; ++x)
        hcount[size_t(x)] = float(std::min(w, x + r + 1) - std::max(0, x - r));
    for (int y = 0; y < h; ++y) {
        const uchar *row = src + qsizetype(y) * w;
        quint32 *dst = hsum.data() + qsizetype(y) * w;
        quint32 acc = 0;
        for (int x = 0; x < std::min(r, w); ++x)
            acc += row[x];
        for (int x = 0; x < w; ++x) {
            if (x + r < w)
                acc += row[x + r];
            dst[x] = acc;
            if (x - r >= 0)
                acc -= row[x - r];
        }
    }
    std::vector<uchar> out(size_t(w) * size_t(h));
    std::vector<quint32> acc(size_t(w), 0);
    std::vector<float> inv(static_cast<size_t>(w));
    for (int y = 0; y < std::min(r, h); ++y) {
        const quint32 *row = hsum.data() + qsizetype(y) * w;
        for (int x = 0; x < w; ++x)
            acc[size_t(x)] += row[x];
    }
    for (int y = 0; y < h; ++y) {
        if (y + r < h) {
            const quint32 *add = hsum.data() + qsizetype(y + r) * w;
            for (int x = 0; x < w; ++x)
                acc[size_t(x)] += add[x];
        }
        const float vcount = float(std::min(h, y + r + 1) - std::max(0, y - r));
        for (int x = 0; x < w; ++x)
            inv[size_t(x)] = 1.0f / (vcount * hcount[size_t(x)]);
        uchar *dst = out.data() + qsizetype(y) * w;
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(float(acc[size_t(x)]) * inv[size_t(x)] + 0.5f);
        if (y - r >= 0) {
            const quint32 *sub = hsum.data() + qsizetype(y - r) * w;
            for (int x = 0; x < w; ++x)
                acc[size_t(x)] -= sub[x];
        }
    }
    return out;
}

uchar medianOf(const LumaPlane &p)
{
    std::array<qsizetype, 256> hist {};
    for (uchar v : p.pixels)
        ++hist[v];
    qsizetype seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += hist[size_t(v)];
        if (seen * 2 >= qsizetype(p.pixels.size()))
            return uchar(v);
    }
    return 128;
}

} // namespace

LumaPlane LumaPlane::copy(const uchar *data, int bytesPerLine, int pixStride, QRect rect)
{
    LumaPlane p;
    p.width = rect.width();
    p.height = rect.height();
    p.pixels.resize(size_t(p.width) * size_t(p.height));
    for (int y = 0; y < p.height; ++y) {
        const uchar *src = data + qsizetype(rect.y() + y) * bytesPerLine + qsizetype(rect.x()) * pixStride;
        uchar *dst = p.row(y);
        if (pixStride == 1) {
            std::copy(src, src + p.width, dst);
        } else {
            for (int x = 0; x < p.width; ++x)
                dst[x] = src[qsizetype(x) * pixStride];
        }
    }
    return p;
}

QRect centralRect(int width, int height, double fraction, double heightFraction)
{
    const int w = std::max(1, int(width * fraction));
    const int h = std::max(1, int(height * (heightFraction > 0 ? heightFraction : fraction)));
    return QRect((width - w) / 2, (height - h) / 2, w, h);
}

LumaPlane downscale(const LumaPlane &in, int factor)
{
    LumaPlane out;
    out.width = in.width / factor;
    out.height = in.height / factor;
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    const int area = factor * factor;
    std::vector<int> acc(static_cast<size_t>(out.width));
    for (int y = 0; y < out.height; ++y) {
        std::fill(acc.begin(), acc.end(), 0);
        for (int dy = 0; dy < factor; ++dy) {
            const uchar *src = in.row(y * factor + dy);
            for (int x = 0; x < out.width; ++x) {
                for (int dx = 0; dx < factor; ++dx)
                    acc[size_t(x)] += src[x * factor + dx];
            }
        }
        uchar *dst = out.row(y);
        for (int x = 0; x < out.width; ++x)
            dst[x] = uchar((acc[size_t(x)] + area / 2) / area);
    }
    return out;
}

LumaPlane upscale(const LumaPlane &in, int factor)
{
    LumaPlane out;
    out.width = in.width * factor;
    out.height = in.height * factor;
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    // sample centres aligned; 8 fractional bits; the column positions computed once
    auto position = [factor](int o, int size, int *i0, int *i1, int *a) {
        const int f = std::max(0, ((2 * o + 1) * 256 / factor - 256) / 2);
        *i0 = std::min(f >> 8, size - 1);
        *i1 = std::min(*i0 + 1, size - 1);
        *a = f & 255;
    };
    std::vector<int> x0(size_t(out.width)), x1(size_t(out.width)), ax(size_t(out.width));
    for (int x = 0; x < out.width; ++x)
        position(x, in.width, &x0[size_t(x)], &x1[size_t(x)], &ax[size_t(x)]);
    std::vector<int> blended(static_cast<size_t>(in.width));
    for (int y = 0; y < out.height; ++y) {
        int y0, y1, ay;
        position(y, in.height, &y0, &y1, &ay);
        const uchar *r0 = in.row(y0), *r1 = in.row(y1);
        for (int x = 0; x < in.width; ++x)
            blended[size_t(x)] = r0[x] * (256 - ay) + r1[x] * ay; // the two rows mixed once per input column
        uchar *dst = out.row(y);
        for (int x = 0; x < out.width; ++x) {
            const int a = ax[size_t(x)];
            dst[x] = uchar(
                (blended[size_t(x0[size_t(x)])] * (256 - a) + blended[size_t(x1[size_t(x)])] * a + (1 << 15)) >> 16);
        }
    }
    return out;
}

LumaPlane rotate(const LumaPlane &in, double degrees)
{
    LumaPlane out;
    out.width = in.width;
    out.height = in.height;
    out.pixels.resize(in.pixels.size());
    const uchar fill = medianOf(in);
    const double rad = degrees * M_PI / 180.0;
    // output -> input: rotate back by -degrees about the centre; 16.16 fixed point steps along a row
    const int c = int(std::lround(std::cos(rad) * 65536)), s = int(std::lround(std::sin(rad) * 65536));
    const double cx = in.width / 2.0, cy = in.height / 2.0;
    for (int y = 0; y < out.height; ++y) {
        const double dy = y + 0.5 - cy;
        // input position of output pixel (0, y), 16.16
        qint64 ix = qint64(std::lround((cx + (0.5 - cx) * std::cos(rad) + dy * std::sin(rad) - 0.5) * 65536));
        qint64 iy = qint64(std::lround((cy - (0.5 - cx) * std::sin(rad) + dy * std::cos(rad) - 0.5) * 65536));
        uchar *dst = out.row(y);
        for (int x = 0; x < out.width; ++x, ix += c, iy -= s) {
            const int x0 = int(ix >> 16), y0 = int(iy >> 16);
            if (x0 < 0 || y0 < 0 || x0 >= in.width || y0 >= in.height) {
                dst[x] = fill;
                continue;
            }
            const int ax = int((ix >> 8) & 255), ay = int((iy >> 8) & 255);
            const int nextX = x0 + 1 < in.width ? 1 : 0, nextY = y0 + 1 < in.height ? in.width : 0; // last row, column
            const uchar *r0 = in.row(y0) + x0, *r1 = r0 + nextY;
            const int top = r0[0] * (256 - ax) + r0[nextX] * ax, bottom = r1[0] * (256 - ax) + r1[nextX] * ax;
            dst[x] = uchar((top * (256 - ay) + bottom * ay + (1 << 15)) >> 16);
        }
    }
    return out;
}

LumaPlane transpose(const LumaPlane &in)
{
    LumaPlane out;
    out.width = in.height;
    out.height = in.width;
    out.pixels.resize(in.pixels.size());
    constexpr int kBlock = 16; // a block of rows and columns stays in the cache
    for (int by = 0; by < in.height; by += kBlock) {
        for (int bx = 0; bx < in.width; bx += kBlock) {
            for (int y = by; y < std::min(by + kBlock, in.height); ++y) {
                const uchar *src = in.row(y);
                for (int x = bx; x < std::min(bx + kBlock, in.width); ++x)
                    out.pixels[size_t(x) * size_t(out.width) + size_t(y)] = src[x];
            }
        }
    }
    return out;
}

void invert(LumaPlane &plane)
{
    for (uchar &v : plane.pixels)
        v = uchar(255 - v);
}

void stretchContrast(LumaPlane &plane, double clip)
{
    std::array<qsizetype, 256> hist {};
    for (uchar v : plane.pixels)
        ++hist[v];
    const auto n = qsizetype(plane.pixels.size());
    const auto cut = qsizetype(double(n) * clip);
    int lo = 0, hi = 255;
    for (qsizetype seen = 0; lo < 255 && seen + hist[size_t(lo)] <= cut; ++lo)
        seen += hist[size_t(lo)];
    for (qsizetype seen = 0; hi > 0 && seen + hist[size_t(hi)] <= cut; --hi)
        seen += hist[size_t(hi)];
    if (hi <= lo)
        return;
    std::array<uchar, 256> map {};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = clampByte((v - lo) * 255 / (hi - lo));
    for (uchar &v : plane.pixels)
        v = map[v];
}

void sharpen(LumaPlane &plane, double amount)
{
    // value + amount * (value - mean of its four neighbours): one pass, rows of the copy read in place
    const int w = plane.width, h = plane.height;
    if (w < 3 || h < 3)
        return;
    const std::vector<uchar> in = plane.pixels;
    const int k = int(std::lround(amount * 64)); // amount in 1/64, the neighbour sum in quarters
    for (int y = 1; y < h - 1; ++y) {
        const uchar *up = in.data() + qsizetype(y - 1) * w, *mid = up + w, *down = mid + w;
        uchar *dst = plane.row(y);
        for (int x = 1; x < w - 1; ++x) {
            const int v = mid[x];
            const int lap = 4 * v - up[x] - down[x] - mid[x - 1] - mid[x + 1];
            dst[x] = clampByte(v + ((k * lap) >> 8));
        }
    }
}

void smooth(LumaPlane &plane)
{
    plane.pixels = boxMean(plane.pixels.data(), plane.width, plane.height, 1);
}

void normalizeLocally(LumaPlane &plane, int radius)
{
    // Mean and mean deviation per block of `block` x `block` pixels, then averaged over the neighbouring
    // blocks (radius / block of them each side): the statistics of a (2 radius)-wide window at a
    // 1/block^2 of the cost; each pixel uses its block's values.
    const int block = 8;
    const int w = plane.width, h = plane.height;
    const int bw = (w + block - 1) / block, bh = (h + block - 1) / block;
    std::vector<int> sum(size_t(bw) * size_t(bh)), count(size_t(bw) * size_t(bh));
    for (int y = 0; y < h; ++y) {
        const uchar *row = plane.row(y);
        int *bs = sum.data() + qsizetype(y / block) * bw, *bc = count.data() + qsizetype(y / block) * bw;
        for (int x = 0; x < w; ++x) {
            bs[x / block] += row[x];
            ++bc[x / block];
        }
    }
    std::vector<uchar> blockMean(sum.size());
    for (size_t i = 0; i < sum.size(); ++i)
        blockMean[i] = uchar(sum[i] / std::max(1, count[i]));
    const int br = std::max(1, radius / block);
    const std::vector<uchar> mean = boxMean(blockMean.data(), bw, bh, br);
    std::fill(sum.begin(), sum.end(), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *row = plane.row(y);
        const uchar *m = mean.data() + qsizetype(y / block) * bw;
        int *bs = sum.data() + qsizetype(y / block) * bw;
        for (int x = 0; x < w; ++x)
            bs[x / block] += std::abs(int(row[x]) - int(m[x / block]));
    }
    for (size_t i = 0; i < sum.size(); ++i)
        blockMean[i] = uchar(std::min(255, sum[i] / std::max(1, count[i])));
    const std::vector<uchar> spread = boxMean(blockMean.data(), bw, bh, br);
    // gain 40 / mean deviation, at most 4: flat, noisy ground stays flat instead of becoming texture
    std::array<int, 256> gain {};
    for (int d = 0; d < 256; ++d)
        gain[size_t(d)] = 40 * 256 / std::max(10, d);
    for (int y = 0; y < h; ++y) {
        uchar *row = plane.row(y);
        const uchar *m = mean.data() + qsizetype(y / block) * bw;
        const uchar *sp = spread.data() + qsizetype(y / block) * bw;
        for (int x = 0; x < w; ++x) {
            const int diff = int(row[x]) - int(m[x / block]);
            row[x] = clampByte(128 + ((diff * gain[sp[x / block]]) >> 8));
        }
    }
}

} // namespace stockhand::scanner
