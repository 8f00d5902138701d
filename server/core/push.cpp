#include "push.h"

#include "jsonwriter.h"
#include "ops/opcontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <csignal>

namespace stockhand::server {

namespace {

struct UserInfo
{
    bool known = false;
    OpUser user;
};

Result<UserInfo> loadUser(db::Database &db, qint64 userId, qint64 warehouseId)
{
    auto st = db.prepare("SELECT roles, warehouse_id, active FROM app_user WHERE id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, userId).step();
    if (!row)
        return row.error();
    UserInfo u;
    if (!row.value() || st->int64(2) == 0 || (!st->isNull(1) && st->int64(1) != warehouseId))
        return u;
    u.known = true;
    u.user.id = userId;
    for (const QString &r : st->text(0).split(QLatin1Char(','), Qt::SkipEmptyParts))
        u.user.roles.append(r.trimmed());
    return u;
}

// "2026-11-26T09:14:03.120Z": UTC with milliseconds, as isoTime() writes it.
bool isCanonicalTime(const QString &t)
{
    static const char pattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != qsizetype(sizeof(pattern) - 1))
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char p = pattern[i];
        const QChar c = t.at(i);
        if (p == 'd' ? !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) : c != QLatin1Char(p))
            return false;
    }
    const int month = t.mid(5, 2).toInt(), day = t.mid(8, 2).toInt(), hour = t.mid(11, 2).toInt();
    const int minute = t.mid(14, 2).toInt(), second = t.mid(17, 2).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
}

// Checks the envelope of every operation before anything is written: a malformed batch is refused whole.
Result<QList<OpEnvelope>> parseBatch(const QByteArray &body, int maxOps)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError("request.malformed-json", QStringLiteral("The body is not a JSON object."));
    const QJsonValue opsValue = doc.object().value(QStringLiteral("operations"));
    if (!opsValue.isArray())
        return makeError("request.wrong-type", QStringLiteral("\"operations\" must be an array."));
    const QJsonArray ops = opsValue.toArray();
    if (ops.size() > maxOps)
        return makeError(
            "request.too-many-operations", QStringLiteral("A batch holds at most %1 operations.").arg(maxOps));
    QList<OpEnvelope> out;
    out.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString where = QStringLiteral("operations[%1]").arg(i);
        if (!ops.at(i).isObject())
            return makeError("request.wrong-type", where + QStringLiteral(" must be an object."));
        const QJsonObject o = ops.at(i).toObject();
        OpEnvelope e;
        const QUuid uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
        if (uuid.isNull())
            return makeError("request.invalid-uuid", where + QStringLiteral(".uuid must be a UUID."));
        e.uuid = uuid.toString(QUuid::WithoutBraces);
        const QJsonValue seq = o.value(QStringLiteral("seq"));
        if (!seq.isDouble() || seq.toDouble() < 0 || seq.toDouble() != double(qint64(seq.toDouble())))
            return makeError("request.wrong-type", where + QStringLiteral(".seq must be a non-negative integer."));
        e.seq = qint64(seq.toDouble());
        const QJsonValue user = o.value(QStringLiteral("user_id"));
        if (!user.isDouble() || user.toDouble() < 1 || user.toDouble() != double(qint64(user.toDouble())))
            return makeError("request.wrong-type", where + QStringLiteral(".user_id must be a positive integer."));
        e.userId = qint64(user.toDouble());
        e.kind = o.value(QStringLiteral("kind")).toString();
        if (!opKindSpec(e.kind))
            return makeError("request.unknown-kind",
                where + QStringLiteral(": unknown operation kind \"%1\".").arg(e.kind.left(40)));
        const QJsonValue payload = o.value(QStringLiteral("payload"));
        if (!payload.isObject())
            return makeError("request.wrong-type", where + QStringLiteral(".payload must be an object."));
        e.payload = payload.toObject();
        const QJsonValue local = o.value(QStringLiteral("local_time"));
        if (local.isString() && isCanonicalTime(local.toString())) {
            e.localTime = local.toString(); // already what isoTime() writes: skip the slow QDateTime parse
        } else if (!local.isUndefined() && !local.isNull()) {
            const QDateTime t = QDateTime::fromString(local.toString(), Qt::ISODateWithMs);
            if (!t.isValid())
                return makeError("request.wrong-type", where + QStringLiteral(".local_time must be ISO 8601."));
            e.localTime = isoTime(t);
        }
        out.append(std::move(e));
    }
    return out;
}

// Savepoint statements from the statement cache: sqlite3_exec would parse them for every operation.
Status runCached(db::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    return st->run();
}

bool isRejection(const Error &e)
{
    // Handler rejections carry no SQLite code; a constraint failure means the payload named something
    // impossible. Anything else from SQLite (I/O, full, busy) is the server's problem: abort the batch.
    return e.sqliteCode == 0 || (e.sqliteCode & 0xff) == 19 /* SQLITE_CONSTRAINT */;
}

struct Stored
{
    bool found = false;
    QJsonObject answer;
};

Result<Stored> storedAnswer(db::Database &db, const QString &uuid)
{
    auto st = db.prepare("SELECT answer FROM op_log WHERE uuid = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, uuid).step();
    if (!row)
        return row.error();
    Stored s;
    if (row.value()) {
        s.found = true;
        s.answer = QJsonDocument::fromJson(st->blob(0)).object();
    }
    return s;
}

Status logOp(db::Database &db, qint64 id, const Device &device, const OpEnvelope &op, const QString &receivedAt,
    const char *status, const QByteArray &answerText)
{
    auto st = db.prepare("INSERT INTO op_log(id, uuid, device_id, device_seq, user_id, kind, payload, local_time, "
                         "received_at, status, answer) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, op.uuid).bind(3, device.id).bind(4, op.seq).bind(5, op.userId).bind(6, op.kind);
    const QByteArray payload = toJsonText(op.payload);
    st->bindStatic(7, std::string_view(payload.constData(), size_t(payload.size())));
    if (op.localTime.isEmpty())
        st->bindNull(8);
    else
        st->bind(8, op.localTime);
    st->bind(9, receivedAt).bind(10, status);
    st->bindStatic(11, std::string_view(answerText.constData(), size_t(answerText.size())));
    return st->run();
}

QJsonObject rejection(const Error &e)
{
    return QJsonObject {{QStringLiteral("status"), QStringLiteral("rejected")},
        {QStringLiteral("code"), e.sqliteCode ? QStringLiteral("op.invalid") : e.code},
        {QStringLiteral("message"), e.message}};
}

} // namespace

Response handlePush(
    db::Database &db, const Clock &clock, const CoreConfig &config, const Device &device, const QByteArray &body)
{
    auto batch = parseBatch(body, config.maxBatchOps);
    if (!batch)
        return errorResponse(batch.error().code == QLatin1String("request.too-many-operations") ? 413 : 400,
            batch.error().code, batch.error().message);
    const QString receivedAt = isoTime(clock.now());
    auto fail = [](const Error &e) {
        return errorResponse(503, QStringLiteral("server.storage"),
            QStringLiteral("The batch was not applied (%1); retry it.").arg(e.code));
    };

    db::Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    auto nextId = db.queryInt("SELECT ifnull(max(id), 0) + 1 FROM op_log");
    if (!nextId)
        return fail(nextId.error());
    qint64 opId = nextId.value();
    QHash<qint64, UserInfo> users;
    BatchCache cache;
    // The answer is written as text once: the same bytes go to the log and, with the uuid, to the device.
    QByteArray results = "{\"results\":[";
    bool firstResult = true;
    auto addResult = [&](const QString &uuid, const QByteArray &answerText) {
        if (!firstResult)
            results += ',';
        firstResult = false;
        results += "{\"uuid\":\"" + uuid.toLatin1() + "\",";
        results += answerText.mid(1);
    };
    for (const OpEnvelope &op : batch.value()) {
        auto stored = storedAnswer(db, op.uuid);
        if (!stored)
            return fail(stored.error());
        if (stored->found) {
            QJsonObject answer = stored->answer;
            answer.insert(QStringLiteral("original_status"), answer.value(QStringLiteral("status")));
            answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            addResult(op.uuid, toJsonText(answer));
            continue;
        }
        if (!users.contains(op.userId)) {
            auto u = loadUser(db, op.userId, device.warehouseId);
            if (!u)
                return fail(u.error());
            users.insert(op.userId, u.value());
        }
        const UserInfo &user = users[op.userId];
        const OpKindSpec *spec = opKindSpec(op.kind);
        Status applied;
        OpContext ctx(db, config, device, user.user, op, opId, receivedAt, &cache);
        if (!user.known) {
            applied = makeError(
                "user.unknown", QStringLiteral("User %1 is not an active user of this warehouse.").arg(op.userId));
        } else if (!user.user.hasAnyRole({"supervisor", "admin"}) && !user.user.hasAnyRole(spec->roles)) {
            applied = makeError("role.forbidden", QStringLiteral("User %1 may not %2.").arg(op.userId).arg(op.kind));
        } else {
            if (Status s = runCached(db, "SAVEPOINT op"); !s)
                return fail(s.error());
            applied = spec->handler(ctx);
            if (!applied && !isRejection(applied.error()))
                return fail(applied.error());
            if (!applied) {
                if (Status s = runCached(db, "ROLLBACK TO op"); !s)
                    return fail(s.error());
            }
            if (Status s = runCached(db, "RELEASE op"); !s)
                return fail(s.error());
        }
        QJsonObject answer;
        if (applied) {
            answer.insert(QStringLiteral("status"), QStringLiteral("applied"));
            if (!ctx.result.isEmpty())
                answer.insert(QStringLiteral("result"), ctx.result);
        } else {
            answer = rejection(applied.error());
        }
        const QByteArray answerText = toJsonText(answer);
        if (Status s = logOp(db, opId, device, op, receivedAt, applied ? "applied" : "rejected", answerText); !s)
            return fail(s.error());
        ++opId;
        static int appliedInProcess = 0;
        if (config.faultKillAfterOps > 0 && ++appliedInProcess == config.faultKillAfterOps)
            ::raise(SIGKILL); // a crash test: die with the batch half applied inside its transaction
        addResult(op.uuid, answerText);
    }
    auto seen = db.prepare("UPDATE device SET last_seen = ?2 WHERE id = ?1");
    if (!seen)
        return fail(seen.error());
    if (Status s = seen->bind(1, device.id).bind(2, receivedAt).run(); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    results += "]}";
    Response r;
    r.body = std::move(results);
    return r;
}

} // namespace stockhand::server
