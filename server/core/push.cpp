#include "push.h"

#include "errors.h"
#include "jsonwriter.h"
#include "ops/opcontext.h"
#include "usersessions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUuid>

#include <csignal>

namespace stockhand::server {

namespace {

// Checks the envelope of every operation before anything is written: a malformed batch is refused whole.
Result<QList<Operation>> parseBatch(const QByteArray &body, int maxOps, const QString &deviceId)
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
    QList<Operation> out;
    out.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const auto where = [i] { return QStringLiteral("operations[%1]").arg(i); }; // only for errors
        if (!ops.at(i).isObject())
            return makeError("request.wrong-type", where() + QStringLiteral(" must be an object."));
        auto op = Operation::fromJson(ops.at(i).toObject(), i);
        if (!op)
            return op.error();
        op->deviceId = deviceId;
        out.append(std::move(op.value()));
    }
    return out;
}

struct UserInfo
{
    bool known = false;
    OpUser user;
};

UserInfo toUserInfo(const std::optional<storage::UserRecord> &record, qint64 warehouseId)
{
    UserInfo u;
    if (!record || !record->active || (record->warehouseId != 0 && record->warehouseId != warehouseId))
        return u;
    u.known = true;
    u.user.id = record->id;
    u.user.roles = record->roles;
    return u;
}

QJsonObject rejection(const Error &e, bool constraint)
{
    return QJsonObject {{QStringLiteral("status"), QStringLiteral("rejected")},
        {QStringLiteral("code"), constraint ? QStringLiteral("op.invalid") : e.code},
        {QStringLiteral("message"), e.message}};
}

// A storage failure: the whole batch is rolled back and the device retries it (503 server.storage).
Response fail(const Error &e)
{
    return errorResponse(e);
}

// One attempt at the batch. Without savepoints an operation that is rejected after it wrote something
// cannot be taken back alone: *again is set and the caller applies the batch again with savepoints.
// The push is one member of the group's transaction: whatever it wrote is taken back when it returns
// without reaching its end (a 403, a storage failure, an operation that cannot be undone alone) — by its
// member savepoint, or, for the first push of the transaction (`alone`: it runs without one), by the
// caller rolling the whole transaction back (*discard).
struct Member
{
    storage::Batch &books;
    bool alone;
    bool *broken;
    bool *discard;
    bool open = false;
    ~Member()
    {
        if (!open)
            return;
        if (alone)
            *discard = true;
        else if (!books.undoMember())
            *broken = true; // the savepoint could not be rolled back: the group must not commit
    }
};

Response applyBatch(storage::Batch &books, const CoreConfig &config, const Device &device, QList<Operation> &ops,
    const QString &receivedAt, bool savepoints, bool alone, bool *again, bool *broken, bool *discard)
{
    *again = false;
    if (!alone) {
        if (Status s = books.beginMember(); !s)
            return fail(s.error());
    }
    Member member {books, alone, broken, discard, true};
    books.setSavepoints(savepoints);
    auto firstId = books.nextOperationId();
    if (!firstId)
        return fail(firstId.error());

    // Pass 1, before anything is written: the answers already given (a retry), the users, their roles.
    // An operation the user's roles do not allow refuses the whole batch (403): the device sets that one
    // operation aside and sends the others again (docs/sync-protocol.md).
    QHash<qint64, UserInfo> users; // looked up once per batch
    auto userOf = [&](qint64 userId) -> Result<const UserInfo *> {
        auto it = users.constFind(userId);
        if (it == users.constEnd()) {
            auto u = books.user(userId);
            if (!u)
                return u.error();
            it = users.insert(userId, toUserInfo(u.value(), device.warehouseId));
        }
        return &it.value();
    };
    std::vector<std::optional<QByteArray>> stored(size_t(ops.size()));
    QSet<QString> uuidsInBatch;
    std::vector<bool> repeatedInBatch(size_t(ops.size()), false);
    QStringList uuids;
    uuids.reserve(ops.size());
    for (const Operation &op : ops)
        uuids.append(op.uuid);
    auto answers = books.storedAnswers(uuids);
    if (!answers)
        return fail(answers.error());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Operation &op = ops.at(i);
        repeatedInBatch[size_t(i)] = uuidsInBatch.contains(op.uuid);
        uuidsInBatch.insert(op.uuid);
        if (const auto it = answers->constFind(op.uuid); it != answers->constEnd())
            stored[size_t(i)] = it.value();
        if (stored[size_t(i)] || repeatedInBatch[size_t(i)])
            continue;
        auto found = userOf(op.userId);
        if (!found)
            return fail(found.error());
        const UserInfo &user = *found.value();
        if (!user.known)
            continue; // rejected per operation below: user.unknown
        const OpKindSpec *spec = opKindSpec(op.kind);
        Status allowed;
        if (!ops::rolesAllow(user.user.roles, spec->kind)) {
            allowed = makeError("role.forbidden", QStringLiteral("User %1 may not %2.").arg(op.userId).arg(op.kind));
        }
        if (allowed && (ops::needsSession(op.kind) || !op.sessionId.isEmpty())) {
            // Supervisor authority is proven, not asserted: the session the server issued to this user on
            // this device, and a proof of this very operation under its secret (usersessions.h).
            std::optional<storage::UserSessionRecord> session;
            if (!op.sessionId.isEmpty()) {
                auto known = books.userSession(op.sessionId);
                if (!known)
                    return fail(known.error());
                session = std::move(known.value());
            }
            allowed = verifySessionProof(session, op, device, receivedAt, config);
        }
        if (allowed && spec->authorize) { // after the proof: an unproven caller learns nothing of limits
            OpContext ctx(books, config, device, user.user, op, 0, receivedAt);
            allowed = spec->authorize(ctx);
            if (!allowed && operationFailure(allowed.error()) != OperationFailure::Rejection)
                return fail(allowed.error());
        }
        if (!allowed) { // 403 role.* or session.*, naming the operation
            return errorResponse(allowed.error(),
                QJsonObject {{QStringLiteral("operation"),
                    QJsonObject {{QStringLiteral("index"), i}, {QStringLiteral("uuid"), op.uuid}}}});
        }
    }

    // Pass 2: apply. The answer is written as text once: the same bytes go to the log and, with the
    // uuid, to the device.
    qint64 opId = firstId.value();
    QByteArray results;
    results.reserve(ops.size() * 128);
    results += "{\"results\":[";
    bool firstResult = true;
    auto addResult = [&](const QString &uuid, const QByteArray &answerText) {
        if (!firstResult)
            results += ',';
        firstResult = false;
        results += "{\"uuid\":\"";
        for (const QChar c : uuid)
            results += char(c.unicode()); // a UUID is ASCII (checked when parsed)
        results += "\",";
        results += QByteArrayView(answerText).sliced(1);
    };
    for (qsizetype i = 0; i < ops.size(); ++i) {
        Operation &op = ops[i];
        std::optional<QByteArray> &previous = stored[size_t(i)];
        if (!previous && repeatedInBatch[size_t(i)]) { // the same uuid earlier in this batch
            auto answer = books.storedAnswer(op.uuid);
            if (!answer)
                return fail(answer.error());
            previous = std::move(answer.value());
        }
        if (previous) {
            QJsonObject answer = QJsonDocument::fromJson(*previous).object();
            answer.insert(QStringLiteral("original_status"), answer.value(QStringLiteral("status")));
            answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            addResult(op.uuid, toJsonText(answer));
            continue;
        }
        auto found = userOf(op.userId);
        if (!found)
            return fail(found.error());
        const UserInfo &user = *found.value();
        const OpKindSpec *spec = opKindSpec(op.kind);
        Status applied;
        bool constraint = false;
        OpContext ctx(books, config, device, user.user, op, opId, receivedAt);
        if (!user.known) {
            applied = makeError(
                "user.unknown", QStringLiteral("User %1 is not an active user of this warehouse.").arg(op.userId));
        } else {
            if (Status s = books.beginOperation(); !s)
                return fail(s.error());
            applied = spec->handler(ctx);
            if (!applied) {
                // A constraint means the payload named something impossible. Any other storage error
                // (I/O, full, busy) aborts the batch: the device retries (errors.h).
                const OperationFailure kind = operationFailure(applied.error());
                if (kind == OperationFailure::Storage)
                    return fail(applied.error());
                constraint = kind == OperationFailure::Constraint;
                if (Status s = books.undoOperation(); !s) {
                    *again = !savepoints && s.error().code == QLatin1String("storage.cannot-undo");
                    return fail(s.error()); // rolls the whole batch back
                }
            } else if (Status s = books.endOperation(); !s) {
                return fail(s.error());
            }
        }
        QByteArray answerText;
        if (applied) { // written directly: the common answer, built for every operation
            answerText.reserve(64);
            answerText += "{\"status\":\"applied\"";
            if (ctx.hasResult()) {
                answerText += ",\"result\":";
                ctx.appendResultJson(answerText);
            }
            answerText += '}';
        } else {
            answerText = toJsonText(rejection(applied.error(), constraint));
        }
        op.state = applied ? OpState::Applied : OpState::Rejected;
        if (Status s = books.logOperation(opId, op, receivedAt, answerText); !s)
            return fail(s.error());
        ++opId;
        static int appliedInProcess = 0;
        if (config.faultKillAfterOps > 0 && ++appliedInProcess == config.faultKillAfterOps)
            ::raise(SIGKILL); // a crash test: die with the batch half applied inside its transaction
        addResult(op.uuid, answerText);
    }
    if (Status s = books.deviceSeen(device.id, receivedAt); !s)
        return fail(s.error());
    member.open = false;
    if (!alone) {
        if (Status s = books.endMember(); !s) {
            *broken = true;
            return fail(s.error());
        }
    }
    results += "]}";
    Response r;
    r.body = std::move(results);
    return r;
}

} // namespace

PushGroup::PushGroup(storage::Storage &storage)
    : m_storage(storage)
{ }

PushGroup::~PushGroup() = default;

Response PushGroup::push(const Clock &clock, const CoreConfig &config, const Device &device, const QByteArray &body)
{
    auto parsed = parseBatch(body, config.maxBatchOps, device.id);
    if (!parsed)
        return errorResponse(parsed.error());
    if (m_broken)
        return fail(*m_broken);
    const QString receivedAt = utcTime(clock.now());
    // Most batches have no operation that is rejected after writing: they run without a savepoint per
    // operation (measured: a tenth of the push time). The rare one that has is applied again with them.
    Response r;
    for (const bool savepoints : {false, true}) {
        // The first push of the transaction runs without a member savepoint: taking it back is rolling back
        // the transaction, which holds nothing else. (On SQLite every statement under an open savepoint
        // pays for the statement journal: a batch of 500 alone ran at less than half the speed.)
        const bool alone = !m_batch;
        if (!m_batch) { // the group's transaction begins with its first push that gets this far
            auto begun = m_storage.beginBatch();
            if (!begun)
                return fail(begun.error()); // busy, full: the next push of the group tries again
            m_batch = std::move(begun.value());
        }
        bool again = false, broken = false, discard = false;
        r = applyBatch(
            *m_batch, config, device, parsed.value(), receivedAt, savepoints, alone, &again, &broken, &discard);
        if (discard)
            m_batch.reset(); // rolled back: the next push (or the attempt with savepoints) begins another
        if (broken) {
            m_broken = makeError("storage.failure", QStringLiteral("A push could not be taken back alone."));
            return r;
        }
        if (!again)
            break;
    }
    if (m_batch)
        ++m_pushes;
    return r;
}

Status PushGroup::commit()
{
    if (m_broken) {
        m_batch.reset(); // rolled back
        return *m_broken;
    }
    if (!m_batch)
        return {};
    Status s = m_batch->commit();
    m_batch.reset();
    return s;
}

Response handlePush(storage::Storage &storage, const Clock &clock, const CoreConfig &config, const Device &device,
    const QByteArray &body)
{
    PushGroup group(storage);
    Response r = group.push(clock, config, device, body);
    if (Status s = group.commit(); !s)
        return fail(s.error());
    return r;
}

} // namespace stockhand::server
