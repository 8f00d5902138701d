// stockhand-server: the authority of a site (docs/server.md).
#include "cli.h"
#include "rootguard.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockhand-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const auto guard = stockhand::server::checkRoot(
        unsigned(::geteuid()), QCoreApplication::arguments(), qEnvironmentVariable("STOCKHAND_ALLOW_ROOT") == u"1");
    if (guard.refused) {
        std::fprintf(stderr, "%s\n", qPrintable(stockhand::server::rootRefusalText()));
        return 77;
    }
    return stockhand::server::runCli(guard.arguments);
}
