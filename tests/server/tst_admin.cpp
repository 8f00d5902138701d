// Administration: import of master data and open work (JSON, CSV), users, and the stockhand-server
// subcommands run as a real process. The import, user and site tests run on both backends
// (tst_server_admin_postgresql: STOCKHAND_TEST_DATABASE=postgresql).
#include "pgtestserver.h"
#include "servercore.h"
#include "serverfixture.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/sqlite/admin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace stockhand;
using namespace stockhand::server;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(STOCKHAND_SERVER_BINARY), args);
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// An empty server database on the backend the test runs on: a SQLite file in a temporary directory, or a
// new database of the test PostgreSQL (pgtestserver.h); SQL reads on either, and the arguments a
// stockhand-server process on it takes.
struct EmptyServer
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<ServerCore> core;
    QStringList args; // --db PATH, or --config with the URL and a session key file
    QString error;

    bool open()
    {
        CoreConfig config;
        QString database = dir.filePath(QStringLiteral("s.db"));
        args = {QStringLiteral("--db"), database};
        if (test::testOnPostgres()) {
            auto *pg = test::PgTestServer::instance(&error);
            database = pg ? pg->createDatabase(&error) : QString();
            if (database.isEmpty())
                return false;
            const QString ini = dir.filePath(QStringLiteral("server.ini"));
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("server/database"), database);
            s.setValue(QStringLiteral("server/session_key_file"), QStringLiteral("server.session-key"));
            s.sync();
            args = {QStringLiteral("--config"), ini};
            config.sessionKey = QByteArray(32, 'k');
        }
        auto c = openServer(database, clock, config);
        if (!c) {
            error = c.error().toString();
            return false;
        }
        core = std::move(c.value());
        return true;
    }
    pg::Connection *postgres() { return postgresConnection(*core); }
    // A value of the first row (-1: none or a failure).
    qint64 queryInt(const QByteArray &sql)
    {
        if (postgres()) {
            auto r = postgres()->query(sql.constData());
            return r && r->size() ? r->int64(0, 0) : -1;
        }
        return static_cast<EmbeddedServer &>(*core).db().queryInt(sql.constData()).valueOr(-1);
    }
    QString queryText(const QByteArray &sql)
    {
        if (postgres()) {
            auto r = postgres()->query(sql.constData());
            return r && r->size() ? r->text(0, 0) : QString();
        }
        auto st = static_cast<EmbeddedServer &>(*core).db().prepare(sql.constData());
        return st && st->step().valueOr(false) ? st->text(0) : QString();
    }
    Result<qint64> addUser(const NewUser &u)
    {
        return postgres() ? pg::addUser(*postgres(), u) : server::addUser(static_cast<EmbeddedServer &>(*core).db(), u);
    }
};

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importJsonThenCsvUpdates()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        ServerCore &core = *db.core;
        const QByteArray json = R"({
          "warehouses": [{"id": 1, "code": "WH1", "name": "Hamburg DC"}],
          "locations": [{"id": 10, "warehouse_id": 1, "barcode": "A-01-01", "name": "A-01-01", "type": "bin"},
                        {"id": 11, "warehouse_id": 1, "barcode": "A-01-02", "name": "A-01-02", "type": "bin"}],
          "products": [{"id": 100, "sku": "M8-SS", "name": "Hex bolt M8", "tracking": "lot", "unit_value_cents": 35}],
          "barcodes": [{"code": "04006381333931", "product_id": 100, "packaging": "unit", "qty": "1"}],
          "lots": [{"id": 7, "product_id": 100, "name": "L-2026-11"}],
          "quants": [{"location_id": 10, "product_id": 100, "lot_id": 7, "qty": "250.5"}],
          "transfers": [{"id": 500, "warehouse_id": 1, "kind": "pick", "reference": "PICK/0500"}],
          "transfer_lines": [{"id": 9000, "transfer_id": 500, "seq": 1, "product_id": 100, "from_location_id": 10, "qty_expected": "12"}],
          "reason_codes": [{"code": "DAMAGED", "label": "Damaged", "kind": "adjustment"}]
        })";
        auto s = importJson(core, json);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->total(), 10);
        QCOMPARE(db.queryInt("SELECT qty FROM quant WHERE location_id = 10"), 250500);
        QCOMPARE(db.queryInt("SELECT qty_expected FROM transfer_line WHERE id = 9000"), 12000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM stock_move WHERE kind = 'import' AND qty = 250500"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM change_log WHERE tbl = 'quant'"), 1);

        // CSV: quoted fields, an update of the quant (the difference is booked), a new product.
        auto c = importCsv(core, QStringLiteral("quant"), "location_id,product_id,lot_id,qty\n10,100,7,\"240.5\"\n");
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(db.queryInt("SELECT qty FROM quant WHERE location_id = 10"), 240500);
        QCOMPARE(db.queryInt("SELECT count(*) FROM stock_move WHERE kind = 'import' AND qty = 10000 "
                             "AND from_location_id = 10"),
            1);
        auto p = importCsv(core, QStringLiteral("products"), "id,sku,name\n101,\"M10, SS\",\"Bolt \"\"M10\"\"\"\n");
        QVERIFY(p.ok());
        QCOMPARE(db.queryText("SELECT sku FROM product WHERE id = 101"), QStringLiteral("M10, SS"));
        QCOMPARE(db.queryText("SELECT name FROM product WHERE id = 101"), QStringLiteral("Bolt \"M10\""));
    }

    void badImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown table") << QByteArray(R"({"secrets": []})");
        QTest::newRow("unknown column") << QByteArray(
            R"({"warehouses": [{"id": 1, "code": "W", "name": "W", "x": 1}]})");
        QTest::newRow("bad quantity") << QByteArray(R"({"warehouses": [{"id": 1, "code": "W", "name": "W"}],
            "locations": [{"id": 10, "warehouse_id": 1, "barcode": "B", "name": "B", "type": "bin"}],
            "products": [{"id": 1, "sku": "S", "name": "N"}],
            "quants": [{"location_id": 10, "product_id": 1, "qty": "1.2345"}]})");
        QTest::newRow("broken reference") << QByteArray(
            R"({"locations": [{"id": 10, "warehouse_id": 99, "barcode": "B", "name": "B", "type": "bin"}]})");
        QTest::newRow("not json") << QByteArray("{");
    }

    void badImportChangesNothing()
    {
        QFETCH(QByteArray, json);
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        QVERIFY(!importJson(*db.core, json).ok());
        QCOMPARE(db.queryInt("SELECT count(*) FROM warehouse"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM change_log"), 0);
    }

    void usersNeedKnownRolesAndDigitPins()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        NewUser u {QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("B1"), QStringLiteral("4821"),
            QStringLiteral("picker, Counter"), 0, 1000, QString(), 1000};
        auto id = db.addUser(u);
        QVERIFY(id.ok());
        const QByteArray where = " FROM app_user WHERE id = " + QByteArray::number(id.value());
        QCOMPARE(db.queryText("SELECT roles" + where), QStringLiteral("picker,counter"));
        QCOMPARE(db.queryInt("SELECT length(pin_hash)" + where), 32);
        u.login = QStringLiteral("bob");
        u.badge = QStringLiteral("B2");
        u.roles = QStringLiteral("picker,janitor");
        QCOMPARE(db.addUser(u).error().code, QStringLiteral("user.unknown-role"));
        u.roles = QStringLiteral("picker");
        u.pin = QStringLiteral("12a4");
        QCOMPARE(db.addUser(u).error().code, QStringLiteral("user.invalid-pin"));
    }

    // import-ops (a reset device's exported operations): more than one batch's worth, one operation the
    // user may not send. Everything else is applied once, the forbidden one is reported, a second import
    // only finds duplicates.
    void importOpsAppliesAllButTheForbiddenOnce()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        QCOMPARE(runServer(db.args
                     + QStringList {QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("200"),
                         QStringLiteral("--pin-iterations"), QStringLiteral("1000")})
                     .code,
            0);
        QString deviceId;
        qint64 binA = 0, binB = 0, product = 0;
        {
            auto code = db.core->devices().issueCode(1, 1);
            QVERIFY(code.ok());
            auto e = db.core->devices().enrol(code.value(), QStringLiteral("old handheld"));
            QVERIFY(e.ok());
            deviceId = e->device.id;
            binA = db.queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'");
            binB = db.queryInt("SELECT max(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'");
            product = db.queryInt("SELECT min(id) FROM product WHERE tracking = 'none'");
        }
        QJsonArray ops;
        constexpr int kMoves = 1203; // the server takes 1,000 a batch
        QString forbiddenUuid;
        for (int i = 0; i < kMoves + 1; ++i) {
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QJsonObject op {{QStringLiteral("uuid"), uuid}, {QStringLiteral("seq"), i + 1},
                {QStringLiteral("local_time"), QStringLiteral("2026-11-26T09:00:00.000Z")}};
            if (i == 1100) { // user 1 is a picker: approving is a supervisor's
                forbiddenUuid = uuid;
                op.insert(QStringLiteral("kind"), QStringLiteral("approve_adjustment"));
                op.insert(QStringLiteral("user_id"), 1);
                op.insert(QStringLiteral("payload"),
                    QJsonObject {{QStringLiteral("adjustment_id"), 1},
                        {QStringLiteral("reason_code"), QStringLiteral("FOUND")}});
            } else {
                op.insert(QStringLiteral("kind"), QStringLiteral("move"));
                op.insert(QStringLiteral("user_id"), 4);
                op.insert(QStringLiteral("payload"),
                    QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("from_location_id"), binA},
                        {QStringLiteral("to_location_id"), binB}, {QStringLiteral("qty"), 1}});
            }
            ops.append(op);
        }
        QFile f(db.dir.filePath(QStringLiteral("export.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
            QJsonObject {{QStringLiteral("server_device_id"), deviceId}, {QStringLiteral("operations"), ops}})
                    .toJson(QJsonDocument::Compact));
        f.close();
        const QStringList importArgs = db.args + QStringList {QStringLiteral("import-ops"), f.fileName()};
        Run r = runServer(importArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1203 applied, 0 duplicate, 1 rejected")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("rejected ") + forbiddenUuid + QStringLiteral(": role.forbidden")),
            qPrintable(r.out));
        r = runServer(importArgs);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 applied, 1203 duplicate, 1 rejected")), qPrintable(r.out));
        QCOMPARE(db.queryInt("SELECT count(*) FROM op_log"), qint64(kMoves));
        QCOMPARE(db.queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'"), qint64(kMoves));
    }

    // stockhand-server site: shows a site's floor settings, sets them, refuses what is not on/off or not a
    // warehouse, and a change reaches the devices through the feed (a change_log entry for the warehouse).
    void siteSettingsAsARealProcess()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        const QStringList base = db.args;
        QCOMPARE(runServer(base + QStringList {QStringLiteral("init")}).code, 0);
        QCOMPARE(runServer(base
                     + QStringList {QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("50"),
                         QStringLiteral("--pin-iterations"), QStringLiteral("1000")})
                     .code,
            0);
        Run r = runServer(base + QStringList {QStringLiteral("site"), QStringLiteral("WH1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("auto-confirm on\nlots-case-sensitive off\n"));
        auto feedEntries = [&] { return db.queryInt("SELECT count(*) FROM change_log WHERE tbl = 'warehouse'"); };
        const qint64 before = feedEntries();
        r = runServer(base
            + QStringList {QStringLiteral("site"), QStringLiteral("WH1"), QStringLiteral("--auto-confirm"),
                QStringLiteral("off"), QStringLiteral("--lots-case-sensitive"), QStringLiteral("on")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("auto-confirm off\nlots-case-sensitive on\n"));
        QVERIFY(feedEntries() > before);
        // One setting at a time leaves the other as it is.
        r = runServer(base
            + QStringList {
                QStringLiteral("site"), QStringLiteral("WH1"), QStringLiteral("--auto-confirm"), QStringLiteral("on")});
        QCOMPARE(r.out, QStringLiteral("auto-confirm on\nlots-case-sensitive on\n"));
        r = runServer(base
            + QStringList {QStringLiteral("site"), QStringLiteral("WH1"), QStringLiteral("--auto-confirm"),
                QStringLiteral("maybe")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--auto-confirm is on or off")), qPrintable(r.err));
        r = runServer(base + QStringList {QStringLiteral("site"), QStringLiteral("NOPE")});
        QVERIFY(r.code != 0);
        QVERIFY2(!r.err.isEmpty(), "an unknown warehouse is named in the error");
        r = runServer(base + QStringList {QStringLiteral("site"), QStringLiteral("WH1")});
        QCOMPARE(r.out, QStringLiteral("auto-confirm on\nlots-case-sensitive on\n"));
    }

    // stockhand-server user group / limit / pin and policy count / count-remove, on either backend: the rows
    // they write (replicated through the feed), their refusals.
    void userAndPolicyToolsAsARealProcess()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        const QStringList base = db.args;
        QCOMPARE(runServer(base
                     + QStringList {QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("50"),
                         QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                         QStringLiteral("--password-iterations"), QStringLiteral("1000")})
                     .code,
            0);
        auto run = [&](const QStringList &args) { return runServer(base + args); };
        Run r = run({QStringLiteral("user"), QStringLiteral("group"), QStringLiteral("--login"),
            QStringLiteral("counter1-wh1"), QStringLiteral("--group"), QStringLiteral("night")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(db.queryText("SELECT count_group FROM user_policy WHERE user_id = "
                              "(SELECT id FROM app_user WHERE login = 'counter1-wh1')"),
            QStringLiteral("night"));
        r = run({QStringLiteral("user"), QStringLiteral("limit"), QStringLiteral("--login"),
            QStringLiteral("supervisor1-wh1"), QStringLiteral("--value-cents"), QStringLiteral("10000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray supervisorLimit = "SELECT count(*) FROM user_policy WHERE user_id = "
                                           "(SELECT id FROM app_user WHERE login = 'supervisor1-wh1') AND ";
        QCOMPARE(db.queryInt(supervisorLimit + "approval_limit_cents = 10000"), 1);
        r = run({QStringLiteral("user"), QStringLiteral("limit"), QStringLiteral("--login"),
            QStringLiteral("supervisor1-wh1"), QStringLiteral("--value-cents"), QStringLiteral("none")});
        QCOMPARE(r.code, 0);
        QCOMPARE(db.queryInt(supervisorLimit + "approval_limit_cents IS NULL"), 1);
        r = run({QStringLiteral("user"), QStringLiteral("limit"), QStringLiteral("--login"),
            QStringLiteral("supervisor1-wh1"), QStringLiteral("--value-cents"), QStringLiteral("lots")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("user.invalid-limit")), qPrintable(r.err));
        r = run({QStringLiteral("user"), QStringLiteral("group"), QStringLiteral("--login"), QStringLiteral("nobody"),
            QStringLiteral("--group"), QStringLiteral("x")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("user.unknown")), qPrintable(r.err));
        QVERIFY(db.queryInt("SELECT count(*) FROM change_log WHERE tbl = 'user_policy'") >= 2);
        // A floor user's PIN and badge; a supervisor has none.
        QCOMPARE(db.queryInt("SELECT pin_iterations FROM app_user WHERE login = 'picker1-wh1'"), 1000);
        r = run({QStringLiteral("user"), QStringLiteral("pin"), QStringLiteral("--login"),
            QStringLiteral("picker1-wh1"), QStringLiteral("--pin"), QStringLiteral("12a4")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("user.invalid-pin")), qPrintable(r.err));
        Run pin = runServer(base
                + QStringList {QStringLiteral("user"), QStringLiteral("pin"), QStringLiteral("--login"),
                    QStringLiteral("picker1-wh1"), QStringLiteral("--pin"), QStringLiteral("-"),
                    QStringLiteral("--badge"), QStringLiteral("NEW-BADGE")},
            "98765\n");
        QVERIFY2(pin.code == 0, qPrintable(pin.err));
        QCOMPARE(db.queryText("SELECT badge FROM app_user WHERE login = 'picker1-wh1'"), QStringLiteral("NEW-BADGE"));
        QCOMPARE(
            db.queryInt("SELECT pin_iterations FROM app_user WHERE login = 'picker1-wh1'"), NewUser {}.pinIterations);
        r = run({QStringLiteral("user"), QStringLiteral("pin"), QStringLiteral("--login"),
            QStringLiteral("supervisor1-wh1"), QStringLiteral("--pin"), QStringLiteral("4321")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("user.pin-for-supervisor")), qPrintable(r.err));
        // A count policy of a warehouse and a group: set, set again (one row), removed, removed again (none).
        const QStringList scope {
            QStringLiteral("--warehouse"), QStringLiteral("WH1"), QStringLiteral("--group"), QStringLiteral("night")};
        r = run(QStringList {QStringLiteral("policy"), QStringLiteral("count"), QStringLiteral("--max-qty"),
                    QStringLiteral("2.5"), QStringLiteral("--max-percent"), QStringLiteral("10")}
            + scope);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(QStringList {QStringLiteral("policy"), QStringLiteral("count"), QStringLiteral("--max-qty"),
                    QStringLiteral("3"), QStringLiteral("--max-percent"), QStringLiteral("12.5")}
            + scope);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(db.queryInt("SELECT count(*) FROM count_policy"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM count_policy WHERE warehouse_id = 1 AND user_group = 'night' "
                             "AND max_qty = 3000 AND max_percent = 12.5 AND max_value_cents = -1"),
            1);
        r = run(QStringList {QStringLiteral("policy"), QStringLiteral("count"), QStringLiteral("--max-qty"),
                    QStringLiteral("many")}
            + scope);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("policy.invalid")), qPrintable(r.err));
        QVERIFY(db.queryInt("SELECT count(*) FROM change_log WHERE tbl = 'count_policy'") >= 2);
        r = run(QStringList {QStringLiteral("policy"), QStringLiteral("count-remove")} + scope);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("removed\n"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM count_policy"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM change_log WHERE tbl = 'count_policy' AND deleted = 1"), 1);
        r = run(QStringList {QStringLiteral("policy"), QStringLiteral("count-remove")} + scope);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QStringLiteral("no such policy\n"));
    }

    void subcommandsAsARealProcess()
    {
        EmptyServer db;
        QVERIFY2(db.open(), qPrintable(db.error));
        const QStringList base = db.args;
        Run r = runServer(base + QStringList {QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("epoch")));
        r = runServer(base
            + QStringList {QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("200"),
                QStringLiteral("--pin-iterations"), QStringLiteral("1000")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("200 products")));
        // A second seed refuses a non-empty database.
        QVERIFY(runServer(base + QStringList {QStringLiteral("seed")}).code != 0);
        r = runServer(base
                + QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"),
                    QStringLiteral("kim"), QStringLiteral("--badge"), QStringLiteral("K-1"), QStringLiteral("--roles"),
                    QStringLiteral("picker"), QStringLiteral("--warehouse"), QStringLiteral("WH1"),
                    QStringLiteral("--pin"), QStringLiteral("-")},
            "90817\n");
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("90817")) && !r.err.contains(QStringLiteral("90817")));
        r = runServer(
            base + QStringList {QStringLiteral("enrol"), QStringLiteral("--warehouse"), QStringLiteral("WH1")});
        QCOMPARE(r.code, 0);
        const QString code = r.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{5}-[A-Z2-9]{5}$")).match(code).hasMatch());
        // Trade the code in-process (the same database), then list and revoke through the CLI.
        QVERIFY(db.core->devices().enrol(code, QStringLiteral("hh")).ok());
        r = runServer(base + QStringList {QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("active")));
        const QString deviceId = r.out.section(QLatin1Char('\t'), 0, 0).trimmed();
        QCOMPARE(runServer(base + QStringList {QStringLiteral("devices"), QStringLiteral("revoke"), deviceId}).code, 0);
        QVERIFY(runServer(base + QStringList {QStringLiteral("devices"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("revoked")));
        QVERIFY(
            runServer(base + QStringList {QStringLiteral("devices"), QStringLiteral("revoke"), deviceId}).code != 0);
        r = runServer(base + QStringList {QStringLiteral("rotate-epoch")});
        QCOMPARE(r.code, 0);
        QCOMPARE(runServer(base + QStringList {QStringLiteral("compact-feed")}).code, 0);
        // A file that is not ours is refused.
        QFile foreign(db.dir.filePath(QStringLiteral("foreign.db")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(QByteArray(4096, 'x'));
        foreign.close();
        QVERIFY(runServer({QStringLiteral("--db"), foreign.fileName(), QStringLiteral("init")}).code != 0);
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
