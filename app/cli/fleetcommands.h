// stockhand-cli fleet: the console's Fleet page from the command line (docs/cli.md), under the signed-in
// supervisor's session on this device (stockhand-cli sign-in). Prints JSON; 0 ok, 1 refused, 2 usage.
#pragma once

#include "clicommands.h"

namespace stockhand::cli {

// fleet list | fleet revoke --device ID | fleet enrolment-code [--warehouse N] [--name NAME] [--qr-png FILE]
// (each with --user LOGIN|BADGE: whose session signs the request).
int fleetCommand(Context &c, const QStringList &args);
// odoo retry --exception ID|--key KEY --user LOGIN: an export Odoo refused goes back to pending
// (POST /v1/odoo/retry, docs/odoo.md "Retry").
int odooRetryCommand(Context &c, const QStringList &args);

} // namespace stockhand::cli
