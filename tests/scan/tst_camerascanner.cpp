// The camera source: frames that reach the capture session's video sink come out as scans, from our own
// sink or from a preview's (QML VideoOutput); without a camera, start() says so instead of failing quietly.
#include "barcodeimages.h"
#include "camerascanner.h"

#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

class TestCameraScanner : public QObject
{
    Q_OBJECT

    static QVideoFrame frameWith(const std::wstring &code)
    {
        const QImage grey
            = scantest::placeOnFrame(scantest::renderSymbol(ZXing::BarcodeFormat::Code128, code, 400, 120), 0, 0, 1);
        QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
        if (!frame.map(QVideoFrame::WriteOnly))
            qFatal("cannot map a new video frame");
        for (int y = 0; y < grey.height(); ++y)
            memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
        memset(frame.bits(1), 128, size_t(frame.bytesPerLine(1)) * size_t(grey.height() / 2));
        frame.unmap();
        return frame;
    }

private Q_SLOTS:
    void framesInTheSinkBecomeScans()
    {
        ManualClock clock;
        CameraScanner camera({Symbology::Code128}, clock);
        QSignalSpy scanned(&camera, &CameraScanner::scanned);
        camera.videoSink()->setVideoFrame(frameWith(L"WH1-A01-02-3-04"));
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.first().first().toString(), u"]C0WH1-A01-02-3-04"_s);
    }

    void aPreviewSinkFeedsTheScannerInstead()
    {
        ManualClock clock;
        CameraScanner camera({Symbology::Code128}, clock);
        QVideoSink *own = camera.videoSink();
        QVideoSink preview;
        camera.setVideoSink(&preview);
        QCOMPARE(camera.videoSink(), &preview);
        QSignalSpy scanned(&camera, &CameraScanner::scanned);
        own->setVideoFrame(frameWith(L"OLD-SINK"));
        preview.setVideoFrame(frameWith(L"WH1-RECV"));
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.first().first().toString(), u"]C0WH1-RECV"_s);
        QVERIFY(!scanned.wait(300)); // nothing from the sink it left
    }

    void withoutACameraStartSaysSo()
    {
        ManualClock clock;
        CameraScanner camera({Symbology::Code128}, clock);
        QCOMPARE(camera.available(), !QMediaDevices::videoInputs().isEmpty());
        if (!camera.available()) { // the CI machine has no camera
            QSignalSpy error(&camera, &CameraScanner::errorChanged);
            camera.start();
            QCOMPARE(error.count(), 1);
            QVERIFY(camera.error().contains(u"No camera"_s));
            QVERIFY(!camera.active());
        }
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
