// stockhand-server refuses to run as root (docs/operations.md "Install from packages"): a database, its
// -wal and -shm files created by root in /var/lib/stockhand would not open for the service user, and a
// network server needs no privilege. --allow-root (or STOCKHAND_ALLOW_ROOT=1, for the test suite and
// developer machines that build as root) lets it run; --help and --version always run.
#pragma once

#include <QString>
#include <QStringList>

namespace stockhand::server {

struct RootGuard
{
    bool refused = false;
    QStringList arguments; // without --allow-root, which the command parser does not know
};

inline RootGuard checkRoot(unsigned effectiveUid, QStringList arguments, bool environmentAllows)
{
    const bool flagAllows = arguments.removeAll(QStringLiteral("--allow-root")) > 0;
    bool informational = false;
    for (const QString &a : arguments) {
        if (a == u"-h" || a == u"--help" || a == u"--help-all" || a == u"-v" || a == u"--version")
            informational = true;
    }
    return {effectiveUid == 0 && !flagAllows && !environmentAllows && !informational, arguments};
}

inline QString rootRefusalText()
{
    return QStringLiteral(
        "stockhand-server: refusing to run as root. The files it creates (the database, its -wal and -shm "
        "files) would belong to root and the service user could not open them. Run it as the service user, "
        "e.g. runuser -u stockhand -- stockhand-server --config /etc/stockhand/server.ini <command>, or pass "
        "--allow-root.");
}

} // namespace stockhand::server
