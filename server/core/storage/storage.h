// The server's storage behind one interface: the rules, the push path, the change feed and the device
// registry talk to a Storage and never to a database API. The embedded backend is SQLite
// (storage/sqlite/); a PostgreSQL backend implements the same classes (docs/server.md, "Storage").
//
// Nothing here assumes one process: a Batch is a write transaction that is serialisable with every other
// process's batches (SQLite: BEGIN IMMEDIATE on a WAL file; PostgreSQL: SERIALIZABLE, a serialisation
// failure being a storage failure the device retries), and op ids, feed positions and uniqueness of
// operation uuids are the database's, not the process's.
//
// Errors: a backend reports its own failures with storage.* codes and never its database's codes:
// storage.busy (another writer holds the database too long), storage.full (disk or quota), storage.io,
// storage.corrupt, storage.constraint (a write the data refused: the operation that made it is rejected
// op.invalid), storage.failure (anything else: a lost connection, a serialisation failure). errors.h turns
// them into answers (503 server.storage: nothing was committed, the device retries).
#pragma once

#include "domain/operation.h"
#include "storage/kpifacts.h"
#include "storage/ledger.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace stockhand::server {
struct FeedTable;
}

namespace stockhand::server::storage {

struct UserRecord
{
    qint64 id = 0;
    QStringList roles;
    qint64 warehouseId = 0; // 0 = every warehouse
    bool active = false;
};

// A user session the server issued on a device (usersessions.h holds the policy). Only a hash of the
// session's secret is stored: the secret itself is derived from the server's session key, which lives
// outside the database (docs/security.md).
struct UserSessionRecord
{
    QString id;
    qint64 userId = 0;
    QString login; // read only
    QString deviceId;
    QByteArray secretHash; // SHA-256 of the secret
    QString issuedAt; // server clock, UTC
    QString expiresAt;
    QString deviceIssuedAt; // the device's clock at sign-in (the window its operations' local times fall in)
    QString revokedAt;
};

// One pushed batch: a write transaction. The batch commits whole or not at all; each operation runs
// between beginOperation() and endOperation(), and undoOperation() takes back what a rejected one wrote.
// Destroying a Batch without commit() rolls everything back.
class Batch : public Ledger
{
public:
    virtual Result<std::optional<QByteArray>> storedAnswer(const QString &uuid) = 0;
    // The stored answers of those of `uuids` already logged (a retried batch), by uuid. A backend where a
    // statement costs a round trip reads them in one; the default asks storedAnswer() for each.
    virtual Result<QHash<QString, QByteArray>> storedAnswers(const QStringList &uuids)
    {
        QHash<QString, QByteArray> found;
        for (const QString &uuid : uuids) {
            auto answer = storedAnswer(uuid);
            if (!answer)
                return answer.error();
            if (answer.value())
                found.insert(uuid, *answer.value());
        }
        return found;
    }
    virtual Result<std::optional<UserRecord>> user(qint64 userId) = 0;
    virtual Result<std::optional<UserSessionRecord>> userSession(const QString &sessionId) = 0;
    // The id the next logged operation gets (moves and exceptions refer to it before the log row exists).
    virtual Result<qint64> nextOperationId() = 0;
    // With savepoints on (the default), undoOperation() takes back whatever the operation wrote. With
    // them off (faster), it succeeds only when the operation wrote nothing and otherwise fails with code
    // storage.cannot-undo: the caller then abandons the batch and applies it again with savepoints.
    virtual void setSavepoints(bool on) = 0;
    virtual Status beginOperation() = 0;
    virtual Status undoOperation() = 0;
    virtual Status endOperation() = 0;
    // Group commit (push.h, PushGroup): several devices' pushes share this one transaction and its one
    // commit; each runs between beginMember() and endMember(), and undoMember() takes back everything that
    // push wrote (its operations' savepoints nest inside). After undoMember(), nextOperationId() reads again.
    virtual Status beginMember() = 0;
    virtual Status undoMember() = 0;
    virtual Status endMember() = 0;
    // One row of the operation log: the operation as the device pushed it (its uuid, device, sequence,
    // user, kind, payload and local time), its outcome (state Applied or Rejected) and the answer given,
    // compact JSON, given again to a retry.
    virtual Status logOperation(qint64 id, const Operation &op, const QString &receivedAt, const QByteArray &answer)
        = 0;
    virtual Status deviceSeen(const QString &deviceId, const QString &at) = 0;
    virtual Status commit() = 0;
};

// Devices and their credentials (hashes only: devices.h holds the policy).
struct DeviceRecord
{
    QString id;
    QString name;
    qint64 warehouseId = 0;
    QString enrolledAt;
    QString lastSeen;
    QString revokedAt;
    // v4: what the device reported when it last synced (domain/devicereport.h), and who revoked it.
    QString appVersion;
    qint64 pendingOps = 0;
    QString oldestPendingAt; // the device's clock
    QString lastErrorCode;
    QString lastErrorMessage;
    QString reportedAt; // the server's clock
    qint64 revokedBy = 0; // the user who revoked it (0: the admin tool, or not revoked)
    QString warehouseCode; // read only
};

struct EnrolmentCodeRecord
{
    qint64 warehouseId = 0;
    QString expiresAt;
    QString usedAt;
    QString deviceName; // v4: the name the issuer chose (the device's own name wins)
    qint64 issuedBy = 0; // v4: the user who issued it (0: the admin tool)
};

class DeviceRegistry
{
public:
    virtual ~DeviceRegistry() = default;
    virtual Status insertCode(const QByteArray &codeHash, const EnrolmentCodeRecord &code, const QString &issuedAt) = 0;
    virtual Result<std::optional<EnrolmentCodeRecord>> code(const QByteArray &codeHash) = 0;
    // In one transaction: the device is stored and the code marked used; fails if the code was used
    // meanwhile (by another process).
    // The code is marked used at device.enrolledAt.
    virtual Status enrolDevice(const QByteArray &codeHash, const DeviceRecord &device, const QByteArray &tokenHash) = 0;
    virtual Result<std::optional<DeviceRecord>> deviceByTokenHash(const QByteArray &tokenHash) = 0;
    virtual Result<QList<DeviceRecord>> devices() = 0;
    // False when there is no such device or it was already revoked. byUser: who (0: the admin tool).
    virtual Result<bool> revoke(const QString &deviceId, const QString &at, qint64 byUser) = 0;
    // Stores what the device reported (the report fields of `device`) and marks it seen at `at`.
    virtual Status recordReport(const DeviceRecord &device, const QString &at) = 0;
    // A warehouse by its code or its id as text.
    virtual Result<std::optional<qint64>> warehouseByCode(const QString &codeOrId) = 0;

    // SSCC ranges (docs/labels.md): the ranges reserved for a device (all devices' when deviceId is
    // empty), oldest first.
    virtual Result<QList<SsccRangeRecord>> ssccRanges(const QString &deviceId) = 0;
    // Reserves the next `size` serial references under this prefix and extension for the device, in one
    // write transaction that is serialised with every other process's (SQLite: BEGIN IMMEDIATE): starts
    // after the highest reference ever reserved under them, so ranges never overlap and a number is never
    // handed out twice, whatever became of the device. sscc.prefix-exhausted when the prefix has no room.
    virtual Result<SsccRangeRecord> reserveSsccRange(
        const QString &deviceId, int extension, const QString &companyPrefix, qint64 size, const QString &at)
        = 0;
};

// A user's password verifier (PBKDF2-HMAC-SHA256, passwords.h) with what sign-in checks about the user.
struct CredentialRecord
{
    qint64 userId = 0;
    QStringList roles;
    qint64 warehouseId = 0; // 0 = every warehouse
    bool active = false;
    QByteArray hash; // empty: the user has no password (cannot sign in online)
    QByteArray salt;
    int iterations = 0;
};

// Failed sign-ins under one key ("login:<login>" or "device:<id>").
struct ThrottleRecord
{
    int failures = 0;
    QString lockedUntil; // UTC; empty = not locked
};

// Passwords, sign-in throttling and user sessions (usersessions.h holds the policy).
class AuthRegistry
{
public:
    virtual ~AuthRegistry() = default;
    virtual Result<std::optional<CredentialRecord>> credentialByLogin(const QString &login) = 0;
    virtual Status setCredential(
        qint64 userId, const QByteArray &hash, const QByteArray &salt, int iterations, const QString &at)
        = 0;
    virtual Result<ThrottleRecord> throttle(const QString &key) = 0;
    // failures 0 forgets the key.
    virtual Status setThrottle(const QString &key, const ThrottleRecord &record) = 0;
    virtual Status insertSession(const UserSessionRecord &session) = 0;
    virtual Result<std::optional<UserSessionRecord>> session(const QString &sessionId) = 0;
    // Sessions not revoked and not expired at `now` (all when `now` is empty), newest first.
    virtual Result<QList<UserSessionRecord>> sessions(const QString &now) = 0;
    // Revokes the sessions that match every given filter (empty/0 = any) and are not revoked yet; returns
    // how many.
    virtual Result<int> revokeSessions(
        const QString &sessionId, qint64 userId, const QString &deviceId, const QString &at)
        = 0;
};

// One change of a replicated row, as the feed lists it.
struct Change
{
    qint64 seq = 0;
    const FeedTable *table = nullptr;
    QByteArray key; // the key as text
    bool deleted = false;
};

struct SnapshotSlice
{
    int rows = 0;
    QByteArray lastKey; // the key of the last row written, as text
    bool more = false; // rows remain after the last one written
};

// One consistent read of the feed: every call sees the same state of the database.
class FeedReader
{
public:
    virtual ~FeedReader() = default;
    // The newest position that concerns the warehouse / of the whole feed.
    virtual Result<qint64> latestCursor(qint64 warehouseId) = 0;
    virtual Result<qint64> head() = 0;
    virtual Result<qint64> countRows(const FeedTable &table, qint64 warehouseId) = 0;
    // Appends up to `limit` rows of the table that are in the warehouse's scope, in key order after
    // afterKey (empty: from the start), each as a JSON array line in the protocol's row format (rowwriter.h).
    virtual Result<SnapshotSlice> writeRows(
        const FeedTable &table, qint64 warehouseId, const QByteArray &afterKey, int limit, QByteArray &out)
        = 0;
    // Up to `limit` changes after `cursor` for the warehouse, in feed order; `more` when there are others.
    // An entry of a table this server no longer replicates has table == nullptr (it still moves the cursor).
    struct ChangePage
    {
        QList<Change> changes;
        bool more = false;
    };
    virtual Result<ChangePage> changesSince(qint64 cursor, qint64 warehouseId, int limit) = 0;
    // Appends the rows with these keys that still exist and are in the warehouse's scope; returns, for
    // each key in order, whether its row was written.
    virtual Result<std::vector<bool>> writeRowsByKey(
        const FeedTable &table, qint64 warehouseId, const QList<QByteArray> &keys, QByteArray &out)
        = 0;
};

// What a snapshot file holds (docs/sync-protocol.md, "Snapshot file"): the state of the server it was read from.
struct SnapshotFileStamp
{
    QString epoch;
    qint64 cursor = 0; // the warehouse's feed position in the same read: the device pulls changes from here
    qint64 rows = 0;
    int schemaVersion = 0; // the device schema version its tables are made for
};

class Storage
{
public:
    virtual ~Storage() = default;
    virtual Result<std::unique_ptr<Batch>> beginBatch() = 0;
    virtual Result<std::unique_ptr<FeedReader>> beginFeedRead() = 0;
    // One consistent read of the facts behind the KPIs (kpifacts.h).
    virtual Result<std::unique_ptr<KpiReader>> beginKpiRead() = 0;
    // The newest feed position that concerns the warehouse (long polls ask it often: keep it cheap).
    virtual Result<qint64> latestCursor(qint64 warehouseId) = 0;
    // Deletes feed entries superseded by a later entry of the same row; returns how many.
    virtual Result<qint64> compactFeed() = 0;
    virtual DeviceRegistry &devices() = 0;
    virtual AuthRegistry &auth() = 0;
    virtual Result<QString> epoch() = 0;
    virtual Status setEpoch(const QString &epoch) = 0;
    // A cheap round trip: is the database answering?
    virtual Status ping() = 0;
    // Writes the warehouse's scope as a snapshot file at `path` (a new file): the device's world tables with
    // the rows the snapshot pages would send, the same columns, and its stamp, all from ONE read of the
    // database. Thread-safe: it reads on a connection of its own (the snapshot builder calls it on its
    // thread while this storage serves requests).
    virtual Result<SnapshotFileStamp> writeSnapshotFile(qint64 warehouseId, const QString &path) = 0;
    // A descriptor that becomes readable when any process may have committed feed entries (PostgreSQL:
    // LISTEN/NOTIFY on a connection of its own), so that long polls wake at once across processes; -1 when
    // the backend has none (the front end then polls the feed position). consumeFeedNotifications() reads
    // what made it readable: true when a commit was announced.
    virtual int feedNotifySocket() { return -1; }
    virtual bool consumeFeedNotifications() { return false; }
};

} // namespace stockhand::server::storage
