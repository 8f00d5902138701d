// The floor commands of stockhand-cli: pick, short-pick, receive, move, count, validate and the
// supervisor's approve, reject and recount (docs/cli.md). Each signs a user in with badge and PIN
// (offline, against the replica, as the sign-in screen does), checks the role and the entities it names
// as the screen does, and records the operation through its core/ops module — the same payload and the
// same predicted effects as the screen — durably in the outbox. It prints the operation as JSON.
// Exit: 0 recorded, 1 refused (user, role, an entity unknown to this device, a rule of the screen),
// 2 usage (a missing or unknown option, a value that is not an id, a quantity or a date). Nothing is
// recorded unless the exit code is 0.
#pragma once

#include "clicommands.h"

namespace stockhand::cli {

bool isFloorCommand(const QString &command);
// args: the command and its options.
int floorCommand(Context &c, const QStringList &args);
// The usage lines of the floor commands, for stockhand-cli --help.
extern const char *const kFloorUsage;

} // namespace stockhand::cli
