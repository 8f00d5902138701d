#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace stockhand::ui {

namespace {
QString s_current = QStringLiteral("en");
}

QString Language::current()
{
    return s_current;
}

QString Language::rememberedFor(qint64 userId) const
{
    if (m_choicesFile.isEmpty() || !userId)
        return {};
    const QSettings choices(m_choicesFile, QSettings::IniFormat);
    return choices.value(QStringLiteral("users/%1").arg(userId)).toString();
}

void Language::applyFor(qint64 userId)
{
    m_userId = userId;
    if (!userId)
        return;
    const QString mine = rememberedFor(userId);
    if (mine.isEmpty() || !setLanguage(mine))
        remember();
}

void Language::remember()
{
    if (m_choicesFile.isEmpty() || !m_userId || rememberedFor(m_userId) == m_language)
        return;
    QSettings choices(m_choicesFile, QSettings::IniFormat);
    choices.setValue(QStringLiteral("users/%1").arg(m_userId), m_language);
    choices.sync();
    if (choices.status() != QSettings::NoError)
        qWarning("remembering the language failed: %s", qPrintable(m_choicesFile));
}

Language::Language(QObject *parent)
    : QObject(parent)
{
    // English has a translation too: the plural forms of "%n line(s)".
    if (m_translator.load(QStringLiteral(":/i18n/stockhand_en.qm")))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    s_current = m_language;
}

Language::~Language()
{
    s_current = QStringLiteral("en");
    if (m_language != u"en")
        QLocale::setDefault(QLocale::system());
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

bool Language::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_language) {
        remember();
        return true;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (!m_translator.load(QStringLiteral(":/i18n/stockhand_") + code + QStringLiteral(".qm")))
        return false;
    m_installed = QCoreApplication::installTranslator(&m_translator);
    m_language = code;
    s_current = code;
    QLocale::setDefault(QLocale(code == u"de" ? QStringLiteral("de_DE") : QStringLiteral("en_GB")));
    remember();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

} // namespace stockhand::ui
