// A whole shift driven through stockhand-cli commands only, against the real stockhand-server process on
// 127.0.0.1: two devices enrol (the floor's and the supervisor's), a receipt line is received and the
// receipt validated, the goods put away, one pick line picked and another short picked and the pick
// validated with a backorder, a bin counted with a variance that needs approval; the supervisor approves
// it and asks for a recount of another bin. Then the server's books (its SQLite file, read after it
// stopped) must hold what each command caused: the stock moves, the quants, the transfer states and
// backorders, the adjustment and who decided it, the short-pick exception and the recount task
// (docs/cli.md, "A scripted shift", is the same shift as a shell script).
#include "demo/demogenerator.h"
#include "domain/quantity.h"
#include "e2eutil.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace stockhand::test;
using stockhand::server::test::ServerProcess;

namespace {

const QString kServer = QStringLiteral(STOCKHAND_SERVER_BINARY);
const QString kCli = QStringLiteral(STOCKHAND_CLI_BINARY);
const QString kPin = QStringLiteral("1234");
const QString kPicker = QStringLiteral("U101"), kReceiver = QStringLiteral("U104"), kCounter = QStringLiteral("U106"),
              kSupervisor = QStringLiteral("U108");

std::string num(qint64 v)
{
    return std::to_string(v);
}

// What the seed put where, read from the server's file before the shift.
struct Facts
{
    qint64 receipt = 0, receiptLine = 0, receiptProduct = 0, receiptLines = 0, dock = 0;
    Milli receiptQty = 0;
    qint64 bin = 0; // where the received goods are put away
    qint64 pick = 0, lineA = 0, lineB = 0, pickLines = 0, ship = 0;
    qint64 productA = 0, productB = 0, fromA = 0, fromB = 0;
    Milli qtyA = 0, qtyB = 0, pickedB = 0;
    qint64 countLocation = 0, countProduct = 0, recountLocation = 0;
    Milli countBook = 0;
    QString receiptRef, pickRef, binCode, countCode, recountCode;
};

} // namespace

class TestCliShift : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    Facts f;

    QString store(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // Runs one command; it must exit 0. Returns what it printed.
    QJsonObject cli(const QString &storePath, const QStringList &args)
    {
        QProcess p;
        p.start(kCli, QStringList {QStringLiteral("--store"), storePath} + args);
        if (!p.waitForFinished(120000))
            qFatal("stockhand-cli %s did not finish", qPrintable(args.value(0)));
        const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("stockhand-cli %s exited %d: %s", qPrintable(args.value(0)), p.exitCode(), err.constData());
        return QJsonDocument::fromJson(out).object();
    }
    // A floor command signed in as `badge`: returns the recorded operation's uuid.
    QString floorCommand(const QString &storePath, const QString &badge, const QStringList &args)
    {
        // Supervisors have no PIN on a device of a server: they signed in online (sign-in) and are named only.
        const QStringList credential = badge == kSupervisor
            ? QStringList {QStringLiteral("--user"), badge}
            : QStringList {QStringLiteral("--user"), badge, QStringLiteral("--pin"), kPin};
        const QJsonObject op = cli(storePath, args + credential);
        const QString uuid = op.value(QStringLiteral("uuid")).toString();
        if (uuid.isEmpty() || op.value(QStringLiteral("state")).toString() != u"pending")
            qFatal("%s printed no pending operation", qPrintable(args.value(0)));
        return uuid;
    }
    void sync(const QString &storePath)
    {
        const QJsonObject health = cli(storePath, {QStringLiteral("sync")});
        QVERIFY(health.value(QStringLiteral("ok")).toBool());
        QCOMPARE(health.value(QStringLiteral("pending")).toInteger(), 0);
        QCOMPARE(health.value(QStringLiteral("exceptions")).toInteger(), 0);
    }

    // Picks the shift's entities from the seeded server file so that no two steps touch the same stock.
    void readFacts(db::Database &db)
    {
        f.dock = one(db, "SELECT id FROM location WHERE type = 'receiving' AND warehouse_id = 1");
        f.ship = one(db, "SELECT id FROM location WHERE type = 'shipping' AND warehouse_id = 1");
        f.receiptLine = one(db,
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'receipt' AND t.state = 'open' AND p.tracking = 'none' AND "
            "(SELECT count(*) FROM transfer_line x WHERE x.transfer_id = t.id) >= 2 ORDER BY l.id LIMIT 1");
        QVERIFY(f.receiptLine > 0);
        const auto line = [&](const char *col, qint64 id) {
            return one(db, std::string("SELECT ") + col + " FROM transfer_line WHERE id = " + num(id));
        };
        f.receipt = line("transfer_id", f.receiptLine);
        f.receiptProduct = line("product_id", f.receiptLine);
        f.receiptQty = line("qty_expected", f.receiptLine);
        f.receiptLines = one(db, "SELECT count(*) FROM transfer_line WHERE transfer_id = " + num(f.receipt));
        // A bin without stock of the received product, and no pick line from it.
        f.bin = one(db,
            "SELECT l.id FROM location l WHERE l.type = 'bin' AND l.warehouse_id = 1 AND NOT EXISTS (SELECT 1 FROM "
            "quant q WHERE q.location_id = l.id) AND NOT EXISTS (SELECT 1 FROM transfer_line t WHERE "
            "t.from_location_id = l.id) AND NOT EXISTS (SELECT 1 FROM count_line c WHERE c.location_id = l.id) "
            "ORDER BY l.id LIMIT 1");
        QVERIFY(f.bin > 0);
        // A pick with two lines of untracked products at two different places, the second of 2 or more.
        f.lineB = one(db,
            "SELECT b.id FROM transfer_line b JOIN transfer t ON t.id = b.transfer_id JOIN product pb ON pb.id = "
            "b.product_id WHERE t.kind = 'pick' AND t.state = 'open' AND pb.tracking = 'none' AND b.qty_expected "
            ">= 2000 AND EXISTS (SELECT 1 FROM transfer_line a JOIN product pa ON pa.id = a.product_id WHERE "
            "a.transfer_id = t.id AND a.id != b.id AND pa.tracking = 'none' AND (a.product_id != b.product_id OR "
            "a.from_location_id != b.from_location_id)) ORDER BY b.id LIMIT 1");
        QVERIFY(f.lineB > 0);
        f.pick = line("transfer_id", f.lineB);
        f.lineA = one(db,
            "SELECT a.id FROM transfer_line a JOIN product pa ON pa.id = a.product_id WHERE a.transfer_id = "
                + num(f.pick) + " AND a.id != " + num(f.lineB)
                + " AND pa.tracking = 'none' AND (a.product_id, a.from_location_id) != (SELECT product_id, "
                  "from_location_id FROM transfer_line WHERE id = "
                + num(f.lineB) + ") ORDER BY a.id LIMIT 1");
        QVERIFY(f.lineA > 0);
        f.pickLines = one(db, "SELECT count(*) FROM transfer_line WHERE transfer_id = " + num(f.pick));
        f.productA = line("product_id", f.lineA);
        f.productB = line("product_id", f.lineB);
        f.fromA = line("from_location_id", f.lineA);
        f.fromB = line("from_location_id", f.lineB);
        f.qtyA = line("qty_expected", f.lineA);
        f.qtyB = line("qty_expected", f.lineB);
        f.pickedB = f.qtyB - units(1); // one short
        // A bin of an open count task holding an untracked product that no other step touches.
        const std::string counted = "SELECT q.location_id, q.product_id, q.qty FROM quant q JOIN product p ON p.id = "
                                    "q.product_id JOIN count_line c ON c.location_id = q.location_id AND c.product_id "
                                    "IS NULL AND c.state = 'open' WHERE p.tracking = 'none' AND q.lot_id IS NULL AND "
                                    "q.package_id IS NULL AND q.qty > 0 AND q.location_id NOT IN ("
            + num(f.fromA) + ", " + num(f.fromB) + ", " + num(f.bin) + ") ORDER BY q.id LIMIT 1";
        auto st = db.prepare(counted);
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        f.countLocation = st->int64(0);
        f.countProduct = st->int64(1);
        f.countBook = st->int64(2);
        st->reset();
        f.recountLocation = one(db,
            "SELECT id FROM location WHERE type = 'bin' AND warehouse_id = 1 AND id NOT IN (" + num(f.countLocation)
                + ", " + num(f.bin) + ") ORDER BY id DESC LIMIT 1");
        const auto text = [&](const std::string &sql) {
            auto s = db.prepare(sql);
            if (!s || !s->step().value())
                qFatal("%s", sql.c_str());
            return s->text(0);
        };
        f.receiptRef = text("SELECT reference FROM transfer WHERE id = " + num(f.receipt));
        f.pickRef = text("SELECT reference FROM transfer WHERE id = " + num(f.pick));
        f.binCode = text("SELECT barcode FROM location WHERE id = " + num(f.bin));
        f.countCode = text("SELECT barcode FROM location WHERE id = " + num(f.countLocation));
        f.recountCode = text("SELECT barcode FROM location WHERE id = " + num(f.recountLocation));
    }

    static Milli quant(db::Database &db, qint64 location, qint64 product)
    {
        return one(db,
            "SELECT ifnull(sum(qty), 0) FROM quant WHERE location_id = " + num(location)
                + " AND product_id = " + num(product));
    }

private Q_SLOTS:
    void wholeShift()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("server.db"));
        seedServer(kServer, m_db, 300);
        Milli before[6] = {};
        {
            auto db = openPlain(m_db);
            readFacts(*db);
            if (QTest::currentTestFailed())
                return;
            before[0] = quant(*db, f.dock, f.receiptProduct);
            before[1] = quant(*db, f.bin, f.receiptProduct);
            before[2] = quant(*db, f.fromA, f.productA);
            before[3] = quant(*db, f.fromB, f.productB);
            before[4] = quant(*db, f.ship, f.productA);
            before[5] = quant(*db, f.ship, f.productB);
        }
        QVERIFY2(m_server.start(m_db), qPrintable(m_server.lastError));
        const QString url = m_server.url(QString()).toString();
        const QString floorDb = store("floor.db"), superDb = store("supervisor.db");

        // Enrol both devices and bring them the warehouse.
        for (const QString &s : {floorDb, superDb}) {
            cli(s,
                {QStringLiteral("enrol"), QStringLiteral("--server"), url, QStringLiteral("--code"),
                    enrolmentCode(kServer, m_db)});
            sync(s);
        }

        // The floor's shift.
        const QString receive = floorCommand(floorDb, kReceiver,
            {QStringLiteral("receive"), QStringLiteral("--line"), QString::number(f.receiptLine),
                QStringLiteral("--qty"), formatQuantity(f.receiptQty)});
        const QString validateReceipt = floorCommand(
            floorDb, kReceiver, {QStringLiteral("validate"), QStringLiteral("--transfer"), f.receiptRef});
        const QString putaway = floorCommand(floorDb, kReceiver,
            {QStringLiteral("move"), QStringLiteral("--product"), QString::number(f.receiptProduct),
                QStringLiteral("--from"), QString::number(f.dock), QStringLiteral("--to"), f.binCode,
                QStringLiteral("--qty"), formatQuantity(f.receiptQty)});
        const QString pickA = floorCommand(floorDb, kPicker,
            {QStringLiteral("pick"), QStringLiteral("--line"), QString::number(f.lineA), QStringLiteral("--qty"),
                formatQuantity(f.qtyA)});
        const QString shortB = floorCommand(floorDb, kPicker,
            {QStringLiteral("short-pick"), QStringLiteral("--line"), QString::number(f.lineB), QStringLiteral("--qty"),
                formatQuantity(f.pickedB), QStringLiteral("--reason"), QStringLiteral("NOT_FOUND")});
        const QString validatePick = floorCommand(
            floorDb, kPicker, {QStringLiteral("validate"), QStringLiteral("--transfer"), QString::number(f.pick)});
        const Milli counted = f.countBook + units(50); // far above the thresholds: a supervisor decides
        const QString count = floorCommand(floorDb, kCounter,
            {QStringLiteral("count"), QStringLiteral("--location"), f.countCode, QStringLiteral("--product"),
                QString::number(f.countProduct), QStringLiteral("--qty"), formatQuantity(counted)});
        sync(floorDb);

        // The supervisor sees the variance and decides; another bin is to be counted again.
        sync(superDb);
        qint64 adjustment = 0;
        {
            auto replica = openPlain(superDb);
            adjustment = one(*replica,
                "SELECT id FROM adjustment WHERE state = 'pending' AND location_id = " + num(f.countLocation)
                    + " AND product_id = " + num(f.countProduct));
        }
        QVERIFY(adjustment > 0);
        // The supervisor signs in online on their device (the demo's password, from a file).
        const QString passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
        {
            QFile pf(passwordFile);
            QVERIFY(pf.open(QIODevice::WriteOnly));
            pf.write(QByteArray(demo::kDemoSupervisorPassword) + '\n');
        }
        QVERIFY(cli(superDb,
            {QStringLiteral("sign-in"), QStringLiteral("--login"), QStringLiteral("supervisor1-wh1"),
                QStringLiteral("--password-file"), passwordFile})
                    .value(QStringLiteral("signed_in"))
                    .toBool());
        const QString approve = floorCommand(superDb, kSupervisor,
            {QStringLiteral("approve"), QStringLiteral("--adjustment"), QString::number(adjustment),
                QStringLiteral("--reason"), QStringLiteral("FOUND")});
        const QString recount = floorCommand(
            superDb, kSupervisor, {QStringLiteral("recount"), QStringLiteral("--location"), f.recountCode});
        sync(superDb);
        sync(floorDb);
        QCOMPARE(m_server.terminate(), 0);

        // The server's books.
        auto db = openPlain(m_db);
        const auto opId = [&](const QString &uuid) {
            return one(*db, "SELECT id FROM op_log WHERE status = 'applied' AND uuid = '" + uuid.toStdString() + "'");
        };
        const auto userId = [&](const QString &badge) {
            return one(*db, "SELECT id FROM app_user WHERE badge = '" + badge.toStdString() + "'");
        };
        for (const QString &uuid :
            {receive, validateReceipt, putaway, pickA, shortB, validatePick, count, approve, recount})
            QVERIFY2(opId(uuid) > 0, qPrintable(uuid));
        // One stock move per operation that moves stock, with what the command said.
        const auto moves = [&](const QString &uuid, const std::string &where) {
            return one(*db, "SELECT count(*) FROM stock_move WHERE op_id = " + num(opId(uuid)) + " AND " + where);
        };
        QCOMPARE(
            moves(receive,
                "kind = 'receive' AND product_id = " + num(f.receiptProduct) + " AND to_location_id = " + num(f.dock)
                    + " AND qty = " + num(f.receiptQty) + " AND transfer_line_id = " + num(f.receiptLine)),
            1);
        QCOMPARE(moves(putaway,
                     "kind = 'move' AND product_id = " + num(f.receiptProduct) + " AND from_location_id = "
                         + num(f.dock) + " AND to_location_id = " + num(f.bin) + " AND qty = " + num(f.receiptQty)),
            1);
        QCOMPARE(moves(pickA,
                     "kind = 'pick' AND product_id = " + num(f.productA) + " AND from_location_id = " + num(f.fromA)
                         + " AND to_location_id = " + num(f.ship) + " AND qty = " + num(f.qtyA)),
            1);
        QCOMPARE(moves(shortB,
                     "kind = 'pick' AND product_id = " + num(f.productB) + " AND from_location_id = " + num(f.fromB)
                         + " AND qty = " + num(f.pickedB)),
            f.pickedB > 0 ? 1 : 0);
        QCOMPARE(moves(count, "1"), 0); // a variance to approve moves nothing yet
        QCOMPARE(
            moves(approve,
                "kind = 'adjustment' AND product_id = " + num(f.countProduct) + " AND to_location_id = "
                    + num(f.countLocation) + " AND from_location_id IS NULL AND qty = " + num(counted - f.countBook)
                    + " AND reason_code = 'FOUND' AND adjustment_id = " + num(adjustment)),
            1);
        for (const QString &uuid : {validateReceipt, validatePick, recount})
            QCOMPARE(moves(uuid, "1"), 0);

        // The quants: what the seed held plus what the shift moved.
        QCOMPARE(quant(*db, f.dock, f.receiptProduct), before[0]); // received, then all put away
        QCOMPARE(quant(*db, f.bin, f.receiptProduct), before[1] + f.receiptQty);
        QCOMPARE(quant(*db, f.fromA, f.productA), before[2] - f.qtyA); // A and B are not the same stock
        QCOMPARE(quant(*db, f.fromB, f.productB), before[3] - f.pickedB);
        if (f.productA == f.productB) {
            QCOMPARE(quant(*db, f.ship, f.productA), before[4] + f.qtyA + f.pickedB);
        } else {
            QCOMPARE(quant(*db, f.ship, f.productA), before[4] + f.qtyA);
            QCOMPARE(quant(*db, f.ship, f.productB), before[5] + f.pickedB);
        }
        QCOMPARE(quant(*db, f.countLocation, f.countProduct), counted);

        // Transfers: both done; what was left open went to a backorder of each.
        const auto state = [&](qint64 transfer) {
            return one(*db, "SELECT count(*) FROM transfer WHERE state = 'done' AND id = " + num(transfer));
        };
        QCOMPARE(state(f.receipt), 1);
        QCOMPARE(state(f.pick), 1);
        QCOMPARE(one(*db, "SELECT qty_done FROM transfer_line WHERE id = " + num(f.receiptLine)), f.receiptQty);
        QCOMPARE(one(*db, "SELECT qty_done FROM transfer_line WHERE id = " + num(f.lineA)), f.qtyA);
        QCOMPARE(one(*db, "SELECT qty_done FROM transfer_line WHERE id = " + num(f.lineB)), f.pickedB);
        const auto backorderLines = [&](const QString &reference, const QString &validateUuid) {
            return one(*db,
                "SELECT count(*) FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.state = 'open' "
                "AND t.reference = '"
                    + reference.toStdString() + "-BO" + num(opId(validateUuid)) + "'");
        };
        QCOMPARE(backorderLines(f.receiptRef, validateReceipt), f.receiptLines - 1); // the others, untouched
        QCOMPARE(backorderLines(f.pickRef, validatePick), f.pickLines - 1); // B's missing one and the others
        QCOMPARE(one(*db,
                     "SELECT l.qty_expected FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE "
                     "t.reference = '"
                         + f.pickRef.toStdString() + "-BO" + num(opId(validatePick))
                         + "' AND l.product_id = " + num(f.productB) + " AND l.from_location_id = " + num(f.fromB)),
            f.qtyB - f.pickedB);

        // The short pick raised an exception for a supervisor.
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM exception WHERE kind = 'short_pick' AND transfer_line_id = " + num(f.lineB)
                         + " AND qty = " + num(f.qtyB - f.pickedB) + " AND op_id = " + num(opId(shortB))
                         + " AND user_id = " + num(userId(kPicker))),
            1);

        // The count: the line counted, the adjustment approved by the supervisor with the reason.
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM count_line WHERE state = 'counted' AND location_id = " + num(f.countLocation)
                         + " AND qty_counted = " + num(counted)),
            1);
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM adjustment WHERE id = " + num(adjustment)
                         + " AND state = 'approved' AND reason_code = 'FOUND' AND qty_book = " + num(f.countBook)
                         + " AND qty_counted = " + num(counted) + " AND decided_by = " + num(userId(kSupervisor))),
            1);

        // The recount: a task of one line at that bin.
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM count_task t JOIN count_line l ON l.task_id = t.id WHERE t.kind = "
                     "'recount' AND t.state = 'open' AND t.reference = 'RC-"
                         + num(opId(recount)) + "' AND l.location_id = " + num(f.recountLocation)
                         + " AND l.product_id IS NULL"),
            1);
        // Every operation was applied once, by the user who signed the command.
        QCOMPARE(one(*db, "SELECT count(*) FROM op_log WHERE status = 'applied'"), 9);
        QCOMPARE(one(*db,
                     "SELECT count(*) FROM op_log WHERE kind IN ('approve_adjustment', 'request_recount') "
                     "AND user_id = "
                         + num(userId(kSupervisor))),
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliShift)
#include "tst_cli_shift.moc"
