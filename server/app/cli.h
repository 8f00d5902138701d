// stockhand-server subcommands: init, seed, import, user add, enrol, devices list|revoke, rotate-epoch, serve.
#pragma once

#include <QStringList>

namespace stockhand::server {

int runCli(const QStringList &arguments);

} // namespace stockhand::server
