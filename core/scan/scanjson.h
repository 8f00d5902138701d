// JSON views of interpretations and resolutions (CLI output, logs, the UI's debug overlay).
#pragma once

#include "scan/resolver.h"

#include <QJsonObject>

namespace stockhand::scan {

QJsonObject toJson(const Interpretation &in);
QJsonObject toJson(const Resolution &r);
QJsonObject toJson(const Resolution &r, const ScanContext &ctx); // plus "severity"

} // namespace stockhand::scan
