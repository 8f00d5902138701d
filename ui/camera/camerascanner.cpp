#include "camerascanner.h"

#include "videoframe.h"

#include <QMediaDevices>

namespace stockhand::scanner {

CameraScanner::CameraScanner(DecoderSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_frames(std::move(settings), clock)
{
    connect(&m_frames, &FrameScanner::decoded, this, [this](const Decoded &d) { Q_EMIT scanned(d.scan()); });
    connect(&m_frames, &FrameScanner::decodeFailed, this, &CameraScanner::setError);
    setVideoSink(&m_ownSink);
}

CameraScanner::~CameraScanner()
{
    disconnect(m_frameConnection);
    stop();
}

bool CameraScanner::available() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraScanner::setVideoSink(QVideoSink *sink)
{
    if (!sink)
        sink = &m_ownSink;
    if (sink == m_sink)
        return;
    disconnect(m_frameConnection);
    m_sink = sink;
    m_session.setVideoSink(sink);
    // Frames are handed over on the sink's thread; FrameScanner keeps only the newest while it decodes.
    m_frameConnection = connect(
        sink, &QVideoSink::videoFrameChanged, this,
        [this](const QVideoFrame &frame) { m_frames.submit(videoFrameReader(frame)); }, Qt::DirectConnection);
    Q_EMIT videoSinkChanged();
}

void CameraScanner::start()
{
    if (active())
        return;
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        setError(tr("No camera found: scan with the hardware scanner or type the code."));
        return;
    }
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::activeChanged, this, &CameraScanner::activeChanged);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &text) { setError(tr("Camera: %1").arg(text)); });
    m_session.setCamera(m_camera.get());
    setError(QString());
    m_camera->start();
}

void CameraScanner::setTorch(bool on)
{
    if (!torchAvailable() || on == torch())
        return;
    m_camera->setTorchMode(on ? QCamera::TorchOn : QCamera::TorchOff);
    Q_EMIT torchChanged();
}

void CameraScanner::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
    Q_EMIT activeChanged();
}

void CameraScanner::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace stockhand::scanner
