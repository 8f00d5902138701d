// Keyboard-wedge scanners type their data as key events. This event filter tells a scan from typing
// by the time between keys (and an optional prefix), takes scans out of the key stream so that they never
// land in a focused text field, and gives typed keys back unchanged. Time comes from an injected clock.
// Install it on the top-level window (or on the application: only events addressed to windows are read).
#pragma once

#include "clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QKeyEvent;

namespace stockhand::scanner {

struct WedgeSettings
{
    QString prefix; // sent by the scanner before each scan (empty: timing only)
    QString suffix = QStringLiteral("\r"); // after each scan: Enter ("\r"), Tab ("\t") or empty (timeout)
    qint64 maxInterKeyMs = 30; // keys closer than this may belong to a scan
    int minLength = 3; // shorter fast bursts are typing
    qint64 prefixScanTimeoutMs = 300; // with a prefix: a scan that stalls this long is abandoned
};

class KeyboardWedgeFilter : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardWedgeFilter(WedgeSettings settings, const Clock &clock, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

    // Decides about held keys once the burst is over: typing goes back to its receiver, a complete scan
    // without suffix is emitted. Called by an internal timer; tests call it after moving their clock.
    void flush();

    const WedgeSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void scanned(const QString &data);
    void scanAbandoned(const QString &partial, const QString &reason);

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    enum class State { Idle, Burst, Prefixed };

    bool onKeyPress(QObject *watched, QKeyEvent *ev);
    void hold(QObject *watched, QKeyEvent *ev, const QString &text);
    void replayHeld();
    void finishScan(const QString &data);
    QString heldText() const;
    static QString keyText(const QKeyEvent *ev);

    WedgeSettings m_settings;
    const Clock &m_clock;
    State m_state = State::Idle;
    QList<HeldKey> m_held;
    QList<int> m_swallowRelease; // keys whose press we took: their release is taken too
    QPointer<QObject> m_target;
    qint64 m_lastKeyAt = 0;
    bool m_replaying = false;
    QTimer m_timer;
};

} // namespace stockhand::scanner
