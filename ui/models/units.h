// Units of measure as a worker reads them, in the language on screen ("pc" -> "Stk"). The store keeps the
// server's codes (pc, kg, case, ...); screens show unitName(code). An unknown code is shown as it is.
#pragma once

#include <QString>

namespace stockhand::ui {

QString unitName(const QString &uom);

} // namespace stockhand::ui
