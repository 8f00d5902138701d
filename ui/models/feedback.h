// Acknowledges every scan and action: a sound (ok / warning / error), a colour and a plain message that
// the screens show. A refusal also asks the platform to vibrate (setVibrator: a hook the Android build
// fills through JNI; a desktop has none, and only the request is counted).
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <functional>
#include <memory>

class QSoundEffect;

namespace stockhand::ui {

class Feedback : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(Level level READ level NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(int serial READ serial NOTIFY changed) // increases on every signal: QML flashes on change
    Q_PROPERTY(bool soundEnabled READ soundEnabled WRITE setSoundEnabled NOTIFY soundEnabledChanged)

public:
    enum Level { None, Ok, Warning, Error };
    Q_ENUM(Level)

    explicit Feedback(QObject *parent = nullptr);
    ~Feedback() override;

    void signal(Level level, const QString &message);
    Q_INVOKABLE void clear();

    Level level() const { return m_level; }
    QString message() const { return m_message; }
    int serial() const { return m_serial; }
    bool soundEnabled() const { return m_soundEnabled; }
    void setSoundEnabled(bool on);
    // Loads the sounds now, so that the first scan is heard without delay.
    void preload();
    // How many sounds were started per level (tests assert that a refusal was heard).
    int soundsPlayed(Level level) const { return m_played[size_t(level)]; }
    // The platform's vibrator (milliseconds); without one a vibration is only counted.
    void setVibrator(std::function<void(int)> vibrator) { m_vibrator = std::move(vibrator); }
    int vibrationsRequested() const { return m_vibrations; }
    static constexpr int kErrorVibrationMs = 600;

Q_SIGNALS:
    void changed();
    void soundEnabledChanged();

private:
    void play(Level level);
    QSoundEffect *effect(Level level);

    Level m_level = None;
    QString m_message;
    int m_serial = 0;
    bool m_soundEnabled = true;
    std::array<int, 4> m_played {};
    int m_vibrations = 0;
    std::function<void(int)> m_vibrator;
    std::array<QSoundEffect *, 4> m_effects {};
};

} // namespace stockhand::ui
