// stockhand-cli: the headless client. Every command prints JSON (docs/cli.md).
#include "clicommands.h"
#include "fleetcommands.h"
#include "floorcommands.h"
#include "kpicommand.h"
#include "labelcommands.h"
#include "scancommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace stockhand;

namespace {

const char *kUsage = R"(usage: stockhand-cli [--store PATH] COMMAND [options]

Commands:
  init-demo [--products N]              fill an empty store with the demo warehouse (standalone use)
  enrol --server URL --code CODE [--name NAME] [--ca PEM]
                                        trade a one-time enrolment code for this device's token
                                        (--ca: the CA or self-signed certificate of an https server)
  enrol --qr PAYLOAD [--name NAME]      the same from an enrolment QR code's text (server, code, and
                                        the CA fingerprint the server's certificate must match)
  sign-in --login LOGIN --password-file FILE
                                        a supervisor or admin signs in online: the session (12 h by
                                        default) proves their decisions to the server (FILE "-" = stdin)
  sign-out --user BADGE|LOGIN           end the user's session here and on the server
  kpis --user BADGE|LOGIN --from YYYY-MM-DD --to YYYY-MM-DD [--warehouse N] [--csv FILE]
                                        the KPIs the server computes, under the supervisor's session
                                        (offline: the last figures fetched here, marked "stored")
  fleet list --user LOGIN               the devices of the supervisor's warehouse (all for an admin)
  fleet revoke --device ID --user LOGIN revoke a device: its token is refused from then on
  fleet enrolment-code [--warehouse N] [--name NAME] [--qr-png FILE] --user LOGIN
                                        a one-time enrolment code and its QR payload (and image)
  odoo retry --exception ID|--key KEY --user LOGIN
                                        an export Odoo refused goes back to pending (its exception is
                                        resolved when the export then succeeds)
  sync [--server URL] [--page-rows N]   push pending operations, pull the server's changes, once
  status                                sync health: pending operations, oldest age, last sync, errors
  exceptions                            operations the server rejected, with its reasons
  exceptions --server [--all] [--warehouse N]
                                        the server's exceptions (over-picks, negative stock, ...) by name;
                                        --all: resolved ones too, with who resolved them and the note
  adjustments [--warehouse N]           pending count adjustments as the console shows them
  summary                               what the store holds (rows per table, open transfers)
  export-pending FILE                   write pending operations to a file the server can import
  reset [--force --supervisor BADGE [--pin PIN] --export FILE]
                                        delete this device's store; refused while operations are
                                        pending unless a supervisor forces it (they are exported first)
  scan DATA [--expect KIND]             interpret and resolve a scan (JSON)
  decode IMAGE                          decode barcodes in an image file and interpret them
  lookup CODE [--warehouse ID]          what a typed or scanned code is; a location's stock, or where a
                                        product or lot is (JSON)
)";

} // namespace

int main(int argc, char **argv)
{
    // Labels are drawn with QPainter (fonts, PDF, printers): those commands run a QGuiApplication, offscreen.
    std::unique_ptr<QCoreApplication> app = cli::needsGui(argc, argv)
        ? std::unique_ptr<QCoreApplication>(new QGuiApplication(argc, argv))
        : std::make_unique<QCoreApplication>(argc, argv);
    // The same organisation and application as the app (app/stockhand/main.cpp): one store and one settings
    // file per user account (docs/operations.md "Client data").
    QCoreApplication::setOrganizationName(QStringLiteral("Stockhand"));
    QCoreApplication::setApplicationName(QStringLiteral("stockhand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout), err(stderr);
    QStringList args = app->arguments().mid(1);
    QString storePath;
    if (const qsizetype i = args.indexOf(QStringLiteral("--store")); i >= 0 && i + 1 < args.size()) {
        storePath = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"help") {
        out << kUsage << cli::kFloorUsage << cli::kLabelUsage;
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.first();
    // scan and decode only read: they open a store when one is given (never creating it) and write no file.
    if (command == u"scan" || command == u"decode") {
        const QStringList store
            = storePath.isEmpty() ? QStringList() : QStringList {QStringLiteral("--store"), storePath};
        return (command == u"scan" ? runScanCommand : runDecodeCommand)(args.mid(1) + store, out, err);
    }
    if (storePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        storePath = dir + QStringLiteral("/stockhand.db");
    }
    auto store = store::DeviceStore::open(storePath, SystemClock::instance());
    if (!store) {
        err << store.error().toString() << Qt::endl;
        return 1;
    }
    cli::Context c {**store, out, err};
    if (command == u"init-demo")
        return cli::initDemo(c, args);
    if (command == u"enrol")
        return cli::enrol(c, args);
    if (command == u"sync")
        return cli::sync(c, args);
    if (command == u"sign-in")
        return cli::signIn(c, args);
    if (command == u"sign-out")
        return cli::signOut(c, args);
    if (command == u"kpis")
        return cli::kpis(c, args);
    if (command == u"fleet")
        return cli::fleetCommand(c, args);
    if (command == u"odoo")
        return cli::odooRetryCommand(c, args);
    if (command == u"status")
        return cli::status(c);
    if (command == u"exceptions")
        return args.contains(QStringLiteral("--server")) ? cli::serverExceptions(c, args) : cli::exceptions(c);
    if (command == u"adjustments")
        return cli::adjustments(c, args);
    if (command == u"summary")
        return cli::summary(c);
    if (command == u"lookup")
        return runLookupCommand(**store, args.mid(1), out, err);
    if (command == u"export-pending")
        return cli::exportPending(c, args);
    if (command == u"label")
        return cli::labelCommand(c, args);
    if (command == u"print-queue")
        return cli::printQueueCommand(c, args);
    if (cli::isFloorCommand(command))
        return cli::floorCommand(c, args);
    if (command == u"reset") {
        bool mayDelete = false;
        const int rc = cli::resetCheck(c, args, mayDelete);
        if (!mayDelete)
            return rc;
        store->reset(); // close the store before its files go
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(storePath + QLatin1String(suffix));
        out << "the device store " << storePath << " was reset" << Qt::endl;
        return 0;
    }
    err << "unknown command: " << command << "\n" << kUsage << cli::kFloorUsage;
    return 2;
}
