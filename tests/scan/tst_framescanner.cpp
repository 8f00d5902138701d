// The camera worker: stale frames are dropped (never queued), results are de-duplicated, decoding happens
// off the caller's thread.
#include "barcodeimages.h"
#include "framescanner.h"

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

    // A camera frame in NV12 or YUYV holding `image`'s luminance (chroma neutral).
    static QVideoFrame videoFrame(const QImage &grey, QVideoFrameFormat::PixelFormat format)
    {
        QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
        if (!frame.map(QVideoFrame::WriteOnly))
            qFatal("cannot map a new video frame");
        for (int y = 0; y < grey.height(); ++y) {
            const uchar *src = grey.constScanLine(y);
            if (format == QVideoFrameFormat::Format_NV12) {
                memcpy(frame.bits(0) + y * frame.bytesPerLine(0), src, size_t(grey.width()));
            } else { // YUYV: Y U Y V
                uchar *dst = frame.bits(0) + y * frame.bytesPerLine(0);
                for (int x = 0; x < grey.width(); ++x) {
                    dst[2 * x] = src[x];
                    dst[2 * x + 1] = 128;
                }
            }
        }
        if (format == QVideoFrameFormat::Format_NV12)
            memset(frame.bits(1), 128, size_t(frame.bytesPerLine(1)) * size_t(grey.height() / 2));
        frame.unmap();
        return frame;
    }

private Q_SLOTS:
    void videoFramesAreReadThroughTheirLuminance_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
    }

    void videoFramesAreReadThroughTheirLuminance()
    {
        QFETCH(int, format);
        const QVideoFrame frame = videoFrame(frameWith(L"WH1-A01-02-3-04"), QVideoFrameFormat::PixelFormat(format));
        auto direct = BarcodeDecoder({Symbology::Code128}).decodeFrame(frame);
        QVERIFY(direct && direct->has_value());
        QCOMPARE((*direct)->scan(), u"]C0WH1-A01-02-3-04"_s);
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        scanner.submit(frame);
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.front().front().value<Decoded>().text, u"WH1-A01-02-3-04"_s);
    }

    void invalidVideoFrame()
    {
        auto r = BarcodeDecoder().decodeFrame(QVideoFrame());
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"Invalid video frame"_s);
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
