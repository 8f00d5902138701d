// A reason code's label in each language: the English `label` column and the others as a JSON object in
// `labels` ({"de": "Beschädigt"}), replicated with the reason (device schema v5, server schema v6).
#pragma once

#include <QMap>
#include <QString>

namespace stockhand {

// The `labels` column's text for a map of language -> label ("{}" when empty; keys sorted).
QString reasonLabelsJson(const QMap<QString, QString> &labels);

// The map back from the column's text; damaged or non-object text gives an empty map (the English label
// is then shown, never an error on the floor).
QMap<QString, QString> parseReasonLabels(const QString &json);

// The label to show in `language` ("de", "de_DE", "en"): the entry for the language, else for its base
// language, else `english`.
QString reasonLabelFor(const QString &english, const QMap<QString, QString> &labels, const QString &language);

} // namespace stockhand
