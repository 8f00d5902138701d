// The language of the screens, switchable at runtime (English, German). Translations are compiled
// from ui/i18n/*.ts into the resources under :/i18n.
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

Q_SIGNALS:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_translator;
    bool m_installed = false;
    QQmlEngine *m_engine = nullptr;
};

} // namespace stockhand::ui
