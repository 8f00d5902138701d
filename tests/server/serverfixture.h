// A real server core with a small demo world, an enrolled device per warehouse and helpers to build
// operations and read the books: on a temporary SQLite file, or, when the tests run against PostgreSQL
// (STOCKHAND_TEST_DATABASE=postgresql, pgtestserver.h), on a fresh database of the test PostgreSQL.
#pragma once

#include "storage/postgresql/pgconnection.h"
#include "storage/sqlite/admin.h"
#include "storage/sqlite/embeddedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace stockhand::server::test {

struct World
{
    qint64 pickLine = 0, pickFrom = 0, pickProduct = 0; // an open pick line of warehouse 1
    qint64 receiptLine = 0, receiptProduct = 0; // an open receipt line of warehouse 1
    qint64 binA = 0, binB = 0; // two bins of warehouse 1
    qint64 otherWarehouseBin = 0; // a bin of warehouse 2
    qint64 product = 0; // an untracked product
    qint64 picker = 1, receiver = 4, counter = 6, supervisor = 8, pickerWh2 = 9;
};

class ServerFixture
{
public:
    // Creates the database (demo world: 3 warehouses, `products` products) and one device of warehouse 1.
    bool setUp(int products = 300, const CoreConfig &config = {});

    ServerCore &core() { return *m_core; }
    // The SQLite backend's database (a test that uses it runs on SQLite only: it stops on PostgreSQL).
    db::Database &db();
    // The PostgreSQL backend's connection (nullptr on SQLite).
    pg::Connection *postgres() { return m_pg; }
    bool onPostgres() const { return m_pg != nullptr; }
    // The database the core runs on: the SQLite file's path or the postgresql:// URL.
    QString database() const { return m_database; }
    // What a stockhand-server process on the same database needs besides --db database(): on PostgreSQL a
    // --config with a session key file and a snapshot directory in the fixture's directory.
    QStringList processArgs();
    // A configuration of the test's own (`ini`, written to `configPath`) for a process on the same database:
    // on PostgreSQL with processArgs()'s settings added ([server] database and session_key_file,
    // [snapshot_files] directory, relative to `configPath`). The arguments that name it (--config path).
    QStringList processArgs(const QString &configPath, const QByteArray &ini);
    const QString &token() const { return m_token; }
    const World &world() const { return m_world; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("server.db")); }
    ManualClock &clock() { return m_clock; }

    // Fault injection on either backend: the Nth database call of the core from now fails (0 = off). SQLite:
    // an I/O error (db::Database::failAfter). PostgreSQL: the server really fails that statement with
    // `sqlState` (default 58030, an I/O error), or loses the connection for a 08xxx state
    // (pg::Connection::failAfter).
    void failAfter(int calls, const QByteArray &sqlState = {});

    // Enrols another device; returns its token.
    QString enrolDevice(qint64 warehouseId, const QString &name);

    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = QString(), const QList<QPair<QString, QString>> &query = {});
    // POST /v1/push with these operations; the parsed answer.
    QJsonObject push(const QJsonArray &ops, const QString &token = QString(), int *status = nullptr);

    // A value of the first row on either backend (-1: no row; -2: the query failed). PostgreSQL test
    // databases have ifnull() as SQLite's, so that the tests' SQL reads the same on both.
    qint64 queryInt(const char *sql);
    qint64 queryInt(const QString &sql) { return queryInt(sql.toUtf8().constData()); }
    // `stockhand-server user add` on either backend.
    Result<qint64> addUser(const NewUser &user);
    // A text of the first row on either backend (empty: no row or a failure).
    QString queryText(const QString &sql);
    // A statement without result on either backend.
    bool exec(const QString &sql);
    Milli quant(qint64 locationId, qint64 productId, qint64 lotId = 0);

    static QJsonObject op(const QString &kind, qint64 userId, const QJsonObject &payload, qint64 seq = 1,
        const QString &uuid = QUuid::createUuid().toString(QUuid::WithoutBraces), const QString &localTime = QString());

    // Supervisors' sessions (docs/security.md). setUp gives supervisor1-wh1 (World::supervisor) and the
    // admin kPassword.
    static inline const QString kPassword = QStringLiteral("supervisor-password");
    static inline const QString kSupervisorLogin = QStringLiteral("supervisor1-wh1");
    struct Session
    {
        QString id;
        QByteArray secret;
        int status = 0; // of the sign-in
        QString code; // its error code, if refused
    };
    // POST /v1/user-session on the device of `token` (default: the fixture's device).
    Session signIn(const QString &login, const QString &password = kPassword, const QString &token = QString(),
        const QString &deviceTime = QString());
    // The operation with the proof of `session` (what the device's outbox attaches).
    static QJsonObject withProof(const QJsonObject &op, const Session &session);
    // The operation signed with supervisor1-wh1's session on the fixture's device (signed in once).
    QJsonObject supervised(const QJsonObject &op);

    QString lastError;

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ServerCore> m_core;
    EmbeddedServer *m_embedded = nullptr;
    pg::Connection *m_pg = nullptr;
    QString m_database;
    QString m_token;
    World m_world;
    Session m_supervisorSession;
};

} // namespace stockhand::server::test
