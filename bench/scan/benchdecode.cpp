// Camera-frame decode time at 1280x720 per format: restricted to that format, the warehouse set, and all
// formats; plus a frame without any barcode.
#include "barcodeimages.h"
#include "benchutil.h"

#include "barcodedecoder.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace stockhand::scanner;

namespace scanbench {

namespace {

struct Case
{
    const char *name;
    ZXing::BarcodeFormat zx;
    Symbology ours;
    std::wstring contents;
    QSize size;
};

struct Timing
{
    Summary cpu, wall;
};

// ZXing's own reading (the first pass): what a frame with a readable symbol costs. The further passes and
// the frame strategy are measured by bench_camera.
DecoderSettings firstPass(Symbologies formats)
{
    return {formats, true, true, false, DecodeEffort::FirstPass};
}

Timing time(const BarcodeDecoder &decoder, const QImage &frame, int iterations, bool expectFound, bool *ok)
{
    QList<double> cpu, wall;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuUs();
        const auto r = decoder.decode(frame);
        cpu.append(threadCpuUs() - c0);
        wall.append(double(t.nsecsElapsed()) / 1000.0);
        if (!r || r->has_value() != expectFound)
            *ok = false;
    }
    return {summarize(cpu), summarize(wall)};
}

} // namespace

void runDecodeBench(QTextStream &out, int iterations)
{
    const std::wstring fnc1(1, wchar_t(0xf1));
    const QList<Case> cases = {
        {"EAN-13", ZXing::BarcodeFormat::EAN13, Symbology::Ean13, L"9506000134352", {400, 150}},
        {"UPC-A", ZXing::BarcodeFormat::UPCA, Symbology::UpcA, L"036000291452", {400, 150}},
        {"Code 128", ZXing::BarcodeFormat::Code128, Symbology::Code128, L"WH1-A01-02-3-04", {500, 150}},
        {"GS1-128", ZXing::BarcodeFormat::Code128, Symbology::Code128, fnc1 + L"0109506000134352172703311" + L"0A12",
            {600, 150}},
        {"ITF-14", ZXing::BarcodeFormat::ITF, Symbology::Itf, L"10614141543219", {500, 150}},
        {"QR", ZXing::BarcodeFormat::QRCode, Symbology::QrCode, L"https://id.gs1.org/01/09506000134352", {240, 240}},
        {"Data Matrix", ZXing::BarcodeFormat::DataMatrix, Symbology::DataMatrix, L"WH1-A01-02-3-04", {200, 200}},
    };
    out << "\n## Camera-frame decode, 1280x720 grey, " << iterations
        << " runs each: CPU p50 / CPU p99 (wall p99), ms\n\n| symbol | only its format | warehouse set | all formats "
           "|\n|---|---|---|---|\n";
    auto cell = [](const Timing &t, bool ok) -> QString {
        return fmt(t.cpu.p50 / 1000.0, 2) + u" / "_s + fmt(t.cpu.p99 / 1000.0, 2) + u" ("_s
            + fmt(t.wall.p99 / 1000.0, 2) + u')' + (ok ? QString() : u" MISSED"_s);
    };
    for (const Case &c : cases) {
        const QImage frame = scantest::placeOnFrame(
            scantest::renderSymbol(c.zx, c.contents, c.size.width(), c.size.height()), 0, 20, 5);
        bool ok1 = true, ok2 = true, ok3 = true;
        const Timing only = time(BarcodeDecoder(firstPass(c.ours)), frame, iterations, true, &ok1);
        const Timing house = time(BarcodeDecoder(firstPass(warehouseSymbologies())), frame, iterations, true, &ok2);
        const Timing all = time(BarcodeDecoder(firstPass(allSymbologies())), frame, iterations, true, &ok3);
        out << "| " << c.name << " | " << cell(only, ok1) << " | " << cell(house, ok2) << " | " << cell(all, ok3)
            << " |\n";
        out.flush();
    }
    QImage blank(1280, 720, QImage::Format_Grayscale8);
    blank.fill(200);
    bool ok1 = true, ok2 = true, ok3 = true;
    const Timing a
        = time(BarcodeDecoder(firstPass(Symbology::Ean13 | Symbology::Code128)), blank, iterations, false, &ok1);
    const Timing b = time(BarcodeDecoder(firstPass(warehouseSymbologies())), blank, iterations, false, &ok2);
    const Timing c = time(BarcodeDecoder(firstPass(allSymbologies())), blank, iterations, false, &ok3);
    out << "| no barcode (EAN-13+Code 128 in column 1) | " << cell(a, ok1) << " | " << cell(b, ok2) << " | "
        << cell(c, ok3) << " |\n";
    out.flush();
}

} // namespace scanbench
