#include "syncfixture.h"

#include "store/feedwriter.h"
#include "store/snapshotfile.h"

#include "storage/sqlite/admin.h"

#include "ops/ops.h"

#include "demo/demogenerator.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSignalSpy>

namespace stockhand::test {

Site::Site(const QString &dir, server::CoreConfig coreConfig)
    : path(dir + QStringLiteral("/server.db"))
    , config(std::move(coreConfig))
{
    auto c = server::EmbeddedServer::open(path, clock, config);
    if (!c)
        qFatal("server: %s", qPrintable(c.error().message));
    core = std::move(c).value();
    demo::DemoOptions o;
    o.warehouses = 2;
    o.products = 300;
    o.binsPerWarehouse = 60;
    o.receipts = 6;
    o.picks = 20;
    o.countTasks = 2;
    o.pinIterations = 10;
    auto s = demo::generateDemo(core->db(), o);
    if (!s)
        qFatal("seed: %s", qPrintable(s.error().message));
    for (const QString &login : {QStringLiteral("supervisor1-wh1"), QStringLiteral("admin")}) {
        if (Status st = server::setUserPassword(core->db(), login, kSupervisorPassword, 1000, utcTime(clock.now()));
            !st)
            qFatal("password: %s", qPrintable(st.error().message));
    }
}

void Site::restart()
{
    core.reset();
    auto c = server::EmbeddedServer::open(path, clock, config);
    if (!c)
        qFatal("server restart: %s", qPrintable(c.error().message));
    core = std::move(c).value();
}

sync::SyncConfig DeviceUnderTest::testConfig()
{
    sync::SyncConfig c;
    c.pageRows = 500;
    c.backoffBaseMs = 40;
    c.backoffCapMs = 400;
    c.transferTimeoutMs = 300;
    c.notify = false;
    c.debounceMs = 50;
    return c;
}

DeviceUnderTest::DeviceUnderTest(Site &s, const QString &storePath, sync::SyncConfig config)
    : site(s)
{
    // synchronous=NORMAL: these tests are about sync, not about fsync (tst_outbox_kill covers durability).
    db::OpenOptions options;
    options.durability = db::Durability::Normal;
    auto st = store::DeviceStore::open(storePath, clock, options);
    if (!st)
        qFatal("device: %s", qPrintable(st.error().message));
    store = std::move(st).value();
    network = std::make_unique<InProcessNetwork>(site.core.get());
    engine = std::make_unique<sync::SyncEngine>(*store, network.get(), config);
    engine->setServer(QUrl(QStringLiteral("http://site.test")));
}

bool DeviceUnderTest::enrol(qint64 warehouseId)
{
    auto code = site.core->devices().issueCode(warehouseId, 1);
    if (!code)
        return false;
    QSignalSpy spy(engine.get(), &sync::SyncEngine::enrolFinished);
    engine->enrol(code.value(), QStringLiteral("test device"));
    return spy.wait(5000) && spy.first().first().toBool();
}

bool DeviceUnderTest::sync()
{
    network->setServer(site.core.get());
    QSignalSpy spy(engine.get(), &sync::SyncEngine::syncFinished);
    // A retry the engine started by itself may be under way: let it end, then sync now.
    if (engine->syncing() && !spy.wait(20000))
        qFatal("a running sync did not finish");
    spy.clear();
    engine->syncNow();
    if (spy.isEmpty() && !spy.wait(20000))
        qFatal("sync did not finish");
    return spy.first().first().toBool();
}

QByteArray worldDigest(db::Database &db, qint64 warehouseId)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const std::string w = std::to_string(warehouseId);
    const std::vector<std::string> queries
        = {"SELECT id, sku, name, uom, tracking, unit_value_cents FROM product ORDER BY id",
            "SELECT code, product_id, packaging, qty FROM product_barcode ORDER BY code",
            "SELECT id, product_id, name, is_serial, expiry FROM lot ORDER BY id",
            "SELECT id, barcode, name, type, pick_seq FROM location WHERE warehouse_id = " + w + " ORDER BY id",
            "SELECT q.id, q.location_id, q.product_id, q.lot_id, q.qty FROM quant q JOIN location l ON l.id = "
            "q.location_id "
            "WHERE l.warehouse_id = "
                + w + " ORDER BY q.id",
            "SELECT id, reference, kind, state, priority FROM transfer WHERE warehouse_id = " + w + " ORDER BY id",
            "SELECT l.id, l.product_id, l.qty_expected, l.qty_done FROM transfer_line l JOIN transfer t ON t.id = "
            "l.transfer_id WHERE t.warehouse_id = "
                + w + " ORDER BY l.id",
            "SELECT id, reference, state FROM count_task WHERE warehouse_id = " + w + " ORDER BY id",
            "SELECT id, login, badge, hex(pin_hash), hex(pin_salt), roles FROM app_user WHERE warehouse_id = " + w
                + " ORDER BY id",
            "SELECT code, label, kind, labels FROM reason_code ORDER BY code",
            "SELECT id, code, name, auto_confirm, lots_case_sensitive FROM warehouse ORDER BY id"};
    for (const std::string &q : queries) {
        auto st = db.prepare(q);
        if (!st)
            qFatal("digest: %s", qPrintable(st.error().message));
        while (st->step().value()) {
            for (int c = 0; c < 6; ++c)
                h.addData(QByteArray(st->text(c).toUtf8() + '|'));
            h.addData(QByteArrayView("\n"));
        }
        h.addData(QByteArrayView("#"));
    }
    return h.result().toHex();
}

QByteArray replicaDump(db::Database &db)
{
    QByteArray out;
    for (const QString &t : store::replicatedTables()) {
        const QString columns = store::snapshotColumns(t);
        auto st = db.prepare(
            QString(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + t + QStringLiteral(" ORDER BY 1"))
                .toStdString());
        if (!st)
            qFatal("dump: %s", qPrintable(st.error().message));
        out += t.toUtf8() + ":\n";
        const int n = int(columns.count(u',')) + 1;
        while (st->step().value()) {
            for (int c = 0; c < n; ++c)
                out += st->text(c).toUtf8() + '|';
            out += '\n';
        }
    }
    return out;
}

Result<Operation> recordPick(store::DeviceStore &store, qint64 lineId, Milli qty, qint64 userId)
{
    auto st = store.db().prepare(
        "SELECT product_id, from_location_id, ifnull(to_location_id, 0) FROM transfer_line WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, lineId);
    auto row = st->step();
    if (!row || !row.value())
        return makeError("test.no-line", QStringLiteral("no line %1").arg(lineId));
    const ops::Pick pick {lineId, st->int64(0), st->int64(1), qty, {}};
    const qint64 destination = st->int64(2);
    st->reset();
    return store.record(ops::draft(pick, userId, pick.effects(destination)));
}

Result<Operation> recordMove(
    store::DeviceStore &store, qint64 productId, qint64 from, qint64 to, Milli qty, qint64 userId)
{
    const ops::Move move {productId, from, to, qty, {}, 0, 0, {}};
    return store.record(ops::draft(move, userId, move.effects()));
}

qint64 userWithRole(db::Database &db, const char *role, qint64 warehouseId)
{
    auto st = db.prepare(
        "SELECT id FROM app_user WHERE warehouse_id = ?1 AND ',' || roles || ',' LIKE ?2 ORDER BY id LIMIT 1");
    st->bind(1, warehouseId).bind(2, QStringLiteral("%,%1,%").arg(QLatin1String(role)));
    return st->step().value() ? st->int64(0) : 0;
}

} // namespace stockhand::test
