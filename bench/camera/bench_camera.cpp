// bench_camera: what ZXing-cpp alone decodes on the photo set (tests/scan/photoset.h) against our still
// pipeline (every pass) and our camera-frame strategy (one pass per frame, in turn, over N frames), per
// symbology and per degradation, with every read checked against the encoded content (a wrong value is a
// misread, counted apart), and the CPU time per frame of the frame path. docs/benchmarks.md has the figures.
//   bench_camera [--frames N] [--only NAME] [--levels N] [--list]
#include "barcodedecoder.h"
#include "benchutil.h"
#include "photoset.h"

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace stockhand::scanner;

namespace {

enum class Baseline { Decoded, NotFound, Misread, Aborted };

// ZXing alone: ReadBarcode with the library's default hints (all formats, try harder, try rotate,
// downscale, local-average binarizer), one symbol — ReadBarcodes' default of 255 aborts on Debian's 1.4 as
// soon as a 1D symbol is read in two downscale layers. In a child process, because DataBar read from two
// rows still aborts it (docs/scanning.md).
Baseline zxingAlone(const QImage &grey, const QString &expected)
{
    int fds[2];
    if (pipe(fds) != 0)
        qFatal("pipe");
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const ZXing::Result r = ZXing::ReadBarcode(ZXing::ImageView(grey.constBits(), grey.width(), grey.height(),
                                                       ZXing::ImageFormat::Lum, int(grey.bytesPerLine())),
            ZXing::DecodeHints().setMaxNumberOfSymbols(1));
        const std::string out = r.isValid() ? r.symbologyIdentifier() + r.text() : std::string();
        if (write(fds[1], out.data(), out.size()) < 0)
            _exit(2);
        _exit(r.isValid() ? 0 : 1);
    }
    close(fds[1]);
    QByteArray out;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status))
        return Baseline::Aborted;
    if (WEXITSTATUS(status) != 0)
        return Baseline::NotFound;
    return QString::fromUtf8(out) == expected ? Baseline::Decoded : Baseline::Misread;
}

struct Tally
{
    int images = 0;
    int zxing = 0, zxingAborted = 0, zxingMisread = 0;
    int firstPass = 0;
    int still = 0, stillMisread = 0;
    int frames = 0, frameMisread = 0;
    qint64 framesToRead = 0; // over the images the frame strategy read
    QList<double> frameCpuUs, stillCpuUs;
    QMap<QString, QList<double>> passCpuUs; // frame path, per pass

    void add(const Tally &o)
    {
        images += o.images;
        zxing += o.zxing;
        zxingAborted += o.zxingAborted;
        zxingMisread += o.zxingMisread;
        firstPass += o.firstPass;
        still += o.still;
        stillMisread += o.stillMisread;
        frames += o.frames;
        frameMisread += o.frameMisread;
        framesToRead += o.framesToRead;
        frameCpuUs += o.frameCpuUs;
        stillCpuUs += o.stillCpuUs;
        for (auto it = o.passCpuUs.cbegin(); it != o.passCpuUs.cend(); ++it)
            passCpuUs[it.key()] += it.value();
    }
};

QString ratio(int ours, int theirs)
{
    return theirs ? QString::number(double(ours) / theirs, 'f', 2) + u'x' : u"-"_s;
}

void printRow(QTextStream &out, const QString &name, const Tally &t)
{
    const auto frame = scanbench::summarize(t.frameCpuUs);
    const auto still = scanbench::summarize(t.stillCpuUs);
    out << "| " << name << " | " << t.images << " | " << t.zxing << " | " << t.zxingAborted << " | " << t.firstPass
        << " | " << t.still << " | " << ratio(t.still, t.zxing) << " | " << t.frames << " | "
        << ratio(t.frames, t.zxing) << " | "
        << (t.frames ? QString::number(double(t.framesToRead) / t.frames, 'f', 1) : u"-"_s) << " | " << t.zxingMisread
        << " / " << t.stillMisread << " / " << t.frameMisread << " | " << QString::number(frame.p50 / 1000, 'f', 2)
        << " | " << QString::number(frame.p99 / 1000, 'f', 2) << " | " << QString::number(still.p50 / 1000, 'f', 1)
        << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int frames = 2 * (BarcodeDecoder::passCount() - 1); // every further pass once, the first pass between
    int levels = scantest::kLevels;
    QString only;
    bool list = false; // one line per image
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--frames")
            frames = args[++i].toInt();
        else if (args[i] == u"--only")
            only = args[++i];
        else if (args[i] == u"--levels")
            levels = args[++i].toInt();
    }
    list = args.contains(u"--list"_s);
    QTextStream out(stdout);
    out << "bench_camera: " << frames << " frames per image, " << BarcodeDecoder::passCount() << " passes:";
    for (int p = 0; p < BarcodeDecoder::passCount(); ++p)
        out << (p ? ", " : " ") << BarcodeDecoder::passName(p);
    out << "\n\n";
    const QString header = u"| %1 | images | ZXing alone | ZXing aborted | first pass | ours, still | still / ZXing "
                           u"| ours, frames | frames / ZXing | frames to read | misreads ZXing / still / frames "
                           u"| frame CPU p50 ms | frame CPU p99 ms | still CPU p50 ms |\n"
                           u"|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"_s;
    const auto symbols = scantest::baseSymbols(QStringLiteral(STOCKHAND_SCAN_IMAGES));
    QMap<QString, Tally> perDegradation;
    Tally total;
    out << header.arg(u"symbol"_s);
    for (int si = 0; si < symbols.size(); ++si) {
        const scantest::BaseSymbol &s = symbols[si];
        if (!only.isEmpty() && s.name != only)
            continue;
        const Symbologies format = *parseSymbologies(s.format);
        Tally sym;
        for (const scantest::Degradation d : scantest::allDegradations()) {
            for (int level = 0; level < levels; ++level) {
                const QImage photo = scantest::photograph(s, scantest::hardShot(si, d, level));
                Tally t;
                t.images = 1;
                switch (zxingAlone(photo, s.scan)) {
                case Baseline::Decoded:
                    ++t.zxing;
                    break;
                case Baseline::Misread:
                    ++t.zxingMisread;
                    break;
                case Baseline::Aborted:
                    ++t.zxingAborted;
                    break;
                case Baseline::NotFound:
                    break;
                }
                auto check = [&](const stockhand::Result<std::optional<Decoded>> &r, int *hits, int *misreads) {
                    if (!r)
                        qFatal("decoder error: %s", qPrintable(r.error().message));
                    if (!r->has_value())
                        return false;
                    ((*r)->scan() == s.scan ? *hits : *misreads) += 1;
                    return true;
                };
                int firstMisread = 0;
                const double f0 = scanbench::threadCpuUs();
                check(BarcodeDecoder({format, true, true, false, DecodeEffort::FirstPass}).decode(photo), &t.firstPass,
                    &firstMisread);
                t.passCpuUs[u"zxing, whole first pass (one call per photo)"_s].append(scanbench::threadCpuUs() - f0);
                t.stillMisread += firstMisread;
                const double s0 = scanbench::threadCpuUs();
                check(BarcodeDecoder({format, true, true, false, DecodeEffort::Still}).decode(photo), &t.still,
                    &t.stillMisread);
                t.stillCpuUs.append(scanbench::threadCpuUs() - s0);
                const BarcodeDecoder frameDecoder({format, true, true, false, DecodeEffort::Frame});
                for (int f = 0; f < frames; ++f) {
                    const QString pass = frameDecoder.nextFramePassName();
                    const double c0 = scanbench::threadCpuUs();
                    const auto r = frameDecoder.decodeLuminance(
                        photo.constBits(), photo.width(), photo.height(), int(photo.bytesPerLine()));
                    t.frameCpuUs.append(scanbench::threadCpuUs() - c0);
                    t.passCpuUs[pass].append(t.frameCpuUs.back());
                    if (check(r, &t.frames, &t.frameMisread)) {
                        t.framesToRead += (*r)->scan() == s.scan ? f + 1 : 0;
                        break;
                    }
                }
                if (list) {
                    out << "# " << s.name << ' ' << scantest::degradationName(d) << ' ' << level << " zxing " << t.zxing
                        << " first " << t.firstPass << " still " << t.still << " frames "
                        << (t.frames ? t.framesToRead : 0) << '\n';
                }
                sym.add(t);
                perDegradation[QLatin1String(scantest::degradationName(d))].add(t);
            }
        }
        printRow(out, s.name, sym);
        total.add(sym);
    }
    printRow(out, u"**all**"_s, total);
    out << "\n" << header.arg(u"degradation"_s);
    for (auto it = perDegradation.cbegin(); it != perDegradation.cend(); ++it)
        printRow(out, it.key(), it.value());

    out << "\n| frame pass | frames | CPU p50 ms | CPU p99 ms |\n|---|---|---|---|\n";
    for (auto it = total.passCpuUs.cbegin(); it != total.passCpuUs.cend(); ++it) {
        const auto sum = scanbench::summarize(it.value());
        out << "| " << it.key() << " | " << sum.n << " | " << QString::number(sum.p50 / 1000, 'f', 2) << " | "
            << QString::number(sum.p99 / 1000, 'f', 2) << " |\n";
    }

    // Frames without a barcode (the background alone): the frame path's cost when there is nothing to read.
    out << "\n| empty frame, decoder restricted to | frame CPU p50 ms | frame CPU p99 ms |\n|---|---|---|\n";
    scantest::Shot empty;
    empty.offset = QPointF(5000, 5000); // the label far outside the picture
    const QImage blank = scantest::photograph(symbols.front(), empty);
    for (const QString &name :
        {u"ean13"_s, u"code128"_s, u"itf"_s, u"databar"_s, u"datamatrix"_s, u"qr"_s, u"warehouse"_s}) {
        const BarcodeDecoder decoder({*parseSymbologies(name), true, true, false, DecodeEffort::Frame});
        QList<double> us;
        for (int f = 0; f < 4 * frames; ++f) {
            const double c0 = scanbench::threadCpuUs();
            if (!decoder.decodeLuminance(blank.constBits(), blank.width(), blank.height(), int(blank.bytesPerLine())))
                qFatal("decoder error");
            us.append(scanbench::threadCpuUs() - c0);
        }
        const auto sum = scanbench::summarize(us);
        out << "| " << name << " | " << QString::number(sum.p50 / 1000, 'f', 2) << " | "
            << QString::number(sum.p99 / 1000, 'f', 2) << " |\n";
    }
    return total.stillMisread + total.frameMisread == 0 ? 0 : 1;
}
