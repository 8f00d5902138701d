// Camera frames -> decoded barcodes, on a worker thread (KDE Prison's VideoScanner pattern): the video
// sink's thread hands over the newest frame, frames that arrive while the worker is busy replace the
// waiting one (stale frames are dropped, never queued), and results are de-duplicated before they leave.
// Qt Gui only: a camera frame comes as a FrameReader that maps it on the worker (ui/camera/videoframe.h).
// The worker's decoder reads frames with DecodeEffort::Frame: one pass per frame, the passes in turn.
#pragma once

#include "barcodedecoder.h"
#include "clock.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <variant>

namespace stockhand::scanner {

class FrameWorker;

// A frame that is read on the worker thread by the decoder it is given (a camera frame is mapped there,
// not on the video sink's thread). Must not be empty.
using FrameReader = std::function<Result<std::optional<Decoded>>(const BarcodeDecoder &decoder)>;

class FrameScanner : public QObject
{
    Q_OBJECT

public:
    // `clock` (monotonic time) decides when the same code may be reported again. `settings.effort` is
    // replaced by DecodeEffort::Frame.
    explicit FrameScanner(DecoderSettings settings, const Clock &clock, QObject *parent = nullptr);
    ~FrameScanner() override;

    // The same text and symbology within this many milliseconds is reported once.
    void setRepeatSuppressionMs(qint64 ms) { m_repeatMs = ms; }

    // Thread-safe: call from the video sink's thread (or any thread).
    void submit(const QImage &image);
    void submit(FrameReader read);

    struct Stats
    {
        qint64 submitted = 0;
        qint64 decodedFrames = 0; // frames the worker looked at
        qint64 dropped = 0; // replaced while waiting
        qint64 duplicates = 0; // results suppressed as repeats
    };
    Stats stats() const;

    // Tests: called on the worker thread before each frame is decoded (e.g. to hold the worker busy).
    void setBeforeDecodeHook(std::function<void()> hook);

Q_SIGNALS:
    void decoded(const stockhand::scanner::Decoded &symbol);
    void decodeFailed(const QString &message);
    void frameDone(); // after each frame the worker processed, with or without a result

private:
    friend class FrameWorker;
    using Frame = std::variant<std::monostate, QImage, FrameReader>;
    void enqueue(Frame frame);
    bool takePending(Frame *out); // worker side; false when none is waiting (worker goes idle)
    void onResult(const std::optional<Decoded> &result, const QString &error);

    const Clock &m_clock;
    QThread m_thread;
    FrameWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    Frame m_pending;
    bool m_busy = false;
    Stats m_stats;
    std::function<void()> m_hook;
    qint64 m_repeatMs = 1500;
    std::optional<Decoded> m_last;
    qint64 m_lastAt = 0;
};

} // namespace stockhand::scanner
