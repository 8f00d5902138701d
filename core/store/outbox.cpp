#include "store/outbox.h"

#include "domain/uuid7.h"
#include "ops/kinds.h"
#include "store/meta.h"
#include "store/usersessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace stockhand::store {

namespace {

// The transfer line, count line or package an operation touches, for "depends on a rejected operation" notes.
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

} // namespace

Result<Operation> Outbox::record(const OperationDraft &draft)
{
    Operation op;
    const QDateTime now = m_clock.now();
    op.uuid = timeOrderedUuid(now).toString(QUuid::WithoutBraces);
    op.kind = draft.kind;
    op.payload = draft.payload;
    op.userId = draft.userId;
    op.deviceId = m_deviceId;
    op.localTime = utcTime(now);

    db::Transaction tx(m_db);
    SH_TRY(tx.begun());
    if (ops::needsSession(op.kind)) {
        // A decision of supervisor authority carries the proof of the user's live session on this device;
        // without one it is still recorded, and the server refuses it (session.required).
        auto session = UserSessions(m_db, m_clock).live(op.userId);
        if (!session)
            return session.error();
        if (*session) {
            op.sessionId = (*session)->id;
            op.sessionProof = op.proofUnder((*session)->secret);
        }
    }
    {
        auto st = m_db.prepare("INSERT INTO outbox(uuid, kind, payload, user_id, device_id, local_time, session_id, "
                               "session_proof) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!st)
            return st.error();
        const QByteArray payload = QJsonDocument(op.payload).toJson(QJsonDocument::Compact);
        st->bind(1, op.uuid)
            .bind(2, op.kind)
            .bind(3, std::string_view(payload.constData(), size_t(payload.size())))
            .bind(4, op.userId)
            .bind(5, op.deviceId)
            .bind(6, op.localTime);
        if (op.sessionId.isEmpty())
            st->bindNull(7).bindNull(8);
        else
            st->bind(7, op.sessionId).bind(8, op.sessionProof);
        SH_TRY(st->run());
    }
    op.seq = m_db.lastInsertRowId();
    for (const ops::Effect &e : draft.effects)
        SH_TRY(addEffect(op.seq, e));
    SH_TRY(tx.commit());
    return op;
}

Status Outbox::addEffect(qint64 opSeq, const ops::Effect &e)
{
    if (e.target == ops::Effect::Target::Quant) {
        auto st = m_db.prepare(
            "INSERT INTO pending_effect(op_seq, target, location_id, product_id, lot_id, package_id, delta) "
            "VALUES (?1, 'quant', ?2, ?3, ?4, ?5, ?6)");
        if (!st)
            return st.error();
        st->bind(1, opSeq)
            .bind(2, e.quant.locationId)
            .bind(3, e.quant.productId)
            .bindIdOrNull(4, e.quant.lotId)
            .bindIdOrNull(5, e.quant.packageId)
            .bind(6, e.delta);
        return st->run();
    }
    auto st = m_db.prepare("INSERT INTO pending_effect(op_seq, target, line_id, delta) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    return st->bind(1, opSeq).bind(2, ops::targetName(e.target)).bind(3, e.lineId).bind(4, e.delta).run();
}

Result<QList<Operation>> Outbox::operations(std::optional<OpState> state, int limit)
{
    auto st = m_db.prepare(
        "SELECT seq, uuid, kind, payload, user_id, device_id, local_time, state, error_code, error_message, "
        "ifnull(session_id, ''), ifnull(session_proof, '') FROM outbox WHERE (?1 IS NULL OR state = ?1) ORDER BY seq "
        "LIMIT ?2");
    if (!st)
        return st.error();
    if (state)
        st->bind(1, opStateName(*state));
    st->bind(2, qint64(limit));
    QList<Operation> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Operation op;
        op.seq = st->int64(0);
        op.uuid = st->text(1);
        op.kind = st->text(2);
        op.payload = QJsonDocument::fromJson(st->blob(3)).object();
        op.userId = st->int64(4);
        op.deviceId = st->text(5);
        op.localTime = st->text(6);
        op.state = opStateFromName(st->text(7)).value_or(OpState::Pending);
        op.errorCode = st->text(8);
        op.errorMessage = st->text(9);
        op.sessionId = st->text(10);
        op.sessionProof = st->text(11);
        out.append(std::move(op));
    }
    return out;
}

Result<qint64> Outbox::pendingCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'");
}

Result<qint64> Outbox::pendingCountOf(qint64 userId)
{
    auto st = m_db.prepare("SELECT count(*) FROM outbox WHERE state = 'pending' AND user_id = ?1");
    if (!st)
        return st.error();
    auto row = st->bind(1, userId).step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Result<OutboxHealth> Outbox::health()
{
    OutboxHealth h;
    auto st = m_db.prepare("SELECT count(*), min(local_time) FROM outbox WHERE state = 'pending'");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (*row) {
        h.pending = st->int64(0);
        if (!st->isNull(1))
            h.oldestPending = QDateTime::fromString(st->text(1), Qt::ISODateWithMs);
    }
    st->reset();
    auto exceptions = m_db.queryInt("SELECT count(*) FROM device_exception WHERE resolved = 0");
    if (!exceptions)
        return exceptions.error();
    h.openExceptions = *exceptions;
    return h;
}

Status Outbox::addException(qint64 opSeq, const QString &code, const QString &message)
{
    auto st
        = m_db.prepare("INSERT INTO device_exception(op_seq, code, message, created_local) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    return st->bind(1, opSeq).bind(2, code).bind(3, message).bind(4, utcTime(m_clock.now())).run();
}

Status Outbox::markRejected(const Operation &op, const QString &code, const QString &message)
{
    auto st = m_db.prepare("UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = ?2, "
                           "error_message = ?3, attempts = attempts + 1 WHERE seq = ?1");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, op.seq).bind(2, code).bind(3, message).run());
    SH_TRY(addException(op.seq, code, message));
    // Later pending operations on the same line or package are still sent (they are physical facts
    // the server judges on their own), but the worker sees that they follow a rejected one.
    const QStringList keys = dependencyKeys(op.payload);
    if (keys.isEmpty())
        return {};
    auto later = operations(OpState::Pending);
    if (!later)
        return later.error();
    for (const Operation &o : *later) {
        if (o.seq <= op.seq)
            continue;
        for (const QString &k : dependencyKeys(o.payload)) {
            if (keys.contains(k)) {
                SH_TRY(addException(o.seq, QStringLiteral("op.depends-on-rejected"),
                    QStringLiteral("This %1 follows a rejected %2 on the same %3; check it.")
                        .arg(o.kind, op.kind, k.section(u'=', 0, 0))));
                break;
            }
        }
    }
    return {};
}

Result<PushOutcome> Outbox::recordAnswers(const QList<OpAnswer> &answers)
{
    auto pullGen = Meta(m_db).integer(MetaKey::PullGen);
    if (!pullGen)
        return pullGen.error();
    PushOutcome outcome;
    db::Transaction tx(m_db);
    SH_TRY(tx.begun());
    for (const OpAnswer &a : answers) {
        if (a.outcome == OpAnswer::Outcome::Rejected) {
            SH_TRY(markRejected(a.op, a.code, a.message));
            ++outcome.rejected;
            continue;
        }
        const bool duplicate = a.outcome == OpAnswer::Outcome::Duplicate;
        auto st = m_db.prepare("UPDATE outbox SET state = ?2, acked_pull = ?3, result = ?4, attempts = attempts + 1 "
                               "WHERE seq = ?1 AND state = 'pending'");
        if (!st)
            return st.error();
        st->bind(1, a.op.seq).bind(2, duplicate ? "duplicate" : "applied").bind(3, *pullGen).bind(4, a.result);
        SH_TRY(st->run());
        ++(duplicate ? outcome.duplicates : outcome.applied);
    }
    SH_TRY(tx.commit());
    return outcome;
}

Status Outbox::setAside(const Operation &op, const QString &code, const QString &message)
{
    db::Transaction tx(m_db);
    SH_TRY(tx.begun());
    SH_TRY(markRejected(op, code, message));
    return tx.commit();
}

Status Outbox::requeueAcknowledged()
{
    return m_db.exec("UPDATE outbox SET state = 'pending', effect_active = 1 WHERE state IN ('applied', 'duplicate')");
}

Result<qint64> Outbox::purgeAcknowledged(int keepDays, int keepAtLeast)
{
    auto st = m_db.prepare("DELETE FROM outbox WHERE state IN ('applied', 'duplicate') AND effect_active = 0 "
                           "AND local_time < ?1 AND seq < (SELECT ifnull(min(seq), 0) FROM (SELECT seq FROM outbox "
                           "WHERE state IN ('applied', 'duplicate') ORDER BY seq DESC LIMIT ?2))");
    if (!st)
        return st.error();
    st->bind(1, utcTime(m_clock.now().addDays(-keepDays))).bind(2, qint64(keepAtLeast));
    SH_TRY(st->run());
    return qint64(m_db.changes());
}

Status Outbox::retireAcknowledgedEffects(db::Database &db, qint64 pullGen)
{
    auto st = db.prepare("UPDATE outbox SET effect_active = 0 WHERE effect_active = 1 "
                         "AND state IN ('applied', 'duplicate') AND acked_pull < ?1");
    if (!st)
        return st.error();
    return st->bind(1, pullGen).run();
}

Result<int> Outbox::exportPending(const QString &path)
{
    auto ops = operations(OpState::Pending);
    if (!ops)
        return ops.error();
    auto serverDeviceId = Meta(m_db).text(MetaKey::ServerDeviceId);
    if (!serverDeviceId)
        return serverDeviceId.error();
    QJsonArray array;
    for (const Operation &op : *ops)
        array.append(op.toJson());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError("export.open", QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(
        QJsonDocument(QJsonObject {{QStringLiteral("device_id"), m_deviceId},
                          {QStringLiteral("server_device_id"), *serverDeviceId}, {QStringLiteral("operations"), array}})
            .toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError("export.write", QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return int(array.size());
}

Result<QList<DeviceException>> Outbox::openExceptions(Order order, int limit)
{
    auto st = m_db.prepare(order == Order::OldestFirst
            ? "SELECT e.id, ifnull(e.op_seq, 0), ifnull(o.uuid, ''), ifnull(o.kind, ''), e.code, e.message, "
              "e.created_local FROM device_exception e LEFT JOIN outbox o ON o.seq = e.op_seq "
              "WHERE e.resolved = 0 ORDER BY e.id LIMIT ?1"
            : "SELECT e.id, ifnull(e.op_seq, 0), ifnull(o.uuid, ''), ifnull(o.kind, ''), e.code, e.message, "
              "e.created_local FROM device_exception e LEFT JOIN outbox o ON o.seq = e.op_seq "
              "WHERE e.resolved = 0 ORDER BY e.id DESC LIMIT ?1");
    if (!st)
        return st.error();
    st->bind(1, qint64(limit));
    QList<DeviceException> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({st->int64(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6)});
    }
    return out;
}

Result<bool> Outbox::resolveException(qint64 id)
{
    auto st = m_db.prepare("UPDATE device_exception SET resolved = 1 WHERE id = ?1 AND resolved = 0");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, id).run());
    return m_db.changes() > 0;
}

} // namespace stockhand::store
