// Child process for tst_scan_imagedecode: ReadBarcodes with DEFAULT hints on a plain Code 128 frame.
// On Debian's ZXing-cpp 1.4 this aborts (assertion lineCount() == 1); our pipeline never calls it so.
#define ZX_USE_UTF8
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <cstdio>
#include <vector>

int main()
{
    const int w = 1280, h = 720;
    const auto bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                          .setMargin(10)
                          .encode(std::string("HELLO123"), 400, 150);
    std::vector<unsigned char> img(size_t(w * h), 255);
    for (int y = 0; y < bits.height(); ++y) {
        for (int x = 0; x < bits.width(); ++x)
            img[size_t((y + 200) * w + x + 300)] = bits.get(x, y) ? 0 : 255;
    }
    const auto results = ZXing::ReadBarcodes(ZXing::ImageView(img.data(), w, h, ZXing::ImageFormat::Lum));
    std::printf("%zu\n", results.size());
    return 0;
}
