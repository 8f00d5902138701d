// The PostgreSQL backend through the real stockhand-server (docs/server.md, "PostgreSQL"): the admin
// commands on a postgresql:// database, and several server processes on ONE database with many concurrent
// clients, each of which must end with a replica equal to the database (the feed never skips nor repeats
// a change, every operation is applied once).
#include "feedtables.h"
#include "pgtestserver.h"
#include "replica.h"
#include "serverprocess.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/postgresql/pgschema.h"
#include "storage/postgresql/pgstorage.h"
#include "storage/sqlite/embeddedserver.h"
#include "store/snapshotfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace {

// Runs stockhand-server with these arguments; its exit code and output.
int runServer(const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STOCKHAND_ALLOW_ROOT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(serverBinary(), args);
    if (!p.waitForFinished(300000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// A port nobody listens on now.
quint16 freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(PgTestServer::instance(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_url = PgTestServer::instance()->createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_config = m_dir->filePath(QStringLiteral("server.ini"));
        QSettings ini(m_config, QSettings::IniFormat);
        ini.setValue(QStringLiteral("server/database"), m_url);
        ini.setValue(QStringLiteral("server/session_key_file"), QStringLiteral("site.session-key"));
        ini.setValue(QStringLiteral("snapshot_files/directory"), QStringLiteral("snapshots"));
        ini.sync();
    }

    // init, seed, user add, enrol on a postgresql:// database; the SQLite-only commands refuse clearly.
    void adminCommandsWorkOnPostgres()
    {
        QByteArray out;
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("init")}, &out), 0);
        QVERIFY2(out.contains("epoch "), out.constData());
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("seed"), QStringLiteral("--products"),
                               QStringLiteral("40"), QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                               QStringLiteral("--password-iterations"), QStringLiteral("1000")},
                     &out),
            0);
        QVERIFY2(out.contains("seeded: "), out.constData());
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("site.session-key"))));
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("user"), QStringLiteral("add"),
                               QStringLiteral("--login"), QStringLiteral("pia"), QStringLiteral("--badge"),
                               QStringLiteral("B-PIA"), QStringLiteral("--pin"), QStringLiteral("4711"),
                               QStringLiteral("--roles"), QStringLiteral("picker"), QStringLiteral("--warehouse"),
                               QStringLiteral("1")},
                     &out),
            0);
        QVERIFY2(out.contains("user pia id "), out.constData());
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("enrol"),
                               QStringLiteral("--warehouse"), QStringLiteral("1")},
                     &out),
            0);
        QVERIFY(out.trimmed().size() >= 8);
        // The rows are in PostgreSQL, and reached the feed.
        auto c = pg::Connection::open(m_url);
        QVERIFY(c.ok());
        QCOMPARE((*c)->queryInt("SELECT count(*) FROM product").valueOr(-1), 40);
        QCOMPARE((*c)->queryInt("SELECT count(*) FROM app_user WHERE login = 'pia'").valueOr(-1), 1);
        QVERIFY((*c)->queryInt("SELECT count(*) FROM change_log WHERE tbl = 'quant'").valueOr(-1) > 0);
        QCOMPARE((*c)->queryInt("SELECT max(version) FROM schema_version").valueOr(-1), pg::kPgSchemaVersion);
        // The other commands of the interface's tools.
        QFile pw(m_dir->filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("a long new pass phrase\n");
        pw.close();
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("user"), QStringLiteral("password"),
                               QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                               pw.fileName(), QStringLiteral("--password-iterations"), QStringLiteral("1000")},
                     &out),
            0);
        QCOMPARE((*c)->queryInt("SELECT iterations FROM user_credential WHERE user_id = "
                                "(SELECT id FROM app_user WHERE login = 'admin')")
                     .valueOr(-1),
            1000);
        for (const QStringList &args : {QStringList {QStringLiteral("devices"), QStringLiteral("list")},
                 QStringList {QStringLiteral("sessions"), QStringLiteral("list")}, QStringList {QStringLiteral("sscc")},
                 QStringList {QStringLiteral("compact-feed")}})
            QCOMPARE(runServer(QStringList {QStringLiteral("--config"), m_config} + args, &out), 0);
        QVERIFY2(out.contains("superseded feed entries"), out.constData());
        const QString epoch = (*c)->query("SELECT value FROM server_meta WHERE key = 'epoch'")->text(0, 0);
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("rotate-epoch")}, &out), 0);
        QVERIFY((*c)->query("SELECT value FROM server_meta WHERE key = 'epoch'")->text(0, 0) != epoch);
        // Import through COPY (pgimport.cpp): the row and its feed entry.
        QFile csv(m_dir->filePath(QStringLiteral("p.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,sku,name\n900,X-900,Widget\n");
        csv.close();
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("import"), csv.fileName(),
                               QStringLiteral("--table"), QStringLiteral("product")},
                     &out),
            0);
        QVERIFY2(out.contains("imported 1 rows"), out.constData());
        QCOMPARE((*c)->query("SELECT name FROM product WHERE id = 900")->text(0, 0), QStringLiteral("Widget"));
        QCOMPARE(
            (*c)->queryInt("SELECT count(*) FROM change_log WHERE tbl = 'product' AND key = '900'").valueOr(-1), 1);
    }

    // The same import files on both backends (one parser, importrows.h; SQLite row by row, PostgreSQL by COPY
    // in runs): the same rows, the same import moves, the same feed entries in the same order, also with a
    // key twice in one file, rows with columns of their own, quants by id and by place; the same refusals.
    void importMatchesSqliteRowForRow()
    {
        QTemporaryDir dir;
        ManualClock clock;
        auto lite = EmbeddedServer::open(dir.filePath(QStringLiteral("s.db")), clock);
        QVERIFY(lite.ok());
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        auto pgCore = openServer(m_url, clock, config);
        QVERIFY2(pgCore.ok(), pgCore.ok() ? "" : qPrintable(pgCore.error().toString()));
        ServerCore &sqlite = *lite.value();
        ServerCore &postgres = *pgCore.value();
        pg::Connection &c = *postgresConnection(postgres);
        const QByteArray json = R"({
          "warehouses": [{"id": 1, "code": "WH1", "name": "Hamburg"}, {"id": 2, "code": "WH2", "name": "Kiel"},
                         {"id": 1, "code": "WH1", "name": "Hamburg DC"}],
          "locations": [{"id": 10, "warehouse_id": 1, "barcode": "A-01", "name": "A-01", "type": "bin", "pick_seq": 3},
                        {"id": 11, "warehouse_id": 1, "barcode": "A-02", "name": "A-02", "type": "bin"},
                        {"id": 12, "warehouse_id": 2, "barcode": "K-01", "name": "K-01", "type": "bin", "parent_id": null}],
          "products": [{"id": 100, "sku": "M8", "name": "Bolt", "tracking": "lot", "unit_value_cents": 35},
                       {"id": 101, "sku": "000777", "name": "Nut"},
                       {"id": 100, "sku": "M8", "name": "Bolt M8", "tracking": "lot", "unit_value_cents": 36},
                       {"id": 102, "sku": "W", "name": "Washer", "uom": "pc"}],
          "barcodes": [{"code": "04006381333931", "product_id": 100, "packaging": "unit", "qty": "1"},
                       {"code": "0123", "product_id": 101, "qty": 2.5}],
          "lots": [{"id": 7, "product_id": 100, "name": "L-1", "expiry": "2027-11-30"}],
          "quants": [{"location_id": 10, "product_id": 100, "lot_id": 7, "qty": "250.5"},
                     {"location_id": 11, "product_id": 101, "qty": "10"},
                     {"location_id": 11, "product_id": 101, "qty": "7"},
                     {"location_id": 12, "product_id": 102, "qty": 4},
                     {"id": 2, "location_id": 11, "product_id": 101, "qty": "9"}],
          "transfers": [{"id": 500, "warehouse_id": 1, "kind": "pick", "reference": "PICK/0500", "state": "open"}],
          "transfer_lines": [{"id": 9000, "transfer_id": 500, "seq": 1, "product_id": 100, "from_location_id": 10,
                              "qty_expected": "12"}],
          "reason_codes": [{"code": "DAMAGED", "label": "Damaged", "kind": "adjustment"}]
        })";
        const QByteArray csv = "location_id,product_id,lot_id,qty\n10,100,7,240\n12,102,,4\n11,101,,0\n";
        for (ServerCore *core : {&sqlite, &postgres}) {
            auto j = importJson(*core, json);
            QVERIFY2(j.ok(), j.ok() ? "" : qPrintable(j.error().toString()));
            QCOMPARE(j->total(), 21);
            auto q = importCsv(*core, QStringLiteral("quants"), csv);
            QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().toString()));
        }
        // Rows of a statement as text, NULL as empty (ncols columns).
        auto dump = [&](ServerCore &core, const char *sql, int ncols) {
            QStringList rows;
            if (&core == &postgres) {
                auto r = c.query(sql);
                for (int i = 0; r && i < r->size(); ++i) {
                    QStringList row;
                    for (int col = 0; col < ncols; ++col)
                        row.append(r->text(i, col));
                    rows.append(row.join(QLatin1Char('|')));
                }
                return rows;
            }
            auto st = static_cast<EmbeddedServer &>(core).db().prepare(sql);
            while (st && st->step().valueOr(false)) {
                QStringList row;
                for (int col = 0; col < ncols; ++col)
                    row.append(st->text(col));
                rows.append(row.join(QLatin1Char('|')));
            }
            return rows;
        };
        const QList<QPair<const char *, int>> checks = {
            {"SELECT tbl, key, warehouse_id, deleted FROM change_log ORDER BY seq", 4},
            {"SELECT kind, product_id, lot_id, package_id, from_location_id, to_location_id, qty, reason_code "
             "FROM stock_move ORDER BY id",
                8},
            {"SELECT id, code, name, auto_confirm FROM warehouse ORDER BY id", 4},
            {"SELECT id, warehouse_id, barcode, name, type, parent_id, pick_seq FROM location ORDER BY id", 7},
            {"SELECT id, sku, name, uom, tracking, unit_value_cents FROM product ORDER BY id", 6},
            {"SELECT code, product_id, packaging, qty FROM product_barcode ORDER BY code", 4},
            {"SELECT id, location_id, product_id, lot_id, package_id, qty FROM quant ORDER BY id", 6},
            {"SELECT id, transfer_id, product_id, from_location_id, qty_expected, qty_done FROM transfer_line ORDER BY "
             "id",
                6},
            {"SELECT code, label, kind FROM reason_code ORDER BY code", 3},
        };
        for (const auto &check : checks) {
            const QStringList expected = dump(sqlite, check.first, check.second);
            QVERIFY2(!expected.isEmpty(), check.first);
            QCOMPARE(dump(postgres, check.first, check.second), expected);
        }
        QCOMPARE(dump(postgres, "SELECT sku FROM product WHERE id = 101", 1), QStringList {QStringLiteral("777")});
        QCOMPARE(dump(postgres, "SELECT count(*) FROM change_log WHERE tbl = 'product' AND key = '100'", 1),
            QStringList {QStringLiteral("2")}); // a key twice: two upserts, two entries

        // Refusals: the same error (the parser's own word for word; a row PostgreSQL refuses is named by its
        // number as SQLite's), nothing written.
        const QList<QByteArray> bad
            = {R"({"secrets": []})", R"({"warehouses": [{"id": 5, "code": "W5", "name": "W", "x": 1}]})",
                R"({"quants": [{"location_id": 10, "product_id": 100, "qty": "1.2345"}]})",
                R"({"locations": [{"id": 20, "warehouse_id": 1, "barcode": "B-1", "name": "B", "type": "bin"},
                              {"id": 21, "warehouse_id": 1, "barcode": "B-2", "name": "B", "type": "bin"},
                              {"id": 22, "warehouse_id": 99, "barcode": "B-3", "name": "B", "type": "bin"},
                              {"id": 23, "warehouse_id": 1, "barcode": "B-4", "name": "B", "type": "bin"}]})",
                "{"};
        const qint64 feedBefore = c.queryInt("SELECT count(*) FROM change_log").valueOr(-1);
        for (const QByteArray &file : bad) {
            auto a = importJson(sqlite, file);
            auto b = importJson(postgres, file);
            QVERIFY(!a.ok() && !b.ok());
            if (a.error().code.startsWith(QLatin1String("import."))) {
                QCOMPARE(b.error().code, a.error().code);
                QCOMPARE(b.error().message, a.error().message);
            } else {
                QVERIFY2(
                    a.error().message.startsWith(QLatin1String("location row 3: ")), qPrintable(a.error().message));
                QVERIFY2(
                    b.error().message.startsWith(QLatin1String("location row 3: ")), qPrintable(b.error().message));
                QCOMPARE(b.error().code, QStringLiteral("storage.constraint"));
            }
        }
        QCOMPARE(c.queryInt("SELECT count(*) FROM change_log").valueOr(-1), feedBefore);
        QCOMPARE(c.queryInt("SELECT count(*) FROM location WHERE id >= 20").valueOr(-1), 0);
        auto text = importCsv(
            postgres, QStringLiteral("location"), "id,warehouse_id,barcode,name,type,pick_seq\n30,1,C-1,C,bin,first\n");
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, QStringLiteral("import.invalid-value"));
    }

    // The snapshot file of a warehouse, read from PostgreSQL: the device's world tables with the rows of the
    // scope and the stamp of the same read.
    void snapshotFileHoldsTheWarehouse()
    {
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("seed"), QStringLiteral("--products"),
                     QStringLiteral("40"), QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                     QStringLiteral("--password-iterations"), QStringLiteral("1000")}),
            0);
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        auto core = openServer(m_url, SystemClock::instance(), config);
        QVERIFY(core.ok());
        pg::Connection &db = *postgresConnection(**core);
        const QString path = m_dir->filePath(QStringLiteral("wh1.snapshot"));
        auto stamp = (*core)->storage().writeSnapshotFile(1, path);
        QVERIFY2(stamp.ok(), stamp.ok() ? "" : qPrintable(stamp.error().toString()));
        auto meta = store::readSnapshotFileMeta(path);
        QVERIFY(meta.ok());
        QCOMPARE(meta->epoch, (*core)->epoch());
        QCOMPARE(meta->cursor, (*core)->storage().latestCursor(1).valueOr(-1));
        QCOMPARE(meta->warehouseId, 1);
        qint64 rows = 0;
        for (const FeedTable &t : feedTables()) {
            const std::string sql = std::string("SELECT count(*) FROM ") + t.name + " WHERE " + pg::scopeClause(t);
            rows += db.queryInt(sql.c_str(), pg::scopeUsesWarehouse(t) ? pg::Params().add(qint64(1)) : pg::Params())
                        .valueOr(-1000000);
        }
        QCOMPARE(meta->rows, rows);
        QCOMPARE(stamp->rows, rows);
        db::OpenOptions readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        auto file = db::Database::openUnconfigured(path, readOnly);
        QVERIFY(file.ok());
        QCOMPARE((*file)->queryInt("SELECT sum(qty) FROM quant").valueOr(-1),
            db.queryInt(
                  "SELECT sum(qty) FROM quant WHERE location_id IN (SELECT id FROM location WHERE warehouse_id = 1)")
                .valueOr(-2));
        // PIN verifiers (bytea) arrive as the same bytes.
        QCOMPARE((*file)->queryInt("SELECT sum(length(pin_hash)) FROM app_user").valueOr(-1),
            db.queryInt("SELECT sum(length(pin_hash)) FROM app_user WHERE warehouse_id = 1 OR warehouse_id IS NULL")
                .valueOr(-2));
        QVERIFY((*file)->queryInt("SELECT sum(length(pin_hash)) FROM app_user").valueOr(0) > 0);
    }

    // A commit that wrote the feed is announced to every other connection that listens (the long polls of
    // every process wake at once); an open transaction's writes are not.
    void feedCommitsAreAnnouncedToOtherProcesses()
    {
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("seed"), QStringLiteral("--products"),
                     QStringLiteral("40"), QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                     QStringLiteral("--password-iterations"), QStringLiteral("1000")}),
            0);
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        auto listener = openServer(m_url, SystemClock::instance(), config);
        auto writer = openServer(m_url, SystemClock::instance(), config);
        QVERIFY(listener.ok() && writer.ok());
        const int fd = (*listener)->storage().feedNotifySocket();
        QVERIFY(fd >= 0);
        pg::Connection &db = *postgresConnection(**writer);
        const qint64 bin
            = db.queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'").valueOr(0);
        const qint64 product = db.queryInt("SELECT min(id) FROM product WHERE tracking = 'none'").valueOr(0);
        QVERIFY(bin > 0 && product > 0);
        auto readable = [fd](int timeoutMs) {
            pollfd p {fd, POLLIN, 0};
            return ::poll(&p, 1, timeoutMs) == 1;
        };
        {
            auto batch = (*writer)->storage().beginBatch();
            QVERIFY(batch.ok());
            QVERIFY((*batch)->addToQuant(QuantKey {bin, product, 0, 0}, 1000).ok());
            (void)readable(300);
            QVERIFY(!(*listener)->storage().consumeFeedNotifications()); // not committed yet
            QVERIFY((*batch)->commit().ok());
        }
        QVERIFY(readable(10000));
        QVERIFY((*listener)->storage().consumeFeedNotifications());
        QVERIFY(!(*listener)->storage().consumeFeedNotifications()); // consumed
    }

    // Two processes behind HAProxy (Debian's haproxy, health checks on /health): a device goes on pushing
    // through the proxy when one process dies, and every operation is applied once.
    void haproxyRoutesAroundADeadProcess()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/haproxy")))
            QFAIL("haproxy is missing (scripts/deps.sh installs it)");
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("seed"), QStringLiteral("--products"),
                     QStringLiteral("40"), QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                     QStringLiteral("--password-iterations"), QStringLiteral("1000")}),
            0);
        std::vector<std::unique_ptr<ServerProcess>> servers;
        for (int i = 0; i < 2; ++i) {
            auto s = std::make_unique<ServerProcess>();
            QVERIFY2(s->start(m_url, {QStringLiteral("--config"), m_config}), qPrintable(s->lastError));
            servers.push_back(std::move(s));
        }
        const quint16 port = freeTcpPort();
        QVERIFY(port > 0);
        QFile cfg(m_dir->filePath(QStringLiteral("haproxy.cfg")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(QStringLiteral("global\n    maxconn 512\n"
                                 "defaults\n    mode http\n    timeout connect 2s\n    timeout client 60s\n"
                                 "    timeout server 60s\n    retries 3\n    option redispatch\n"
                                 "frontend devices\n    bind 127.0.0.1:%1\n    default_backend servers\n"
                                 "backend servers\n    balance roundrobin\n    option httpchk GET /health\n"
                                 "    default-server inter 200ms fall 2 rise 1\n"
                                 "    server s1 127.0.0.1:%2 check\n    server s2 127.0.0.1:%3 check\n")
                      .arg(port)
                      .arg(servers[0]->port())
                      .arg(servers[1]->port())
                      .toUtf8());
        cfg.close();
        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        proxy.start(QStringLiteral("/usr/sbin/haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), cfg.fileName()});
        QVERIFY(proxy.waitForStarted());
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QNetworkAccessManager nam;
        // Ready when /health answers through the proxy: observed, haproxy prints nothing when it listens.
        QVERIFY(QTest::qWaitFor(
            [&] { return httpRequest(nam, "GET", base.resolved(QUrl(QStringLiteral("/health")))).status == 200; },
            20000));
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        auto core = openServer(m_url, SystemClock::instance(), config);
        QVERIFY(core.ok());
        pg::Connection &db = *postgresConnection(**core);
        auto code = (*core)->devices().issueCode(1, 1);
        QVERIFY(code.ok());
        const HttpResult enrolled = httpRequest(nam, "POST", base.resolved(QUrl(QStringLiteral("/v1/enrol"))), {},
            QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()},
                              {QStringLiteral("device_name"), QStringLiteral("behind-proxy")}})
                .toJson());
        QCOMPARE(enrolled.status, 200);
        const QByteArray token = enrolled.json().value(QStringLiteral("token")).toString().toLatin1();
        const qint64 binA
            = db.queryInt("SELECT min(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'").valueOr(0);
        const qint64 binB
            = db.queryInt("SELECT max(id) FROM location WHERE warehouse_id = 1 AND type = 'bin'").valueOr(0);
        const qint64 product = db.queryInt("SELECT min(id) FROM product WHERE tracking = 'none'").valueOr(0);
        const qint64 receiver
            = db.queryInt(
                    "SELECT id FROM app_user WHERE roles LIKE '%receiver%' AND warehouse_id = 1 ORDER BY id LIMIT 1")
                  .valueOr(0);
        constexpr int kPushes = 20;
        for (int i = 0; i < kPushes; ++i) {
            if (i == kPushes / 2)
                servers[0]->kill9(); // mid-way: the proxy must route around it
            const QJsonObject op {{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("seq"), i + 1}, {QStringLiteral("kind"), QStringLiteral("move")},
                {QStringLiteral("user_id"), receiver},
                {QStringLiteral("payload"),
                    QJsonObject {{QStringLiteral("product_id"), product}, {QStringLiteral("from_location_id"), binA},
                        {QStringLiteral("to_location_id"), binB}, {QStringLiteral("qty"), 1}}}};
            const QByteArray body = QJsonDocument(
                QJsonObject {{QStringLiteral("operations"),
                    QJsonArray {op}}}).toJson(QJsonDocument::Compact);
            // As a device: a failed or 503 push is sent again (the same uuid: applied once).
            HttpResult h;
            for (int attempt = 0; attempt < 50 && h.status != 200; ++attempt)
                h = httpRequest(nam, "POST", base.resolved(QUrl(QStringLiteral("/v1/push"))), token, body);
            QCOMPARE(h.status, 200);
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM op_log WHERE kind = 'move'").valueOr(-1), kPushes);
        QCOMPARE(db.queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'").valueOr(-1), kPushes);
        proxy.terminate();
        QVERIFY(proxy.waitForFinished(10000));
        QCOMPARE(servers[1]->terminate(), 0);
    }

    // Four processes on one database, 64 devices pushing and pulling at once through all of them: every
    // operation applied once, every device's replica equal to the database at the end, cursors never
    // going back.
    void fourProcessesKeepEveryReplicaExact()
    {
        QCOMPARE(runServer({QStringLiteral("--config"), m_config, QStringLiteral("seed"), QStringLiteral("--products"),
                     QStringLiteral("40"), QStringLiteral("--pin-iterations"), QStringLiteral("1000"),
                     QStringLiteral("--password-iterations"), QStringLiteral("1000")}),
            0);
        constexpr int kProcesses = 4, kClients = 64, kRounds = 6, kOpsPerPush = 3;
        std::vector<std::unique_ptr<ServerProcess>> servers;
        for (int i = 0; i < kProcesses; ++i) {
            auto s = std::make_unique<ServerProcess>();
            QVERIFY2(
                s->start(m_url,
                    {QStringLiteral("--config"), m_config, QStringLiteral("--reader-threads"), QStringLiteral("1")}),
                qPrintable(s->lastError));
            servers.push_back(std::move(s));
        }
        // Codes and the facts of the world from an in-process core on the same database.
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        auto core = openServer(m_url, SystemClock::instance(), config); // the processes' clock: codes valid
        QVERIFY(core.ok());
        pg::Connection &db = *postgresConnection(**core);
        auto bins = db.query("SELECT id FROM location WHERE warehouse_id = 1 AND type = 'bin' ORDER BY id LIMIT 2");
        auto products = db.query("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 8");
        const qint64 receiver
            = db.queryInt("SELECT id FROM app_user WHERE roles LIKE '%receiver%' AND warehouse_id = 1 "
                          "ORDER BY id LIMIT 1")
                  .valueOr(0);
        QVERIFY(bins.ok() && bins->size() == 2 && products.ok() && products->size() == 8 && receiver > 0);
        QNetworkAccessManager nam;
        QStringList tokens;
        for (int i = 0; i < kClients; ++i) {
            auto code = (*core)->devices().issueCode(1, 1);
            QVERIFY(code.ok());
            const HttpResult r
                = httpRequest(nam, "POST", servers[size_t(i % kProcesses)]->url(QStringLiteral("/v1/enrol")), {},
                    QJsonDocument(QJsonObject {{QStringLiteral("code"), code.value()},
                                      {QStringLiteral("device_name"), QStringLiteral("hh-%1").arg(i)}})
                        .toJson());
            QCOMPARE(r.status, 200);
            tokens.append(r.json().value(QStringLiteral("token")).toString());
        }
        const qint64 binA = bins->int64(0, 0), binB = bins->int64(1, 0);
        std::vector<Replica> replicas(kClients);
        std::atomic<int> failures {0};
        QStringList errors;
        std::mutex errorsMutex;
        auto fail = [&](const QString &what) {
            ++failures;
            std::lock_guard lock(errorsMutex);
            if (errors.size() < 10)
                errors.append(what);
        };
        auto pullAll = [&](QNetworkAccessManager &n, int client) {
            Replica &r = replicas[size_t(client)];
            for (int page = 0; page < 1000; ++page) {
                const QUrl url = servers[size_t((client + page) % kProcesses)]->url(
                    QStringLiteral("/v1/changes?cursor=%1&limit=500").arg(r.cursor));
                const HttpResult h = httpRequest(n, "GET", url, tokens.at(client).toLatin1());
                if (h.status != 200) {
                    fail(
                        QStringLiteral("pull %1: HTTP %2 %3").arg(client).arg(h.status).arg(QString::fromUtf8(h.body)));
                    return;
                }
                const qint64 before = r.cursor;
                const QJsonObject end = r.apply(h.body);
                if (r.cursor < before)
                    fail(QStringLiteral("client %1: cursor went back from %2 to %3")
                             .arg(client)
                             .arg(before)
                             .arg(r.cursor));
                if (!end.value(QStringLiteral("more")).toBool())
                    return;
            }
        };
        std::vector<std::thread> threads;
        for (int client = 0; client < kClients; ++client) {
            threads.emplace_back([&, client] {
                QNetworkAccessManager n;
                qint64 seq = 0;
                for (int round = 0; round < kRounds; ++round) {
                    QJsonArray ops;
                    for (int k = 0; k < kOpsPerPush; ++k) {
                        const bool forth = (round + k) % 2 == 0;
                        ops.append(
                            QJsonObject {{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {QStringLiteral("seq"), ++seq}, {QStringLiteral("kind"), QStringLiteral("move")},
                                {QStringLiteral("user_id"), receiver},
                                {QStringLiteral("payload"),
                                    QJsonObject {{QStringLiteral("product_id"), products->int64((client + k) % 8, 0)},
                                        {QStringLiteral("from_location_id"), forth ? binA : binB},
                                        {QStringLiteral("to_location_id"), forth ? binB : binA},
                                        {QStringLiteral("qty"), 1 + (client + k) % 3}}}});
                    }
                    const QUrl url = servers[size_t((client + round) % kProcesses)]->url(QStringLiteral("/v1/push"));
                    const QByteArray body = QJsonDocument(
                        QJsonObject {{QStringLiteral("operations"),
                            ops}}).toJson(QJsonDocument::Compact);
                    // A push answered 503 (nothing committed) is sent again, as a device does.
                    HttpResult h;
                    for (int attempt = 0; attempt < 20; ++attempt) {
                        h = httpRequest(n, "POST", url, tokens.at(client).toLatin1(), body);
                        if (h.status != 503)
                            break;
                    }
                    if (h.status != 200) {
                        fail(QStringLiteral("push %1: HTTP %2 %3")
                                 .arg(client)
                                 .arg(h.status)
                                 .arg(QString::fromUtf8(h.body)));
                        return;
                    }
                    pullAll(n, client);
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        // Every operation applied exactly once.
        QCOMPARE(db.queryInt("SELECT count(*) FROM op_log WHERE kind = 'move' AND status = 'applied'").valueOr(-1),
            qint64(kClients) * kRounds * kOpsPerPush);
        QCOMPARE(db.queryInt("SELECT count(*) FROM stock_move WHERE kind = 'move'").valueOr(-1),
            qint64(kClients) * kRounds * kOpsPerPush);
        // Every replica, brought to the end of the feed, equals the database's rows of warehouse 1.
        for (int client = 0; client < kClients; ++client) {
            QNetworkAccessManager n;
            pullAll(n, client);
            QCOMPARE(failures.load(), 0);
            const Replica &r = replicas[size_t(client)];
            for (const FeedTable &t : feedTables()) {
                const std::string sql = std::string("SELECT count(*) FROM ") + t.name + " WHERE " + pg::scopeClause(t);
                const qint64 rows
                    = db.queryInt(sql.c_str(), pg::scopeUsesWarehouse(t) ? pg::Params().add(qint64(1)) : pg::Params())
                          .valueOr(-1);
                QCOMPARE(qint64(r.tables.value(QLatin1String(t.name)).size()), rows);
            }
            auto quants = db.query("SELECT id, qty FROM quant WHERE location_id IN (SELECT id FROM location WHERE "
                                   "warehouse_id = 1)");
            QVERIFY(quants.ok());
            for (int i = 0; i < quants->size(); ++i)
                QCOMPARE(r.tables.value(QStringLiteral("quant"))
                             .value(QString::number(quants->int64(i, 0)))
                             .at(5)
                             .toInteger(),
                    quants->int64(i, 1));
        }
        for (auto &s : servers)
            QCOMPARE(s->terminate(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgresql.moc"
