#include "domain/reasonlabels.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand {

QString reasonLabelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!it.key().isEmpty() && !it.value().isEmpty())
            o.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> parseReasonLabels(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QString reasonLabelFor(const QString &english, const QMap<QString, QString> &labels, const QString &language)
{
    if (language.isEmpty())
        return english;
    if (const auto it = labels.constFind(language); it != labels.cend())
        return *it;
    const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (const auto it = labels.constFind(base); it != labels.cend())
        return *it;
    return english;
}

} // namespace stockhand
