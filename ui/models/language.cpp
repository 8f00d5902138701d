#include "language.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace stockhand::ui {

Language::Language(QObject *parent)
    : QObject(parent)
{
    // English has a translation too: the plural forms of "%n line(s)".
    if (m_translator.load(QStringLiteral(":/i18n/stockhand_en.qm")))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

Language::~Language()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

bool Language::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_language)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (!m_translator.load(QStringLiteral(":/i18n/stockhand_") + code + QStringLiteral(".qm")))
        return false;
    m_installed = QCoreApplication::installTranslator(&m_translator);
    m_language = code;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

} // namespace stockhand::ui
