// Time is injected, never read from the wall clock inside logic: device clocks are wrong, and tests
// must be able to say so.
#pragma once

#include <QDateTime>

namespace stockhand {

// "2026-11-26T09:14:03.120Z": UTC with milliseconds, the one text form of a time in both stores and on
// the wire; sorts as text.
QString utcTime(const QDateTime &t);

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Monotonic milliseconds (for durations and backoff, unaffected by clock changes).
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    static const SystemClock &instance();
};

// A clock the caller moves by hand (tests, simulations, replay).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_mono; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_mono += ms;
    }
    void setNow(const QDateTime &t) { m_now = t; } // a jump of the wall clock; monotonic time is unaffected

private:
    QDateTime m_now;
    qint64 m_mono = 0;
};

} // namespace stockhand
