// Camera frames (ui/camera): YUV frames are read through their luminance plane, directly and through the
// frame worker, and an invalid frame is an error.
#include "barcodeimages.h"
#include "videoframe.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stockhand;
using namespace stockhand::scanner;

class TestVideoFrame : public QObject
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
        auto direct = decodeVideoFrame(BarcodeDecoder({Symbology::Code128}), frame);
        QVERIFY(direct && direct->has_value());
        QCOMPARE((*direct)->scan(), u"]C0WH1-A01-02-3-04"_s);
        ManualClock clock;
        FrameScanner scanner({Symbology::Code128}, clock);
        QSignalSpy decoded(&scanner, &FrameScanner::decoded);
        scanner.submit(videoFrameReader(frame));
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.front().front().value<Decoded>().text, u"WH1-A01-02-3-04"_s);
    }

    void invalidVideoFrame()
    {
        auto r = decodeVideoFrame(BarcodeDecoder(), QVideoFrame());
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"Invalid video frame"_s);
    }
};

QTEST_MAIN(TestVideoFrame)
#include "tst_videoframe.moc"
