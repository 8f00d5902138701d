// The camera worker: stale frames are dropped (never queued), results are de-duplicated, decoding happens
// off the caller's thread. (Camera frames: tst_videoframe.)
#include "barcodeimages.h"
#include "framescanner.h"
#include "photoset.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

class TestFrameScanner : public QObject
{
    Q_OBJECT

    static QImage frameWith(const std::wstring &code)
    {
        return scantest::placeOnFrame(scantest::renderSymbol(ZXing::BarcodeFormat::Code128, code, 400, 120), 0, 0, 1);
    }

private Q_SLOTS:
    // A frame the caller cannot hand over as an image (a camera frame) is read by the worker with the
    // scanner's own decoder: here a packed luminance plane, two bytes per sample (as YUYV).
    void framesReadByTheWorker()
    {
        const QImage grey = frameWith(L"WH1-A01-02-3-04");
        QByteArray packed(qsizetype(grey.width()) * 2 * grey.height(), char(128));
        for (int y = 0; y < grey.height(); ++y) {
            for (int x = 0; x < grey.width(); ++x)
                packed[qsizetype(y) * grey.width() * 2 + x * 2] = char(grey.constScanLine(y)[x]);
        }
        auto direct = BarcodeDecoder({Symbology::Code128})
                          .decodeLuminance(reinterpret_cast<const uchar *>(packed.constData()), grey.width(),
                              grey.height(), grey.width() * 2, 2);
        QVERIFY(direct && direct->has_value());
        QCOMPARE((*direct)->scan(), u"]C0WH1-A01-02-3-04"_s);
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        Qt::HANDLE readOn = nullptr;
        scanner.submit([&, w = grey.width(), h = grey.height()](const BarcodeDecoder &decoder) {
            readOn = QThread::currentThreadId();
            return decoder.decodeLuminance(reinterpret_cast<const uchar *>(packed.constData()), w, h, w * 2, 2);
        });
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.front().front().value<Decoded>().text, u"WH1-A01-02-3-04"_s);
        QVERIFY(readOn != nullptr && readOn != QThread::currentThreadId());
    }

    void invalidLuminancePlane()
    {
        const uchar byte = 0;
        auto r = BarcodeDecoder().decodeLuminance(&byte, 4, 1, 6, 2); // 4 samples 2 bytes apart need 7 bytes
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"Invalid luminance plane 4x1 (6 bytes per line)"_s);
    }

    void decodesOnWorkerThread()
    {
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        Qt::HANDLE workerThread = nullptr;
        scanner.setBeforeDecodeHook([&] { workerThread = QThread::currentThreadId(); });
        scanner.submit(frameWith(L"LPN-000777"));
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.front().front().value<Decoded>().scan(), u"]C0LPN-000777"_s);
        QVERIFY(workerThread != nullptr && workerThread != QThread::currentThreadId());
    }

    void staleFramesAreDropped()
    {
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        QSignalSpy done(&scanner, &FrameScanner::frameDone);
        QSemaphore entered, release;
        bool first = true;
        scanner.setBeforeDecodeHook([&] {
            if (std::exchange(first, false)) {
                entered.release();
                release.acquire(); // hold the worker busy on the first frame
            }
        });
        scanner.submit(frameWith(L"FRAME-0"));
        entered.acquire(); // the worker is now inside frame 0
        for (int i = 1; i <= 10; ++i)
            scanner.submit(frameWith(QStringLiteral("FRAME-%1").arg(i).toStdWString()));
        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
        const FrameScanner::Stats s = scanner.stats();
        QCOMPARE(s.submitted, 11);
        QCOMPARE(s.decodedFrames, 2);
        QCOMPARE(s.dropped, 9);
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.at(0).front().value<Decoded>().text, u"FRAME-0"_s);
        QCOMPARE(decoded.at(1).front().value<Decoded>().text, u"FRAME-10"_s); // the newest, not the oldest
    }

    void repeatsAreSuppressedUntilTheCodeLeaves()
    {
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        scanner.setRepeatSuppressionMs(1000);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        QSignalSpy done(&scanner, &FrameScanner::frameDone);
        const QImage a = frameWith(L"SAME-1"), b = frameWith(L"OTHER-2");
        QImage blank(1280, 720, QImage::Format_Grayscale8);
        blank.fill(255);
        auto feed = [&](const QImage &img) {
            const auto before = done.size();
            scanner.submit(img);
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), before + 1, 10000);
        };
        feed(a);
        clock.advanceMs(300);
        feed(a); // still in view: suppressed
        clock.advanceMs(900);
        feed(a); // 900 ms after the last sighting: still the same presentation
        feed(blank);
        clock.advanceMs(1200);
        feed(a); // gone for 1.2 s: a new scan
        feed(b);
        feed(a); // another code came between: a new scan
        QCOMPARE(decoded.size(), 4);
        QCOMPARE(scanner.stats().duplicates, 2);
    }

    // A hard photo (photoset.h) that ZXing's own first pass does not read, held in front of the camera:
    // the worker's frame strategy (one pass per frame, in turn) reads it within one round of its passes.
    void hardPhotoReadOverSuccessiveFrames()
    {
        const auto symbols = scantest::baseSymbols(QStringLiteral(SCAN_TEST_DIR "/data/images"));
        qsizetype index = 0;
        while (symbols[index].name != u"code128")
            ++index;
        const QImage photo
            = scantest::photograph(symbols[index], scantest::hardShot(int(index), scantest::Degradation::Noise, 0));
        auto first = BarcodeDecoder({Symbology::Code128, true, true, false, DecodeEffort::FirstPass}).decode(photo);
        QVERIFY(first && !first->has_value());
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        QSignalSpy done(&scanner, &FrameScanner::frameDone);
        const int round = 2 * (BarcodeDecoder::passCount() - 1);
        for (int f = 0; f < round && decoded.isEmpty(); ++f) {
            scanner.submit(photo);
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), f + 1, 30000);
        }
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded.front().front().value<Decoded>().scan(), symbols[index].scan);
        QVERIFY(done.size() > 1); // not the first frame: a later pass read it
    }

    void undecodableFrameReportsNothing()
    {
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        QSignalSpy failed(&scanner, &FrameScanner::decodeFailed);
        QSignalSpy done(&scanner, &FrameScanner::frameDone);
        scanner.submit(QImage());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(decoded.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().front().toString(), u"The image is empty or could not be read"_s);
    }
};

QTEST_MAIN(TestFrameScanner)
#include "tst_framescanner.moc"
