#include "fleetcommands.h"

#include "domain/enrolmentpayload.h"
#include "domain/fleetdevice.h"
#include "qrwriter.h"
#include "store/users.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::cli {

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = QString())
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

const char *kFleetUsage = "usage: stockhand-cli fleet list --user LOGIN\n"
                          "       stockhand-cli fleet revoke --device ID --user LOGIN\n"
                          "       stockhand-cli fleet enrolment-code [--warehouse N] [--name NAME] [--qr-png FILE] "
                          "--user LOGIN";

} // namespace

int odooRetryCommand(Context &c, const QStringList &args)
{
    const QString who = option(args, QStringLiteral("--user"));
    const QString exception = option(args, QStringLiteral("--exception"));
    const QString key = option(args, QStringLiteral("--key"));
    if (args.value(1) != u"retry" || who.isEmpty() || exception.isEmpty() == key.isEmpty()) {
        c.err << "usage: stockhand-cli odoo retry --exception ID|--key KEY --user LOGIN" << Qt::endl;
        return 2;
    }
    auto user = store::userByBadgeOrLogin(c.store.db(), who);
    if (!user) {
        c.err << "refused: " << user.error().toString() << Qt::endl;
        return 1;
    }
    const QJsonObject o = key.isEmpty() ? QJsonObject {{QStringLiteral("exception_id"), exception.toLongLong()}}
                                        : QJsonObject {{QStringLiteral("key"), key}};
    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    if (!engine.enrolled()) {
        c.err << "refused: this device is not enrolled" << Qt::endl;
        return 1;
    }
    QEventLoop loop;
    sync::Reply reply;
    QByteArray answer;
    bool finished = false;
    engine.supervisorRequest(user->id, "POST", QStringLiteral("/v1/odoo/retry"), {},
        QJsonDocument(o).toJson(QJsonDocument::Compact), [&](const sync::Reply &r, const QByteArray &b) {
            reply = r;
            answer = b;
            finished = true;
            loop.quit();
        });
    if (!finished)
        loop.exec();
    if (reply.httpStatus != 200) {
        c.err << "refused: " << (reply.code.isEmpty() ? QStringLiteral("network.unreachable") : reply.code) << ": "
              << reply.describe(QStringLiteral("odoo retry")) << Qt::endl;
        return 1;
    }
    c.out << QString::fromUtf8(QJsonDocument::fromJson(answer).toJson(QJsonDocument::Indented));
    c.out.flush();
    return 0;
}

int fleetCommand(Context &c, const QStringList &args)
{
    const QString sub = args.value(1);
    const QString who = option(args, QStringLiteral("--user"));
    if (who.isEmpty() || (sub != u"list" && sub != u"revoke" && sub != u"enrolment-code")) {
        c.err << kFleetUsage << Qt::endl;
        return 2;
    }
    auto user = store::userByBadgeOrLogin(c.store.db(), who);
    if (!user) {
        c.err << "refused: " << user.error().toString() << Qt::endl;
        return 1;
    }
    QByteArray method = "GET", body;
    QString path = QStringLiteral("/v1/fleet");
    if (sub == u"revoke") {
        const QString device = option(args, QStringLiteral("--device"));
        if (device.isEmpty()) {
            c.err << kFleetUsage << Qt::endl;
            return 2;
        }
        method = "POST";
        path = QStringLiteral("/v1/fleet/revoke");
        body = QJsonDocument(QJsonObject {{QStringLiteral("device_id"), device}}).toJson(QJsonDocument::Compact);
    } else if (sub == u"enrolment-code") {
        QJsonObject o;
        if (const QString wh = option(args, QStringLiteral("--warehouse")); !wh.isEmpty())
            o.insert(QStringLiteral("warehouse_id"), wh.toLongLong());
        if (const QString name = option(args, QStringLiteral("--name")); !name.isEmpty())
            o.insert(QStringLiteral("device_name"), name);
        method = "POST";
        path = QStringLiteral("/v1/fleet/enrolment-code");
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QNetworkAccessManager nam;
    sync::SyncEngine engine(c.store, &nam);
    if (!engine.enrolled()) {
        c.err << "refused: this device is not enrolled" << Qt::endl;
        return 1;
    }
    QEventLoop loop;
    sync::Reply reply;
    QByteArray answer;
    bool finished = false;
    engine.supervisorRequest(user->id, method, path, {}, body, [&](const sync::Reply &r, const QByteArray &b) {
        reply = r;
        answer = b;
        finished = true;
        loop.quit();
    });
    if (!finished) // no live session is answered at once, without the network
        loop.exec();
    if (reply.httpStatus != 200) {
        c.err << "refused: " << (reply.code.isEmpty() ? QStringLiteral("network.unreachable") : reply.code) << ": "
              << reply.describe(sub) << Qt::endl;
        return 1;
    }
    QJsonObject o = QJsonDocument::fromJson(answer).object();
    if (sub == u"enrolment-code") {
        if (const QString png = option(args, QStringLiteral("--qr-png")); !png.isEmpty()) {
            auto img = scanner::renderQrCode(o.value(QStringLiteral("qr_payload")).toString(), 8);
            if (!img || !img->save(png, "PNG")) {
                c.err << "cannot write the QR code to " << png << Qt::endl;
                return 1;
            }
            o.insert(QStringLiteral("qr_png"), png);
        }
    }
    c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    c.out.flush();
    return 0;
}

} // namespace stockhand::cli
