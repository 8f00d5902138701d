// What a device holds, for the server tests that pull: table -> key -> row, applied from NDJSON pages of
// /v1/snapshot and /v1/changes the way a client applies them (docs/sync-protocol.md).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace stockhand::server::test {

struct Replica
{
    QMap<QString, QMap<QString, QJsonArray>> tables;
    qint64 cursor = 0;
    QString epoch; // of the first snapshot page applied
    QList<qint64> seen; // the cursor after each page (a cursor never goes back)

    // Applies one NDJSON page; returns its "end" line.
    QJsonObject apply(const QByteArray &page)
    {
        QString table;
        QJsonObject end;
        for (const QByteArray &line : page.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isArray()) {
                const QJsonArray row = doc.array();
                tables[table].insert(keyText(row.first()), row);
                continue;
            }
            const QJsonObject o = doc.object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("table")) {
                table = o.value(QStringLiteral("table")).toString();
            } else if (type == QLatin1String("delete")) {
                tables[o.value(QStringLiteral("table")).toString()].remove(keyText(o.value(QStringLiteral("key"))));
            } else if (type == QLatin1String("snapshot")) {
                if (epoch.isEmpty()) {
                    epoch = o.value(QStringLiteral("epoch")).toString();
                    cursor = o.value(QStringLiteral("cursor")).toInteger();
                }
            } else if (type == QLatin1String("end")) {
                end = o;
                if (o.contains(QStringLiteral("cursor")))
                    cursor = o.value(QStringLiteral("cursor")).toInteger();
            }
        }
        seen.append(cursor);
        return end;
    }

    static QString keyText(const QJsonValue &k) { return k.isString() ? k.toString() : QString::number(k.toInteger()); }
};

} // namespace stockhand::server::test
