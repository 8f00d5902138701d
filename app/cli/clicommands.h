// The commands of stockhand-cli that work on the device store and the sync engine. Each prints JSON on
// stdout and returns the process exit code (0 ok, 1 failed, 2 usage).
#pragma once

#include "store/devicestore.h"

#include <QStringList>
#include <QTextStream>

namespace stockhand::cli {

struct Context
{
    store::DeviceStore &store;
    QTextStream &out;
    QTextStream &err;
};

int initDemo(Context &c, const QStringList &args);
int enrol(Context &c, const QStringList &args);
int sync(Context &c, const QStringList &args);
// A supervisor or admin signs in online on this device; the session is kept in the store (docs/cli.md).
int signIn(Context &c, const QStringList &args);
int signOut(Context &c, const QStringList &args);
int status(Context &c);
int exceptions(Context &c);
// The supervisor console's lists: pending count adjustments, the server's exceptions.
int adjustments(Context &c, const QStringList &args);
int serverExceptions(Context &c, const QStringList &args);
int summary(Context &c);
int exportPending(Context &c, const QStringList &args);
// Checks whether the device may be reset: refused while operations are pending, unless a supervisor
// (badge + PIN, checked offline) forces it, which first exports them to a file for the server.
// Sets `mayDelete` when the store file may be removed.
int resetCheck(Context &c, const QStringList &args, bool &mayDelete);

} // namespace stockhand::cli
