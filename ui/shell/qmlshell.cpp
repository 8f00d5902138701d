#include "qmlshell.h"

#include "handheldapp.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QScopedPointer>

namespace stockhand::ui {

QUrl qmlFileUrl(const QString &fileName)
{
    return QUrl(QStringLiteral("qrc:/Stockhand/Handheld/qml/") + fileName);
}

void setUpEngine(QQmlEngine &engine, HandheldApp &app)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    app.attach(engine);
}

QStringList selfTestQml(HandheldApp &app)
{
    QStringList problems;
    QQmlEngine engine;
    setUpEngine(engine, app);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            problems.append(w.toString());
    });
    const QStringList files = app.qmlFiles();
    if (files.isEmpty())
        problems.append(QStringLiteral("no QML files listed"));
    for (const QString &file : files) {
        QQmlComponent component(&engine, qmlFileUrl(file));
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                problems.append(e.toString());
            continue;
        }
        if (file == u"Theme.qml")
            continue; // a singleton: created through its first use
        // Delegates declare required properties: give them a row.
        QVariantMap initial;
        if (file == u"LineDelegate.qml") {
            initial = {{QStringLiteral("sku"), QStringLiteral("SKU-1")},
                {QStringLiteral("productName"), QStringLiteral("Bolt")},
                {QStringLiteral("location"), QStringLiteral("A01")}, {QStringLiteral("expected"), QStringLiteral("2")},
                {QStringLiteral("done"), QStringLiteral("1")}, {QStringLiteral("status"), QStringLiteral("open")},
                {QStringLiteral("current"), true}, {QStringLiteral("pending"), QString()}};
        }
        QScopedPointer<QObject> object(component.createWithInitialProperties(initial));
        if (!object) {
            for (const QQmlError &e : component.errors())
                problems.append(e.toString());
            problems.append(file + QStringLiteral(": could not be created"));
        }
    }
    return problems;
}

} // namespace stockhand::ui
