// stockhand-cli kpis: the supervisors' KPIs for a date range (GET /v1/kpis), signed under the supervisor's
// session on this device (stockhand-cli sign-in), as JSON or as the console's CSV (docs/cli.md).
#pragma once

#include "clicommands.h"

namespace stockhand::cli {

int kpis(Context &c, const QStringList &args);

} // namespace stockhand::cli
