#include "kpicommand.h"

#include "domain/kpicsv.h"
#include "store/kpicache.h"
#include "store/users.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace stockhand::cli {

namespace {

QString option(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

} // namespace

int kpis(Context &c, const QStringList &args)
{
    const QString from = option(args, QStringLiteral("--from")), to = option(args, QStringLiteral("--to"));
    const QString who = option(args, QStringLiteral("--user")), warehouse = option(args, QStringLiteral("--warehouse"));
    const QString csv = option(args, QStringLiteral("--csv"));
    if (from.isEmpty() || to.isEmpty() || who.isEmpty()) {
        c.err << "usage: stockhand-cli kpis --user BADGE|LOGIN --from YYYY-MM-DD --to YYYY-MM-DD [--warehouse N] "
                 "[--csv FILE] [--server URL]"
              << Qt::endl;
        return 2;
    }
    auto user = store::userByBadgeOrLogin(c.store.db(), who);
    if (!user) {
        c.err << "refused: " << user.error().toString() << Qt::endl;
        return 1;
    }
    QList<QPair<QString, QString>> query {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!warehouse.isEmpty())
        query.append({QStringLiteral("warehouse_id"), warehouse});

    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    if (args.contains(QStringLiteral("--server")))
        engine.setServer(QUrl(option(args, QStringLiteral("--server"))));
    if (!engine.enrolled()) {
        c.err << "refused: this device is not enrolled" << Qt::endl;
        return 1;
    }
    QEventLoop loop;
    sync::Reply reply;
    QByteArray body;
    engine.supervisorRequest(
        user->id, "GET", QStringLiteral("/v1/kpis"), query, {}, [&](const sync::Reply &r, const QByteArray &b) {
            reply = r;
            body = b;
            loop.quit();
        });
    if (reply.httpStatus == 0 && reply.code.isEmpty() && body.isEmpty())
        loop.exec(); // unless it answered at once (no session)

    QJsonObject figures;
    bool stored = false;
    QDateTime fetchedAt = c.store.clock().now().toUTC();
    if (reply.httpStatus == 200) {
        figures = QJsonDocument::fromJson(body).object();
        (void)store::saveKpiSnapshot(
            c.store.db(), {user->id, from, to, warehouse.isEmpty() ? -1 : warehouse.toLongLong(), fetchedAt, body});
    } else if (reply.httpStatus == 0 && !reply.code.startsWith(QLatin1String("session."))) {
        // Offline: the last figures this user got on this device, said as such.
        auto last = store::loadKpiSnapshot(c.store.db(), user->id);
        if (!last || !last->has_value()) {
            c.err << "offline: the server cannot be reached and no figures were fetched before" << Qt::endl;
            return 1;
        }
        figures = QJsonDocument::fromJson((*last)->body).object();
        fetchedAt = (*last)->fetchedAt;
        stored = true;
        c.err << "offline: the last figures, fetched at " << utcTime(fetchedAt) << Qt::endl;
    } else {
        c.err << "refused: " << reply.code << ": " << reply.message << Qt::endl;
        return 1;
    }
    if (!csv.isEmpty()) {
        QSaveFile f(csv);
        if (!f.open(QIODevice::WriteOnly) || f.write(kpiCsv(figures).toUtf8()) < 0 || !f.commit()) {
            c.err << "cannot write " << csv << ": " << f.errorString() << Qt::endl;
            return 1;
        }
    }
    figures.insert(QStringLiteral("stored"), stored);
    figures.insert(QStringLiteral("fetched_at"), utcTime(fetchedAt));
    c.out << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace stockhand::cli
