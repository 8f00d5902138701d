#include "feedback.h"

#include <QSoundEffect>
#include <QUrl>

namespace stockhand::ui {

Feedback::Feedback(QObject *parent)
    : QObject(parent)
{ }

Feedback::~Feedback() = default;

void Feedback::signal(Level level, const QString &message)
{
    m_level = level;
    m_message = message;
    ++m_serial;
    play(level);
    Q_EMIT changed();
}

void Feedback::clear()
{
    m_level = None;
    m_message.clear();
    Q_EMIT changed();
}

void Feedback::setSoundEnabled(bool on)
{
    if (m_soundEnabled == on)
        return;
    m_soundEnabled = on;
    Q_EMIT soundEnabledChanged();
}

void Feedback::preload()
{
    for (Level level : {Ok, Warning, Error})
        effect(level);
}

void Feedback::play(Level level)
{
    if (level == None)
        return;
    ++m_played[size_t(level)];
    if (level == Error) {
        ++m_vibrations;
        if (m_vibrator)
            m_vibrator(kErrorVibrationMs);
    }
    if (m_soundEnabled)
        effect(level)->play();
}

QSoundEffect *Feedback::effect(Level level)
{
    QSoundEffect *&effect = m_effects[size_t(level)];
    if (!effect) {
        effect = new QSoundEffect(this);
        const char *file = level == Ok ? "qrc:/sounds/ok.wav"
            : level == Warning         ? "qrc:/sounds/warning.wav"
                                       : "qrc:/sounds/error.wav";
        effect->setSource(QUrl(QString::fromLatin1(file)));
        effect->setVolume(1.0f);
    }
    return effect;
}

} // namespace stockhand::ui
