#include "framescanner.h"

#include <QMutexLocker>

namespace stockhand::scanner {

// Lives on the worker thread; pulls frames until none is waiting.
class FrameWorker : public QObject
{
    Q_OBJECT

public:
    FrameWorker(FrameScanner *owner, DecoderSettings settings)
        : m_owner(owner)
        , m_decoder(forFrames(settings))
    { }

    // Camera frames: one pass per frame, in turn (docs/scanning.md, "Camera decoding").
    static DecoderSettings forFrames(DecoderSettings s)
    {
        s.effort = DecodeEffort::Frame;
        return s;
    }

    void process()
    {
        FrameScanner::Frame frame;
        while (m_owner->takePending(&frame)) {
            std::function<void()> hook;
            {
                QMutexLocker lock(&m_owner->m_mutex);
                hook = m_owner->m_hook;
            }
            if (hook)
                hook();
            const auto *read = std::get_if<FrameReader>(&frame);
            auto r = read ? (*read)(m_decoder) : m_decoder.decode(std::get<QImage>(frame));
            const std::optional<Decoded> value = r ? r.value() : std::nullopt;
            const QString error = r ? QString() : r.error().message;
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, value, error] { owner->onResult(value, error); }, Qt::QueuedConnection);
        }
    }

private:
    FrameScanner *m_owner;
    BarcodeDecoder m_decoder;
};

FrameScanner::FrameScanner(DecoderSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<Decoded>();
    m_worker = new FrameWorker(this, settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("stockhand-frame-decoder"));
    m_thread.start();
}

FrameScanner::~FrameScanner()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = std::monostate();
    }
    m_thread.quit();
    m_thread.wait();
}

void FrameScanner::submit(const QImage &image)
{
    enqueue(image);
}

void FrameScanner::submit(FrameReader read)
{
    Q_ASSERT(read);
    enqueue(std::move(read));
}

void FrameScanner::enqueue(Frame frame)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.submitted;
    if (!std::holds_alternative<std::monostate>(m_pending))
        ++m_stats.dropped; // the worker is busy and a newer frame is here: the waiting one is stale
    m_pending = std::move(frame);
    if (m_busy)
        return;
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, &FrameWorker::process, Qt::QueuedConnection);
}

bool FrameScanner::takePending(Frame *out)
{
    QMutexLocker lock(&m_mutex);
    if (std::holds_alternative<std::monostate>(m_pending)) {
        m_busy = false;
        return false;
    }
    *out = std::exchange(m_pending, std::monostate());
    ++m_stats.decodedFrames;
    return true;
}

FrameScanner::Stats FrameScanner::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void FrameScanner::setBeforeDecodeHook(std::function<void()> hook)
{
    QMutexLocker lock(&m_mutex);
    m_hook = std::move(hook);
}

void FrameScanner::onResult(const std::optional<Decoded> &result, const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT decodeFailed(error);
    if (result) {
        const qint64 now = m_clock.monotonicMs();
        if (m_last && *m_last == *result && now - m_lastAt < m_repeatMs) {
            m_lastAt = now; // still in view: it must leave the picture for a while to count again
            QMutexLocker lock(&m_mutex);
            ++m_stats.duplicates;
        } else {
            m_last = result;
            m_lastAt = now;
            Q_EMIT decoded(*result);
        }
    }
    Q_EMIT frameDone();
}

} // namespace stockhand::scanner

#include "framescanner.moc"
