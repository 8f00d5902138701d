#include "keyboardwedge.h"

#include <QCoreApplication>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace stockhand::scanner {

namespace {

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta
        || key == Qt::Key_AltGr;
}

} // namespace

KeyboardWedgeFilter::KeyboardWedgeFilter(WedgeSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
    m_settings.suffix.replace(u'\n', u'\r'); // Enter arrives as Key_Return whatever the scanner calls it
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeyboardWedgeFilter::flush);
}

QString KeyboardWedgeFilter::keyText(const QKeyEvent *ev)
{
    switch (ev->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return u"\r"_s;
    case Qt::Key_Tab:
        return u"\t"_s;
    default:
        break;
    }
    const QString t = ev->text();
    if (t.size() == 1 && (t[0].isPrint() || t[0].unicode() == 0x1d)) // GS (FNC1) arrives as Ctrl+]
        return t;
    return QString();
}

bool KeyboardWedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Only the window's copy of a key event counts: installed on the application, the filter also sees the
    // same event again when the window hands it to its focused item.
    if (m_replaying || !watched->isWindowType())
        return false;
    if (event->type() == QEvent::KeyPress)
        return onKeyPress(watched, static_cast<QKeyEvent *>(event));
    if (event->type() == QEvent::KeyRelease) {
        const auto *ev = static_cast<QKeyEvent *>(event);
        const qsizetype i = m_swallowRelease.indexOf(ev->key());
        if (i >= 0 && !ev->isAutoRepeat()) {
            m_swallowRelease.removeAt(i);
            return true;
        }
    }
    return false;
}

bool KeyboardWedgeFilter::onKeyPress(QObject *watched, QKeyEvent *ev)
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 gap = now - m_lastKeyAt;
    if (m_state != State::Idle && gap > m_settings.maxInterKeyMs)
        flush(); // the burst went quiet before this key: decide about it first
    m_lastKeyAt = now;
    const QString text = keyText(ev);
    const bool prefixMode = !m_settings.prefix.isEmpty();
    if (text.isEmpty()) {
        if (m_state != State::Idle && isModifierKey(ev->key())) {
            hold(watched, ev, text); // scanners press Shift for capitals
            return true;
        }
        if (m_state != State::Idle)
            replayHeld(); // an arrow or function key: someone is typing
        return false;
    }
    if (m_state == State::Idle && prefixMode && text != m_settings.prefix.left(1))
        return false; // with a prefix configured, only prefixed bursts are scans
    hold(watched, ev, text);
    if (m_state == State::Idle)
        m_state = State::Burst;
    const QString held = heldText();
    if (prefixMode && m_state == State::Burst) {
        if (held == m_settings.prefix)
            m_state = State::Prefixed;
        else if (!m_settings.prefix.startsWith(held))
            replayHeld();
        return true;
    }
    const QString &suffix = m_settings.suffix;
    if (!suffix.isEmpty() && held.endsWith(suffix)) {
        QString data = held.chopped(suffix.size());
        if (m_state == State::Prefixed)
            finishScan(data.mid(m_settings.prefix.size()));
        else if (data.size() >= m_settings.minLength)
            finishScan(data);
        else
            replayHeld(); // a short fast burst + Enter: typing
    }
    return true;
}

void KeyboardWedgeFilter::hold(QObject *watched, QKeyEvent *ev, const QString &text)
{
    m_held.append({ev->key(), ev->modifiers(), text.isEmpty() ? ev->text() : text});
    if (!text.isEmpty() || isModifierKey(ev->key()))
        m_swallowRelease.append(ev->key());
    while (m_swallowRelease.size() > 64)
        m_swallowRelease.removeFirst();
    m_target = watched;
    m_timer.start(int(m_state == State::Prefixed ? m_settings.prefixScanTimeoutMs : m_settings.maxInterKeyMs + 5));
}

QString KeyboardWedgeFilter::heldText() const
{
    QString s;
    for (const HeldKey &k : m_held) {
        if (!isModifierKey(k.key))
            s += k.text;
    }
    return s;
}

void KeyboardWedgeFilter::flush()
{
    if (m_state == State::Idle)
        return;
    const qint64 quiet = m_clock.monotonicMs() - m_lastKeyAt;
    if (m_state == State::Prefixed) {
        const QString data = heldText().mid(m_settings.prefix.size());
        if (m_settings.suffix.isEmpty() && quiet > m_settings.maxInterKeyMs) {
            finishScan(data);
        } else if (quiet > m_settings.prefixScanTimeoutMs) {
            m_held.clear();
            m_state = State::Idle;
            Q_EMIT scanAbandoned(data, u"The scanner stopped before the end of the scan"_s);
        } else {
            m_timer.start(int(m_settings.prefixScanTimeoutMs - quiet + 1));
        }
        return;
    }
    if (quiet <= m_settings.maxInterKeyMs) {
        m_timer.start(int(m_settings.maxInterKeyMs - quiet + 1));
        return;
    }
    const QString held = heldText();
    if (m_settings.prefix.isEmpty() && m_settings.suffix.isEmpty() && held.size() >= m_settings.minLength)
        finishScan(held); // no suffix configured: a fast burst that stops is a scan
    else
        replayHeld();
}

void KeyboardWedgeFilter::replayHeld()
{
    const QList<HeldKey> keys = std::exchange(m_held, {});
    m_state = State::Idle;
    m_timer.stop();
    if (!m_target)
        return;
    m_replaying = true;
    for (const HeldKey &k : keys) {
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(m_target, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(m_target, &release);
    }
    m_replaying = false;
}

void KeyboardWedgeFilter::finishScan(const QString &data)
{
    m_held.clear();
    m_state = State::Idle;
    m_timer.stop();
    Q_EMIT scanned(data);
}

} // namespace stockhand::scanner
