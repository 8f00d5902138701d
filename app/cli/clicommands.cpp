#include "clicommands.h"

#include "demo/demogenerator.h"
#include "domain/enrolmentpayload.h"
#include "domain/quantity.h"
#include "ops/kinds.h"
#include "store/adjustments.h"
#include "store/serverexceptions.h"
#include "store/summary.h"
#include "store/users.h"
#include "store/usersessions.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace stockhand::cli {

namespace {

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

QString option(const QStringList &args, const QString &name, const QString &fallback = QString())
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QJsonObject healthJson(sync::SyncEngine &e, store::DeviceStore &s)
{
    const store::Meta meta = s.meta();
    return QJsonObject {{QStringLiteral("server"), e.server().toString()}, {QStringLiteral("enrolled"), e.enrolled()},
        {QStringLiteral("online"), e.online()}, {QStringLiteral("pending"), e.pendingCount()},
        {QStringLiteral("oldest_pending_age_s"), e.oldestPendingAgeSeconds()},
        {QStringLiteral("last_sync"),
            e.lastSyncTime().isValid() ? e.lastSyncTime().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("last_error"), e.lastError()}, {QStringLiteral("exceptions"), e.exceptionCount()},
        {QStringLiteral("auth_required"), e.authRequired()}, {QStringLiteral("fatal"), e.fatal()},
        {QStringLiteral("epoch"), meta.text(store::MetaKey::Epoch).valueOr(QString())},
        {QStringLiteral("cursor"), meta.integer(store::MetaKey::Cursor).valueOr(0)},
        {QStringLiteral("device_id"), s.deviceId()}};
}

} // namespace

int initDemo(Context &c, const QStringList &args)
{
    demo::DemoOptions o;
    o.products = option(args, QStringLiteral("--products"), QString::number(o.products)).toInt();
    auto sum = demo::generateDemo(c.store.db(), o);
    if (!sum) {
        c.err << sum.error().toString() << Qt::endl;
        return 1;
    }
    return summary(c);
}

int enrol(Context &c, const QStringList &args)
{
    QString server = option(args, QStringLiteral("--server"));
    QString code = option(args, QStringLiteral("--code"));
    QString name = option(args, QStringLiteral("--name"), QStringLiteral("stockhand-cli"));
    QString pin; // the CA fingerprint an enrolment QR code names
    if (const QString qr = option(args, QStringLiteral("--qr")); !qr.isEmpty()) {
        auto payload = EnrolmentPayload::parse(qr);
        if (!payload) {
            c.err << payload.error().toString() << Qt::endl;
            return 2;
        }
        server = payload->serverUrl;
        code = payload->code;
        pin = payload->caFingerprint;
        if (!args.contains(QStringLiteral("--name")) && !payload->deviceName.isEmpty())
            name = payload->deviceName;
    }
    if (server.isEmpty() || code.isEmpty()) {
        c.err << "usage: stockhand-cli enrol (--server URL --code CODE | --qr PAYLOAD) [--name NAME] [--ca PEM]"
              << Qt::endl;
        return 2;
    }
    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    engine.setServer(QUrl(server));
    if (const QString ca = option(args, QStringLiteral("--ca")); !ca.isEmpty()) {
        QFile f(ca);
        Status s = f.open(QIODevice::ReadOnly) ? engine.setCaCertificatesPem(f.readAll())
                                               : Status(makeError("tls.ca", QStringLiteral("Cannot read %1.").arg(ca)));
        if (!s) {
            c.err << s.error().toString() << Qt::endl;
            return 2;
        }
    }
    QEventLoop loop;
    bool ok = false;
    QString error;
    QObject::connect(&engine, &sync::SyncEngine::enrolFinished, &loop, [&](bool success, const QString &e) {
        ok = success;
        error = e;
        loop.quit();
    });
    engine.enrol(code, name, pin);
    loop.exec();
    if (!ok) {
        c.err << "enrolment failed: " << error << Qt::endl;
        return 1;
    }
    printJson(c.out,
        QJsonObject {{QStringLiteral("enrolled"), true},
            {QStringLiteral("server_device_id"),
                c.store.meta().text(store::MetaKey::ServerDeviceId).valueOr(QString())},
            {QStringLiteral("warehouse_id"), c.store.meta().integer(store::MetaKey::WarehouseId).valueOr(0)}});
    return 0;
}

int signIn(Context &c, const QStringList &args)
{
    const QString login = option(args, QStringLiteral("--login"));
    const QString file = option(args, QStringLiteral("--password-file"));
    if (login.isEmpty() || file.isEmpty()) {
        c.err << "usage: stockhand-cli sign-in --login LOGIN --password-file FILE (- = stdin) [--server URL]"
              << Qt::endl;
        return 2;
    }
    QString password;
    if (file == u"-") {
        password = QTextStream(stdin).readLine();
    } else {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            c.err << "cannot read " << file << Qt::endl;
            return 2;
        }
        password = QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
    }
    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    if (args.contains(QStringLiteral("--server")))
        engine.setServer(QUrl(option(args, QStringLiteral("--server"))));
    if (!engine.enrolled()) {
        c.err << "refused: this device is not enrolled" << Qt::endl;
        return 1;
    }
    QEventLoop loop;
    bool ok = false;
    qint64 userId = 0;
    QString code, error;
    QObject::connect(&engine, &sync::SyncEngine::userSignInFinished, &loop,
        [&](bool success, qint64 user, const QString &errorCode, const QString &e) {
            ok = success;
            userId = user;
            code = errorCode;
            error = e;
            loop.quit();
        });
    engine.signInUser(login, password);
    loop.exec();
    if (!ok) {
        c.err << "refused: " << (code.isEmpty() ? QStringLiteral("signin.failed") : code) << ": " << error << Qt::endl;
        return 1;
    }
    auto session = store::UserSessions(c.store.db(), c.store.clock()).live(userId);
    printJson(c.out,
        QJsonObject {{QStringLiteral("signed_in"), true}, {QStringLiteral("login"), login},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("expires_at"), session.ok() && *session ? (*session)->expiresAt : QString()}});
    return 0;
}

int signOut(Context &c, const QStringList &args)
{
    const QString who = option(args, QStringLiteral("--user"));
    if (who.isEmpty()) {
        c.err << "usage: stockhand-cli sign-out --user BADGE|LOGIN" << Qt::endl;
        return 2;
    }
    auto user = store::userByBadgeOrLogin(c.store.db(), who);
    if (!user) {
        c.err << "refused: " << user.error().toString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    QEventLoop loop;
    bool ok = false;
    QString error;
    QObject::connect(&engine, &sync::SyncEngine::userSignOutFinished, &loop, [&](bool success, const QString &e) {
        ok = success;
        error = e;
        loop.quit();
    });
    QMetaObject::invokeMethod(
        &engine, [&engine, &user] { engine.signOutUser(user->id); }, Qt::QueuedConnection);
    loop.exec();
    printJson(c.out,
        QJsonObject {{QStringLiteral("signed_out"), true}, {QStringLiteral("revoked_on_server"), ok},
            {QStringLiteral("error"), error}});
    return ok ? 0 : 1;
}

int sync(Context &c, const QStringList &args)
{
    QNetworkAccessManager nam;
    sync::SyncConfig config;
    if (args.contains(QStringLiteral("--page-rows")))
        config.pageRows = option(args, QStringLiteral("--page-rows")).toInt();
    sync::SyncEngine engine(c.store, &nam, config);
    if (args.contains(QStringLiteral("--server")))
        engine.setServer(QUrl(option(args, QStringLiteral("--server"))));
    const bool ok = sync::syncAndWait(engine);
    QJsonObject o = healthJson(engine, c.store);
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("rows_pulled"), engine.progressRows());
    printJson(c.out, o);
    return ok ? 0 : 1;
}

int status(Context &c)
{
    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    printJson(c.out, healthJson(engine, c.store));
    return 0;
}

int adjustments(Context &c, const QStringList &args)
{
    const qint64 warehouse = option(args, QStringLiteral("--warehouse")).toLongLong();
    auto rows = store::pendingAdjustments(c.store.db(), warehouse);
    if (!rows) {
        c.err << rows.error().toString() << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const store::PendingAdjustment &a : std::as_const(*rows)) {
        QJsonArray samePlace;
        for (const store::SamePlaceCount &s : a.samePlace)
            samePlace.append(QJsonObject {{QStringLiteral("adjustment_id"), s.adjustmentId},
                {QStringLiteral("counted"), formatQuantity(s.counted)}, {QStringLiteral("state"), s.state}});
        list.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("location"), a.locationBarcode},
            {QStringLiteral("zone"), a.zone}, {QStringLiteral("sku"), a.sku},
            {QStringLiteral("product"), a.productName}, {QStringLiteral("lot"), a.lotName},
            {QStringLiteral("book_at_count"), formatQuantity(a.book)},
            {QStringLiteral("counted"), formatQuantity(a.counted)},
            {QStringLiteral("variance"), formatQuantity(a.variance())},
            {QStringLiteral("variance_value_cents"),
                qint64(std::llround(double(a.variance()) * double(a.unitValueCents) / 1000.0))},
            {QStringLiteral("moved_since_count"), formatQuantity(a.movedSince())},
            {QStringLiteral("counted_by"), a.countedBy}, {QStringLiteral("counted_at"), a.countedAt},
            {QStringLiteral("recount"), a.recount}, {QStringLiteral("same_place"), samePlace},
            {QStringLiteral("decision"), a.decision.kind}, {QStringLiteral("decision_state"), a.decision.state},
            {QStringLiteral("decision_error"), a.decision.error}});
    }
    printJson(c.out, QJsonObject {{QStringLiteral("adjustments"), list}});
    return 0;
}

int serverExceptions(Context &c, const QStringList &args)
{
    const qint64 warehouse = option(args, QStringLiteral("--warehouse")).toLongLong();
    auto rows = store::serverExceptionEntries(c.store.db(), warehouse, args.contains(QStringLiteral("--all")));
    if (!rows) {
        c.err << rows.error().toString() << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const store::ServerExceptionEntry &e : std::as_const(*rows)) {
        list.append(QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), e.kind},
            {QStringLiteral("state"), e.open ? QStringLiteral("open") : QStringLiteral("resolved")},
            {QStringLiteral("resolution_sent"), e.resolvedHere}, {QStringLiteral("message"), e.message},
            {QStringLiteral("created_at"), e.createdAt}, {QStringLiteral("device"), e.deviceId},
            {QStringLiteral("user"), e.userName}, {QStringLiteral("qty"), e.qty ? formatQuantity(e.qty) : QString()},
            {QStringLiteral("transfer"), e.transferReference}, {QStringLiteral("location"), e.locationBarcode},
            {QStringLiteral("sku"), e.sku}, {QStringLiteral("product"), e.productName},
            {QStringLiteral("lot"), e.lotName}, {QStringLiteral("resolution"), e.resolution},
            {QStringLiteral("resolution_note"), e.resolutionNote}, {QStringLiteral("resolved_by"), e.resolvedByName},
            {QStringLiteral("resolved_at"), e.resolvedAt}});
    }
    printJson(c.out, QJsonObject {{QStringLiteral("exceptions"), list}});
    return 0;
}

int exceptions(Context &c)
{
    auto open = c.store.outbox().openExceptions();
    if (!open) {
        c.err << open.error().toString() << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const store::DeviceException &e : *open) {
        list.append(QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("op_seq"), e.opSeq},
            {QStringLiteral("uuid"), e.opUuid}, {QStringLiteral("kind"), e.opKind}, {QStringLiteral("code"), e.code},
            {QStringLiteral("message"), e.message}, {QStringLiteral("created_local"), e.createdLocal}});
    }
    printJson(c.out, QJsonObject {{QStringLiteral("exceptions"), list}});
    return 0;
}

int summary(Context &c)
{
    auto rows = store::tableRowCounts(c.store.db());
    auto byKind = store::openTransfersByKind(c.store.db());
    if (!rows || !byKind) {
        c.err << (rows ? byKind : rows).error().toString() << Qt::endl;
        return 1;
    }
    QJsonObject counts;
    for (const auto &[table, n] : std::as_const(*rows))
        counts.insert(table, n);
    QJsonObject open;
    for (const auto &[kind, n] : std::as_const(*byKind))
        open.insert(kind, n);
    printJson(c.out,
        QJsonObject {{QStringLiteral("store"), c.store.db().path()}, {QStringLiteral("rows"), counts},
            {QStringLiteral("open_transfers"), open}});
    return 0;
}

int exportPending(Context &c, const QStringList &args)
{
    if (args.size() < 2) {
        c.err << "usage: stockhand-cli export-pending FILE" << Qt::endl;
        return 2;
    }
    auto n = c.store.outbox().exportPending(args.at(1));
    if (!n) {
        c.err << n.error().toString() << Qt::endl;
        return 1;
    }
    printJson(c.out, QJsonObject {{QStringLiteral("exported"), *n}, {QStringLiteral("file"), args.at(1)}});
    return 0;
}

int resetCheck(Context &c, const QStringList &args, bool &mayDelete)
{
    mayDelete = false;
    auto pending = c.store.pendingCount();
    if (!pending) {
        c.err << pending.error().toString() << Qt::endl;
        return 1;
    }
    if (*pending > 0 && !args.contains(QStringLiteral("--force"))) {
        c.err << *pending << " operation(s) are not sent yet: sync first, or a supervisor forces the reset with "
              << "--force --supervisor BADGE --export FILE after signing in on this device (or --pin PIN on a "
              << "standalone store); the operations go to FILE for the server." << Qt::endl;
        return 1;
    }
    if (*pending > 0) {
        const QString badge = option(args, QStringLiteral("--supervisor"));
        const QString pin = option(args, QStringLiteral("--pin"));
        const QString file = option(args, QStringLiteral("--export"));
        if (badge.isEmpty() || file.isEmpty()) {
            c.err << "a forced reset needs --supervisor BADGE [--pin PIN] --export FILE" << Qt::endl;
            return 2;
        }
        // A supervisor's PIN (standalone stores only: devices of a server hold no supervisor verifier), or
        // the supervisor's live session on this device (stockhand-cli sign-in).
        auto user = pin.isEmpty() ? store::userByBadgeOrLogin(c.store.db(), badge)
                                  : store::checkBadgeAndPin(c.store.db(), badge, pin);
        if (!user && !user.error().code.startsWith(u"user.")) {
            c.err << user.error().toString() << Qt::endl;
            return 1;
        }
        bool proven = user.ok() && !pin.isEmpty();
        if (user && pin.isEmpty()) {
            auto session = store::UserSessions(c.store.db(), c.store.clock()).live(user->id);
            proven = session.ok() && session->has_value();
        }
        if (!user || !proven || !ops::isSupervisor(user->roles)) {
            c.err << "refused: that badge and PIN (or session) are not a supervisor's" << Qt::endl;
            return 1;
        }
        auto n = c.store.outbox().exportPending(file);
        if (!n) {
            c.err << n.error().toString() << Qt::endl;
            return 1;
        }
        c.out << "exported " << *n << " pending operation(s) to " << file << Qt::endl;
    }
    mayDelete = true;
    return 0;
}

} // namespace stockhand::cli
