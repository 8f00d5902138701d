// stockhand-server: the authority of a site (docs/server.md).
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockhand-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    return stockhand::server::runCli(QCoreApplication::arguments());
}
