// What main.cpp, the self-test and the QML tests share: engine set-up and loading every QML file.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QQmlEngine;

namespace stockhand::ui {

class HandheldApp;

// The module lives at qrc:/Stockhand/Handheld (Qt 6.4 has no loadFromModule yet).
QUrl qmlFileUrl(const QString &fileName);
inline QUrl mainQmlUrl()
{
    return qmlFileUrl(QStringLiteral("Main.qml"));
}
// The desktop profile's window (the supervisor console).
inline QUrl consoleQmlUrl()
{
    return qmlFileUrl(QStringLiteral("ConsoleMain.qml"));
}
void setUpEngine(QQmlEngine &engine, HandheldApp &app);

// Compiles and instantiates every QML file of the module; returns the errors and warnings (empty = ok).
QStringList selfTestQml(HandheldApp &app);

} // namespace stockhand::ui
