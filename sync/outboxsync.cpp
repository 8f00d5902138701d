#include "outboxsync.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace stockhand::sync {

QJsonObject operationToJson(const Operation &op)
{
    return QJsonObject {{QStringLiteral("uuid"), op.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("seq"), op.seq}, {QStringLiteral("kind"), op.kind}, {QStringLiteral("user_id"), op.userId},
        {QStringLiteral("local_time"), op.localTime.toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), op.payload}};
}

Result<PushBatch> nextPushBatch(store::DeviceStore &store, int maxOperations)
{
    auto ops = store.operations(OpState::Pending, maxOperations);
    if (!ops)
        return ops.error();
    PushBatch batch;
    batch.operations = std::move(ops).value();
    QJsonArray array;
    for (const Operation &op : batch.operations)
        array.append(operationToJson(op));
    batch.body = QJsonDocument(QJsonObject {{QStringLiteral("operations"), array}}).toJson(QJsonDocument::Compact);
    return batch;
}

namespace {

// The transfer line or package an operation touches, for "depends on a rejected operation" notes.
QStringList dependencyKeys(const QJsonObject &payload)
{
    QStringList keys;
    for (const char *k : {"transfer_line_id", "count_line_id", "package_id"}) {
        const QJsonValue v = payload.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            keys << QLatin1String(k) + u'=' + v.toVariant().toString();
    }
    return keys;
}

Status addException(store::DeviceStore &store, qint64 seq, const QString &code, const QString &message)
{
    auto st = store.db().prepare(
        "INSERT INTO device_exception(op_seq, code, message, created_local) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    return st->bind(1, seq)
        .bind(2, code)
        .bind(3, message)
        .bind(4, store.clock().now().toString(Qt::ISODateWithMs))
        .run();
}

Status markRejected(store::DeviceStore &store, const Operation &op, const QString &code, const QString &message)
{
    auto st = store.db().prepare("UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = ?2, "
                                 "error_message = ?3, attempts = attempts + 1 WHERE seq = ?1");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, op.seq).bind(2, code).bind(3, message).run());
    SH_TRY(addException(store, op.seq, code, message));
    // Later pending operations on the same line or package are still sent (they are physical facts
    // the server judges on their own), but the worker sees that they follow a rejected one.
    const QStringList keys = dependencyKeys(op.payload);
    if (keys.isEmpty())
        return {};
    auto later = store.operations(OpState::Pending);
    if (!later)
        return later.error();
    for (const Operation &o : later.value()) {
        if (o.seq <= op.seq)
            continue;
        for (const QString &k : dependencyKeys(o.payload)) {
            if (keys.contains(k)) {
                SH_TRY(addException(store, o.seq, QStringLiteral("op.depends-on-rejected"),
                    QStringLiteral("This %1 follows a rejected %2 on the same %3; check it.")
                        .arg(o.kind, op.kind, k.section(u'=', 0, 0))));
                break;
            }
        }
    }
    return {};
}

} // namespace

Result<PushOutcome> recordPushResults(store::DeviceStore &store, const QList<Operation> &sent, const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    if (err.error != QJsonParseError::NoError || results.size() != sent.size())
        return makeError("push.bad-answer",
            QStringLiteral("The server's answer to a push is not readable; the batch will be sent again."));
    QHash<QString, const Operation *> byUuid;
    for (const Operation &op : sent)
        byUuid.insert(op.uuid.toString(QUuid::WithoutBraces), &op);
    auto pullGen = store.meta(QStringLiteral("pull_gen"), QStringLiteral("0"));
    if (!pullGen)
        return pullGen.error();

    PushOutcome outcome;
    db::Transaction tx(store.db());
    SH_TRY(tx.begun());
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const Operation *op = byUuid.value(r.value(QStringLiteral("uuid")).toString());
        if (!op)
            return makeError(
                "push.bad-answer", QStringLiteral("The server answered for an operation it was not sent."));
        QString status = r.value(QStringLiteral("status")).toString();
        const bool duplicate = status == u"duplicate";
        if (duplicate)
            status = r.value(QStringLiteral("original_status")).toString();
        if (status == u"rejected") {
            SH_TRY(markRejected(
                store, *op, r.value(QStringLiteral("code")).toString(), r.value(QStringLiteral("message")).toString()));
            ++outcome.rejected;
        } else if (status == u"applied") {
            auto st = store.db().prepare(
                "UPDATE outbox SET state = ?2, acked_pull = ?3, result = ?4, attempts = attempts + 1 "
                "WHERE seq = ?1 AND state = 'pending'");
            if (!st)
                return st.error();
            st->bind(1, op->seq).bind(2, duplicate ? QStringLiteral("duplicate") : QStringLiteral("applied"));
            st->bind(3, pullGen->toLongLong())
                .bind(4, QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
            SH_TRY(st->run());
            ++(duplicate ? outcome.duplicates : outcome.applied);
        } else {
            return makeError(
                "push.bad-answer", QStringLiteral("Unknown status \"%1\" in the server's answer.").arg(status));
        }
    }
    SH_TRY(tx.commit());
    return outcome;
}

Status rejectLocally(store::DeviceStore &store, const Operation &op, const QString &code, const QString &message)
{
    db::Transaction tx(store.db());
    SH_TRY(tx.begun());
    SH_TRY(markRejected(store, op, code, message));
    return tx.commit();
}

Status requeueAcknowledged(store::DeviceStore &store)
{
    return store.db().exec(
        "UPDATE outbox SET state = 'pending', effect_active = 1 WHERE state IN ('applied', 'duplicate')");
}

Result<int> exportPending(store::DeviceStore &store, const QString &path)
{
    auto ops = store.operations(OpState::Pending);
    if (!ops)
        return ops.error();
    QJsonArray array;
    for (const Operation &op : ops.value())
        array.append(operationToJson(op));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError("export.open", QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(
        QJsonDocument(QJsonObject {{QStringLiteral("device_id"), store.deviceId()},
                          {QStringLiteral("server_device_id"), store.meta(QStringLiteral("server_device_id")).value()},
                          {QStringLiteral("operations"), array}})
            .toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError("export.write", QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return int(array.size());
}

} // namespace stockhand::sync
