// The language of the screens, switchable at runtime (English, German). Translations are compiled
// from ui/i18n/*.ts into the resources under :/i18n. Each user's choice is remembered on the device, in a
// small settings file beside the device store (<store>.languages.ini: a screen preference, not warehouse
// data, so it is neither synced nor in a table), and applied when they sign in. The default QLocale
// follows (dates, times, numbers).
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace stockhand::ui {

class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    QString language() const { return m_language; }
    // "en" or "de"; false for a language without translations.
    Q_INVOKABLE bool setLanguage(const QString &code);
    QStringList available() const { return {QStringLiteral("en"), QStringLiteral("de")}; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // The language on screen now, for C++ that picks a text per language (reason labels).
    static QString current();

    // Where the users' choices are kept: an INI file ("" = not kept).
    void setChoicesFile(const QString &path) { m_choicesFile = path; }
    // A user signed in: their remembered language, or (none yet) the one on screen is remembered for them.
    void applyFor(qint64 userId);
    // The language the device remembers for a user ("" when none).
    QString rememberedFor(qint64 userId) const;

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_translator;
    bool m_installed = false;
    QQmlEngine *m_engine = nullptr;
    QString m_choicesFile;
    qint64 m_userId = 0; // whose choice a switch changes (0 = nobody signed in)
    void remember();
};

} // namespace stockhand::ui
