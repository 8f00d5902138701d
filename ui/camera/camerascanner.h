// The camera as a scan source: QCamera -> QMediaCaptureSession -> a QVideoSink (the QML VideoOutput's
// when there is a preview, else our own); every frame goes to FrameScanner's worker, and each decoded
// symbol leaves as a scan, exactly like a hardware scanner's (with its symbology identifier).
#pragma once

#include "framescanner.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QPointer>
#include <QVideoSink>

#include <memory>

namespace stockhand::scanner {

class CameraScanner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // The camera's light, where the running camera has one (the camera page's torch button).
    Q_PROPERTY(bool torchAvailable READ torchAvailable NOTIFY activeChanged)
    Q_PROPERTY(bool torch READ torch WRITE setTorch NOTIFY torchChanged)

public:
    CameraScanner(DecoderSettings settings, const Clock &clock, QObject *parent = nullptr);
    ~CameraScanner() override;

    bool available() const; // a camera is attached
    bool active() const { return m_camera && m_camera->isActive(); }
    QString error() const { return m_error; }

    // Where frames arrive: the preview's sink (QML: VideoOutput.videoSink) or our own.
    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);

    bool torchAvailable() const { return m_camera && m_camera->isTorchModeSupported(QCamera::TorchOn); }
    bool torch() const { return m_camera && m_camera->torchMode() == QCamera::TorchOn; }
    void setTorch(bool on);

    Q_INVOKABLE void start(); // the default camera; error() says why when there is none
    Q_INVOKABLE void stop();

    FrameScanner &frames() { return m_frames; }

Q_SIGNALS:
    void scanned(const QString &data);
    void activeChanged();
    void errorChanged();
    void videoSinkChanged();
    void torchChanged();

private:
    void setError(const QString &error);

    FrameScanner m_frames;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    QString m_error;
};

} // namespace stockhand::scanner
