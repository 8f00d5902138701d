// stockhand-cli's floor commands on a real device store, through the real binary: each records exactly
// one pending operation with the payload and the predicted effects the screen records (the same core/ops
// struct), and every refusal — user, PIN, role, an entity this device does not know, a bad quantity,
// usage — records nothing (docs/cli.md).
#include "demo/demogenerator.h"
#include "ops/ops.h"
#include "store/devicestore.h"
#include "store/usersessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

namespace {

const QString kPin = QStringLiteral("1234");

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

ops::Effect effectFromRow(db::Statement &s)
{
    const QString target = s.text(0);
    if (target == u"quant")
        return ops::Effect::onQuant({s.int64(1), s.int64(2), s.int64(3), s.int64(4)}, s.int64(6));
    if (target == u"transfer_line")
        return ops::Effect::onTransferLine(s.int64(5), s.int64(6));
    return ops::Effect::onCountLine(s.int64(5), s.int64(6));
}

} // namespace

class TestCliFloor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;

    // Facts of the demo store the commands are run against.
    qint64 m_pickLine = 0, m_pickLine2 = 0, m_pickFrom = 0, m_pickTo = 0, m_pickProduct = 0, m_pickProduct2 = 0;
    qint64 m_pickFrom2 = 0, m_receiptLine = 0, m_receiptProduct = 0, m_receiptTo = 0, m_receiptTransfer = 0;
    qint64 m_dock = 0, m_bin = 0, m_countLine = 0, m_countLocation = 0, m_plainProduct = 0, m_lotProduct = 0;
    qint64 m_adjustment = 0, m_adjustment2 = 0, m_adjustment3 = 0, m_adjustment4 = 0;
    QString m_binCode, m_countLocationCode, m_productGtin, m_receiptReference;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(STOCKHAND_CLI_BINARY), QStringList {QStringLiteral("--store"), m_path} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }
    std::unique_ptr<store::DeviceStore> open()
    {
        auto s = store::DeviceStore::open(m_path, m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return std::move(s).value();
    }
    qint64 one(const std::string &sql)
    {
        auto v = open()->db().queryInt(sql, 0);
        if (!v)
            qFatal("%s: %s", sql.c_str(), qPrintable(v.error().message));
        return *v;
    }
    QString text(const std::string &sql)
    {
        auto s = open();
        auto st = s->db().prepare(sql);
        if (!st || !st->step().ok())
            qFatal("%s", sql.c_str());
        return st->text(0);
    }
    qint64 outboxCount() { return one("SELECT count(*) FROM outbox"); }

    // Runs a command that must record one operation; checks it against what the screen records.
    void expectRecorded(const QStringList &args, const QString &badge, const QString &kind, const QJsonObject &payload,
        const ops::Effects &effects)
    {
        const qint64 before = outboxCount();
        const Run r = cli(args + QStringList {QStringLiteral("--user"), badge, QStringLiteral("--pin"), kPin});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(outboxCount(), before + 1);
        auto s = open();
        auto ops = s->outbox().operations(std::nullopt);
        QVERIFY(ops.ok());
        const Operation &op = ops->last();
        QCOMPARE(op.state, OpState::Pending);
        QCOMPARE(op.kind, kind);
        QCOMPARE(op.payload, payload);
        auto user = s->db().prepare("SELECT id FROM app_user WHERE badge = ?1");
        QVERIFY(user && user->bind(1, badge).step().value());
        QCOMPARE(op.userId, user->int64(0));
        user->reset();
        ops::Effects written;
        auto st = s->db().prepare("SELECT target, ifnull(location_id, 0), ifnull(product_id, 0), ifnull(lot_id, 0), "
                                  "ifnull(package_id, 0), ifnull(line_id, 0), delta FROM pending_effect "
                                  "WHERE op_seq = ?1 ORDER BY rowid");
        QVERIFY(st.ok());
        st->bind(1, op.seq);
        while (st->step().value())
            written.append(effectFromRow(*st));
        QCOMPARE(written, effects);
        // What it printed is what it recorded.
        const QJsonObject printed = r.json();
        QCOMPARE(printed.value(QStringLiteral("uuid")).toString(), op.uuid);
        QCOMPARE(printed.value(QStringLiteral("seq")).toInteger(), op.seq);
        QCOMPARE(printed.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(printed.value(QStringLiteral("payload")).toObject(), payload);
        QCOMPARE(printed.value(QStringLiteral("effects")).toArray().size(), effects.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("device.db"));
        {
            auto s = open();
            demo::DemoOptions o;
            o.warehouses = 1;
            o.products = 60;
            o.binsPerWarehouse = 40;
            o.receipts = 4;
            o.picks = 6;
            o.countTasks = 1;
            o.pinIterations = 10;
            QVERIFY(demo::generateDemo(s->db(), o).ok());
        }
        // Pick lines of untracked products, with more than one left to pick.
        const std::string pickLines = "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                                      "JOIN product p ON p.id = l.product_id WHERE t.kind = 'pick' "
                                      "AND p.tracking = 'none' AND l.qty_expected >= 2000 ORDER BY l.id";
        m_pickLine = one(pickLines + " LIMIT 1");
        m_pickLine2 = one(pickLines + " LIMIT 1 OFFSET 1");
        QVERIFY(m_pickLine && m_pickLine2);
        const auto ofLine = [&](const char *column, qint64 line) {
            return one(std::string("SELECT ") + column + " FROM transfer_line WHERE id = " + std::to_string(line));
        };
        m_pickFrom = ofLine("from_location_id", m_pickLine);
        m_pickTo = ofLine("to_location_id", m_pickLine);
        m_pickProduct = ofLine("product_id", m_pickLine);
        m_pickProduct2 = ofLine("product_id", m_pickLine2);
        m_pickFrom2 = ofLine("from_location_id", m_pickLine2);
        m_receiptLine = one("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p "
                            "ON p.id = l.product_id WHERE t.kind = 'receipt' AND p.tracking = 'none' ORDER BY l.id "
                            "LIMIT 1");
        QVERIFY(m_receiptLine);
        m_receiptProduct = ofLine("product_id", m_receiptLine);
        m_receiptTo = ofLine("to_location_id", m_receiptLine);
        m_receiptTransfer = ofLine("transfer_id", m_receiptLine);
        m_receiptReference = text("SELECT reference FROM transfer WHERE id = " + std::to_string(m_receiptTransfer));
        m_dock = one("SELECT id FROM location WHERE type = 'receiving'");
        m_bin = one("SELECT id FROM location WHERE type = 'bin' ORDER BY id DESC LIMIT 1");
        m_binCode = text("SELECT barcode FROM location WHERE id = " + std::to_string(m_bin));
        m_countLine = one("SELECT id FROM count_line WHERE product_id IS NULL ORDER BY id LIMIT 1");
        m_countLocation = one("SELECT location_id FROM count_line WHERE id = " + std::to_string(m_countLine));
        m_countLocationCode = text("SELECT barcode FROM location WHERE id = " + std::to_string(m_countLocation));
        m_plainProduct = one("SELECT id FROM product WHERE tracking = 'none' ORDER BY id DESC LIMIT 1");
        m_lotProduct = one("SELECT id FROM product WHERE tracking = 'lot' ORDER BY id LIMIT 1");
        QVERIFY(m_countLine && m_plainProduct && m_lotProduct);
        m_productGtin = text("SELECT code FROM product_barcode WHERE packaging = 'unit' AND product_id = "
            + std::to_string(m_plainProduct));
        // Pending adjustments, as the feed brings them to a supervisor's device.
        auto s = open();
        for (qint64 *adj : {&m_adjustment, &m_adjustment2, &m_adjustment3, &m_adjustment4}) {
            auto st = s->db().prepare("INSERT INTO adjustment(location_id, product_id, qty_book, qty_counted) "
                                      "VALUES (?1, ?2, 10000, 3000)");
            QVERIFY(st.ok());
            QVERIFY(st->bind(1, m_countLocation).bind(2, m_plainProduct).run().ok());
            *adj = s->db().lastInsertRowId();
        }
    }

    void pickFromTheLineSource()
    {
        const ops::Pick pick {m_pickLine, m_pickProduct, m_pickFrom, units(1), {}};
        expectRecorded({QStringLiteral("pick"), QStringLiteral("--line"), QString::number(m_pickLine),
                           QStringLiteral("--qty"), QStringLiteral("1")},
            QStringLiteral("U101"), QStringLiteral("pick"), pick.toJson(), pick.effects(m_pickTo));
    }

    void pickFromAScannedLocation()
    {
        const QString code = text("SELECT barcode FROM location WHERE id = " + std::to_string(m_pickFrom));
        const ops::Pick pick {m_pickLine, m_pickProduct, m_pickFrom, 500, {}};
        expectRecorded({QStringLiteral("pick"), QStringLiteral("--line"), QString::number(m_pickLine),
                           QStringLiteral("--qty"), QStringLiteral("0.5"), QStringLiteral("--location"), code},
            QStringLiteral("U102"), QStringLiteral("pick"), pick.toJson(), pick.effects(m_pickTo));
    }

    void shortPick()
    {
        const ops::ShortPick s {m_pickLine2, m_pickProduct2, m_pickFrom2, units(1), {}, QStringLiteral("NOT_FOUND")};
        expectRecorded(
            {QStringLiteral("short-pick"), QStringLiteral("--line"), QString::number(m_pickLine2),
                QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("NOT_FOUND")},
            QStringLiteral("U103"), QStringLiteral("short_pick"), s.toJson(), s.effects(m_pickTo));
        // The line is short now: the screen offers it no more, nor does the command.
        const qint64 before = outboxCount();
        const Run again = cli(
            {QStringLiteral("pick"), QStringLiteral("--line"), QString::number(m_pickLine2), QStringLiteral("--qty"),
                QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("U101"), QStringLiteral("--pin"), kPin});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("op.line-complete"), again.err.constData());
        QCOMPARE(outboxCount(), before);
    }

    void receiveAgainstALine()
    {
        const ops::Receive rec {m_receiptLine, m_receiptProduct, m_receiptTo, units(2), {}, {}, 0};
        expectRecorded({QStringLiteral("receive"), QStringLiteral("--line"), QString::number(m_receiptLine),
                           QStringLiteral("--qty"), QStringLiteral("2")},
            QStringLiteral("U104"), QStringLiteral("receive"), rec.toJson(), rec.effects());
    }

    void receiveUnexpectedByScans()
    {
        const ops::Receive rec {0, m_plainProduct, m_dock, units(3), {}, {}, 0};
        const QString dock = text("SELECT barcode FROM location WHERE id = " + std::to_string(m_dock));
        expectRecorded({QStringLiteral("receive"), QStringLiteral("--product"), m_productGtin,
                           QStringLiteral("--location"), dock, QStringLiteral("--qty"), QStringLiteral("3")},
            QStringLiteral("U105"), QStringLiteral("receive"), rec.toJson(), rec.effects());
    }

    void receiveANewLot()
    {
        const ops::Receive rec {
            0, m_lotProduct, m_dock, units(4), {0, QStringLiteral("NEW-LOT-1")}, QDate(2027, 5, 31), 0};
        expectRecorded({QStringLiteral("receive"), QStringLiteral("--product"), QString::number(m_lotProduct),
                           QStringLiteral("--qty"), QStringLiteral("4"), QStringLiteral("--lot"),
                           QStringLiteral("NEW-LOT-1"), QStringLiteral("--expiry"), QStringLiteral("2027-05-31")},
            QStringLiteral("U104"), QStringLiteral("receive"), rec.toJson(), rec.effects());
    }

    // Damaged goods go to the quarantine location unless told otherwise; the reason and note travel with
    // the receive.
    void receiveDamagedToQuarantine()
    {
        const qint64 quarantine = one("SELECT id FROM location WHERE quarantine = 1");
        QVERIFY(quarantine > 0);
        const ops::Receive rec {m_receiptLine, m_receiptProduct, quarantine, units(1), {}, {}, 0,
            QStringLiteral("RCV_DAMAGED"), QStringLiteral("crushed corner")};
        expectRecorded({QStringLiteral("receive"), QStringLiteral("--line"), QString::number(m_receiptLine),
                           QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"),
                           QStringLiteral("RCV_DAMAGED"), QStringLiteral("--note"), QStringLiteral("crushed corner")},
            QStringLiteral("U104"), QStringLiteral("receive"), rec.toJson(), rec.effects());
        // Over: to the line's destination, as any receive.
        const ops::Receive over {
            m_receiptLine, m_receiptProduct, m_receiptTo, units(1), {}, {}, 0, QStringLiteral("OVER"), {}};
        expectRecorded(
            {QStringLiteral("receive"), QStringLiteral("--line"), QString::number(m_receiptLine),
                QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("OVER")},
            QStringLiteral("U104"), QStringLiteral("receive"), over.toJson(), over.effects());
        // Held goods put at the dock on purpose: recorded, with a warning (the server raises it).
        const ops::Receive held {
            m_receiptLine, m_receiptProduct, m_dock, units(1), {}, {}, 0, QStringLiteral("QUALITY_HOLD"), {}};
        const Run r = cli({QStringLiteral("receive"), QStringLiteral("--line"), QString::number(m_receiptLine),
            QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("QUALITY_HOLD"),
            QStringLiteral("--location"), QString::number(m_dock), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("quarantine_bypassed"), r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("payload")).toObject(), held.toJson());
    }

    void reportADiscrepancy()
    {
        const ops::ReportDiscrepancy d {m_receiptLine, units(2), QStringLiteral("UNDER"), QStringLiteral("2 missing")};
        expectRecorded({QStringLiteral("discrepancy"), QStringLiteral("--line"), QString::number(m_receiptLine),
                           QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--reason"),
                           QStringLiteral("UNDER"), QStringLiteral("--note"), QStringLiteral("2 missing")},
            QStringLiteral("U104"), QStringLiteral("report_discrepancy"), d.toJson(), {});
    }

    void attachABarcode()
    {
        ops::AttachBarcode a;
        a.productId = m_plainProduct;
        a.code = QStringLiteral("04098765432101"); // typed as the GTIN-13, recorded in its normal form
        a.packaging = QStringLiteral("case");
        a.qty = units(12);
        const QString sku = text("SELECT sku FROM product WHERE id = " + std::to_string(m_plainProduct));
        expectRecorded({QStringLiteral("attach-barcode"), QStringLiteral("--sku"), sku, QStringLiteral("--code"),
                           QStringLiteral("4098765432101"), QStringLiteral("--packaging"), QStringLiteral("case"),
                           QStringLiteral("--qty"), QStringLiteral("12")},
            QStringLiteral("U106"), QStringLiteral("attach_barcode"), a.toJson(), {});
        // This device resolves it now, before any sync (store::pendingBarcode).
        const Run scan = cli({QStringLiteral("scan"), QStringLiteral("4098765432101")});
        QVERIFY2(scan.code == 0, scan.err.constData());
        const QJsonObject resolution = scan.json().value(QStringLiteral("resolution")).toObject();
        QVERIFY2(QJsonDocument(resolution).toJson().contains(QByteArray::number(m_plainProduct)), scan.out.constData());
        QCOMPARE(resolution.value(QStringLiteral("kind")).toString(), QStringLiteral("product"));
    }

    void putAwayWhatWasReceived()
    {
        // The 3 received unexpectedly are at the dock on this device (pending): 2 go to a bin.
        const ops::Move move {m_plainProduct, m_dock, m_bin, units(2), {}, 0, 0, QStringLiteral("BIN_FULL")};
        expectRecorded({QStringLiteral("move"), QStringLiteral("--product"), m_productGtin, QStringLiteral("--from"),
                           QString::number(m_dock), QStringLiteral("--to"), m_binCode, QStringLiteral("--qty"),
                           QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("BIN_FULL")},
            QStringLiteral("U104"), QStringLiteral("move"), move.toJson(), move.effects());
        // Moving more than is at the dock is refused, as the putaway screen refuses it.
        const qint64 before = outboxCount();
        const Run more = cli({QStringLiteral("move"), QStringLiteral("--product"), QString::number(m_plainProduct),
            QStringLiteral("--from"), QString::number(m_dock), QStringLiteral("--to"), m_binCode,
            QStringLiteral("--qty"), QStringLiteral("100"), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin});
        QCOMPARE(more.code, 1);
        QVERIFY2(more.err.contains("op.not-enough-stock"), more.err.constData());
        QCOMPARE(outboxCount(), before);
    }

    void countOnTheOpenCountLine()
    {
        const Run r = cli({QStringLiteral("count"), QStringLiteral("--location"), m_countLocationCode,
            QStringLiteral("--product"), QString::number(m_plainProduct), QStringLiteral("--qty"), QStringLiteral("7"),
            QStringLiteral("--counted-at"), QStringLiteral("2026-11-26T10:15:00Z"), QStringLiteral("--user"),
            QStringLiteral("U106"), QStringLiteral("--pin"), kPin});
        QVERIFY2(r.code == 0, r.err.constData());
        const ops::Count count {m_countLocation, m_plainProduct, {}, units(7),
            QDateTime(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC), m_countLine};
        auto ops = open()->outbox().operations(OpState::Pending);
        QVERIFY(ops.ok());
        QCOMPARE(ops->last().kind, QStringLiteral("count"));
        QCOMPARE(ops->last().payload, count.toJson());
        QCOMPARE(one("SELECT count(*) FROM pending_effect WHERE op_seq = " + std::to_string(ops->last().seq)
                     + " AND target = 'count_line' AND line_id = " + std::to_string(m_countLine) + " AND delta = 7000"),
            1);
    }

    void validateByReference()
    {
        const ops::ValidateTransfer v {m_receiptTransfer, ops::ValidateTransfer::Mode::Backorder};
        expectRecorded({QStringLiteral("validate"), QStringLiteral("--transfer"), m_receiptReference},
            QStringLiteral("U104"), QStringLiteral("validate_transfer"), v.toJson(), {});
    }

    // A supervisor's decision is refused on the device without the supervisor's session (the server would
    // refuse it: session.required); with one signed in (stockhand-cli sign-in against a server; here saved
    // as the sign-in saves it) it is recorded with the proof.
    void decisionsNeedASession()
    {
        const qint64 before = one("SELECT count(*) FROM outbox");
        const Run r = cli({QStringLiteral("approve"), QStringLiteral("--adjustment"), QString::number(m_adjustment),
            QStringLiteral("--reason"), QStringLiteral("LOST"), QStringLiteral("--user"), QStringLiteral("U108"),
            QStringLiteral("--pin"), kPin});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("session.required"), r.err.constData());
        QCOMPARE(one("SELECT count(*) FROM outbox"), before);
        auto s = open();
        const QDateTime now = QDateTime::currentDateTimeUtc(); // the CLI's clock is the system's
        store::UserSessions sessions(s->db(), SystemClock::instance());
        for (const char *badge : {"U108", "U9001"}) {
            const qint64 user
                = s->db().queryInt(std::string("SELECT id FROM app_user WHERE badge = '") + badge + "'").value();
            QVERIFY(sessions
                        .save({QStringLiteral("session-%1").arg(user), user, QByteArray(32, char('a' + user)), now,
                            now.addSecs(12 * 3600), utcTime(now.addSecs(12 * 3600)), {}, {}, 0})
                        .ok());
        }
    }

    void supervisorDecides()
    {
        // LOST needs a note (the reason policy, reason_code.note_required).
        const ops::ApproveAdjustment a {m_adjustment, QStringLiteral("LOST"), QStringLiteral("not on the shelf")};
        expectRecorded({QStringLiteral("approve"), QStringLiteral("--adjustment"), QString::number(m_adjustment),
                           QStringLiteral("--reason"), QStringLiteral("LOST"), QStringLiteral("--note"),
                           QStringLiteral("not on the shelf")},
            QStringLiteral("U108"), QStringLiteral("approve_adjustment"), a.toJson(), {});
        const ops::RejectAdjustment r {m_adjustment2, QStringLiteral("MISCOUNT")};
        expectRecorded({QStringLiteral("reject"), QStringLiteral("--adjustment"), QString::number(m_adjustment2),
                           QStringLiteral("--reason"), QStringLiteral("MISCOUNT")},
            QStringLiteral("U108"), QStringLiteral("reject_adjustment"), r.toJson(), {});
        const ops::RequestRecount byAdjustment {m_adjustment3, 0, 0};
        expectRecorded({QStringLiteral("recount"), QStringLiteral("--adjustment"), QString::number(m_adjustment3)},
            QStringLiteral("U9001"), QStringLiteral("request_recount"), byAdjustment.toJson(), {});
        const ops::RequestRecount byLocation {0, m_bin, m_plainProduct};
        expectRecorded({QStringLiteral("recount"), QStringLiteral("--location"), m_binCode, QStringLiteral("--product"),
                           m_productGtin},
            QStringLiteral("U108"), QStringLiteral("request_recount"), byLocation.toJson(), {});
        ops::SetCountPolicy policy;
        policy.userGroup = QStringLiteral("night");
        policy.maxQty = units(5);
        policy.maxPercent = 2.5;
        expectRecorded(
            {QStringLiteral("policy"), QStringLiteral("--group"), QStringLiteral("night"), QStringLiteral("--max-qty"),
                QStringLiteral("5"), QStringLiteral("--max-percent"), QStringLiteral("2.5")},
            QStringLiteral("U108"), QStringLiteral("set_count_policy"), policy.toJson(), {});
        // Each carries the proof of its user's session.
        QCOMPARE(one("SELECT count(*) FROM outbox WHERE kind IN ('approve_adjustment', 'reject_adjustment', "
                     "'request_recount') AND session_id = 'session-' || user_id AND length(session_proof) = 43"),
            4);
    }

    void refusedAndNothingRecorded_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QString line = QString::number(m_pickLine);
        const auto pick = [&](const QString &badge, const QString &pin, const QString &qty) {
            return QStringList {QStringLiteral("pick"), QStringLiteral("--line"), line, QStringLiteral("--qty"), qty,
                QStringLiteral("--user"), badge, QStringLiteral("--pin"), pin};
        };
        const QString u101 = QStringLiteral("U101");
        QTest::newRow("wrong PIN") << pick(u101, QStringLiteral("987654"), QStringLiteral("1")) << 1
                                   << QStringLiteral("user.wrong-pin");
        QTest::newRow("unknown badge") << pick(QStringLiteral("U999"), kPin, QStringLiteral("1")) << 1
                                       << QStringLiteral("user.unknown");
        QTest::newRow("counter picks") << pick(QStringLiteral("U106"), kPin, QStringLiteral("1")) << 1
                                       << QStringLiteral("role.forbidden");
        QTest::newRow("qty abc") << pick(u101, kPin, QStringLiteral("abc")) << 2
                                 << QStringLiteral("op.invalid-quantity");
        QTest::newRow("qty -1") << pick(u101, kPin, QStringLiteral("-1")) << 2 << QStringLiteral("op.invalid-quantity");
        QTest::newRow("qty 4 decimals") << pick(u101, kPin, QStringLiteral("0.0005")) << 2
                                        << QStringLiteral("op.invalid-quantity");
        QTest::newRow("over the line") << pick(u101, kPin, QStringLiteral("999")) << 1
                                       << QStringLiteral("op.over-quantity");
        QTest::newRow("unknown line") << QStringList {QStringLiteral("pick"), QStringLiteral("--line"),
            QStringLiteral("999999"), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"), u101,
            QStringLiteral("--pin"), kPin}
                                      << 1 << QStringLiteral("op.unknown-line");
        QTest::newRow("receipt line picked") << QStringList {QStringLiteral("pick"), QStringLiteral("--line"),
            QString::number(m_receiptLine), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"),
            u101, QStringLiteral("--pin"), kPin}
                                             << 1 << QStringLiteral("op.wrong-transfer-kind");
        QTest::newRow("picker approves") << QStringList {QStringLiteral("approve"), QStringLiteral("--adjustment"),
            QString::number(m_adjustment4), QStringLiteral("--reason"), QStringLiteral("LOST"),
            QStringLiteral("--user"), u101, QStringLiteral("--pin"), kPin}
                                         << 1 << QStringLiteral("role.forbidden");
        QTest::newRow("picker validates a receipt") << QStringList {QStringLiteral("validate"),
            QStringLiteral("--transfer"), QString::number(m_receiptTransfer), QStringLiteral("--user"), u101,
            QStringLiteral("--pin"), kPin} << 1 << QStringLiteral("role.forbidden");
        QTest::newRow("adjustment decided on this device") << QStringList {QStringLiteral("approve"),
            QStringLiteral("--adjustment"), QString::number(m_adjustment), QStringLiteral("--reason"),
            QStringLiteral("LOST"), QStringLiteral("--user"), QStringLiteral("U108"), QStringLiteral("--pin"), kPin}
                                                           << 1 << QStringLiteral("op.adjustment-decided");
        QTest::newRow("a reason that needs a note, without one") << QStringList {QStringLiteral("approve"),
            QStringLiteral("--adjustment"), QString::number(m_adjustment4), QStringLiteral("--reason"),
            QStringLiteral("LOST"), QStringLiteral("--user"), QStringLiteral("U108"), QStringLiteral("--pin"), kPin}
                                                                 << 1 << QStringLiteral("op.note-required");
        QTest::newRow("a supervisor sets every warehouse's thresholds") << QStringList {QStringLiteral("policy"),
            QStringLiteral("--all-warehouses"), QStringLiteral("--max-qty"), QStringLiteral("5"),
            QStringLiteral("--user"), QStringLiteral("U108")} << 1 << QStringLiteral("role.forbidden");
        QTest::newRow("a threshold that is not a number") << QStringList {QStringLiteral("policy"),
            QStringLiteral("--max-percent"), QStringLiteral("lots"), QStringLiteral("--user"), QStringLiteral("U108")}
                                                          << 2 << QStringLiteral("op.wrong-type");
        QTest::newRow("no threshold") << QStringList {QStringLiteral("policy"), QStringLiteral("--user"),
            QStringLiteral("U108")} << 2
                                      << QStringLiteral("op.missing-field");
        QTest::newRow("unknown adjustment") << QStringList {QStringLiteral("reject"), QStringLiteral("--adjustment"),
            QStringLiteral("99999"), QStringLiteral("--user"), QStringLiteral("U108"), QStringLiteral("--pin"), kPin}
                                            << 1 << QStringLiteral("op.unknown-adjustment");
        QTest::newRow("approve without a reason of kind adjustment") << QStringList {QStringLiteral("approve"),
            QStringLiteral("--adjustment"), QString::number(m_adjustment4), QStringLiteral("--reason"),
            QStringLiteral("NOT_FOUND"), QStringLiteral("--user"), QStringLiteral("U108"), QStringLiteral("--pin"),
            kPin} << 1 << QStringLiteral("op.unknown-reason");
        QTest::newRow("unknown location code") << QStringList {QStringLiteral("count"), QStringLiteral("--location"),
            QStringLiteral("NOWHERE-1"), QStringLiteral("--product"), QString::number(m_plainProduct),
            QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("U106"),
            QStringLiteral("--pin"), kPin} << 1 << QStringLiteral("op.unknown-location");
        QTest::newRow("unknown product") << QStringList {QStringLiteral("receive"), QStringLiteral("--product"),
            QStringLiteral("99999"), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"),
            QStringLiteral("U104"), QStringLiteral("--pin"), kPin}
                                         << 1 << QStringLiteral("op.unknown-product");
        QTest::newRow("tracked without a lot") << QStringList {QStringLiteral("receive"), QStringLiteral("--product"),
            QString::number(m_lotProduct), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"),
            QStringLiteral("U104"), QStringLiteral("--pin"), kPin}
                                               << 1 << QStringLiteral("op.lot-required");
        QTest::newRow("bad expiry") << QStringList {QStringLiteral("receive"), QStringLiteral("--product"),
            QString::number(m_plainProduct), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--expiry"),
            QStringLiteral("31.12.2027"), QStringLiteral("--user"), QStringLiteral("U104"), QStringLiteral("--pin"),
            kPin} << 2 << QStringLiteral("op.wrong-type");
        QTest::newRow("move to the same place") << QStringList {QStringLiteral("move"), QStringLiteral("--product"),
            QString::number(m_plainProduct), QStringLiteral("--from"), m_binCode, QStringLiteral("--to"), m_binCode,
            QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin} << 2 << QStringLiteral("op.same-location");
        QTest::newRow("attach a code known for another product") << QStringList {QStringLiteral("attach-barcode"),
            QStringLiteral("--product"), QString::number(m_lotProduct), QStringLiteral("--code"), m_productGtin,
            QStringLiteral("--user"), QStringLiteral("U104"), QStringLiteral("--pin"),
            kPin} << 1 << QStringLiteral("op.barcode-attached-elsewhere");
        QTest::newRow("attach without a product") << QStringList {QStringLiteral("attach-barcode"),
            QStringLiteral("--code"), QStringLiteral("X-1"), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin} << 2 << QStringLiteral("--product");
        QTest::newRow("attach by a picker") << QStringList {QStringLiteral("attach-barcode"),
            QStringLiteral("--product"), QString::number(m_lotProduct), QStringLiteral("--code"), QStringLiteral("X-2"),
            QStringLiteral("--user"), u101, QStringLiteral("--pin"), kPin}
                                            << 1 << QStringLiteral("role.forbidden");
        QTest::newRow("attach in a bad packaging") << QStringList {QStringLiteral("attach-barcode"),
            QStringLiteral("--product"), QString::number(m_lotProduct), QStringLiteral("--code"), QStringLiteral("X-3"),
            QStringLiteral("--packaging"), QStringLiteral("box"), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin} << 2 << QStringLiteral("op.wrong-type");
        QTest::newRow("receive with a reason of another kind") << QStringList {QStringLiteral("receive"),
            QStringLiteral("--product"), QString::number(m_plainProduct), QStringLiteral("--qty"), QStringLiteral("1"),
            QStringLiteral("--reason"), QStringLiteral("BIN_FULL"), QStringLiteral("--user"), QStringLiteral("U104"),
            QStringLiteral("--pin"), kPin} << 1 << QStringLiteral("op.unknown-reason");
        QTest::newRow("a note without a reason") << QStringList {QStringLiteral("receive"), QStringLiteral("--product"),
            QString::number(m_plainProduct), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--note"),
            QStringLiteral("hm"), QStringLiteral("--user"), QStringLiteral("U104"), QStringLiteral("--pin"), kPin}
                                                 << 2 << QStringLiteral("--note");
        QTest::newRow("discrepancy on a pick line") << QStringList {QStringLiteral("discrepancy"),
            QStringLiteral("--line"), line, QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--reason"),
            QStringLiteral("UNDER"), QStringLiteral("--user"), QStringLiteral("U104"), QStringLiteral("--pin"), kPin}
                                                    << 1 << QStringLiteral("op.wrong-transfer-kind");
        QTest::newRow("discrepancy without a reason") << QStringList {QStringLiteral("discrepancy"),
            QStringLiteral("--line"), QString::number(m_receiptLine), QStringLiteral("--qty"), QStringLiteral("1"),
            QStringLiteral("--user"), QStringLiteral("U104"), QStringLiteral("--pin"), kPin}
                                                      << 2 << QStringLiteral("--reason");
        QTest::newRow("no PIN") << QStringList {QStringLiteral("pick"), QStringLiteral("--line"), line,
            QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"), u101}
                                << 2 << QStringLiteral("--pin");
        QTest::newRow("unknown option") << (pick(u101, kPin, QStringLiteral("1")) << QStringLiteral("--fast")) << 2
                                        << QStringLiteral("--fast");
        QTest::newRow("line not an id") << QStringList {QStringLiteral("pick"), QStringLiteral("--line"),
            QStringLiteral("L1"), QStringLiteral("--qty"), QStringLiteral("1"), QStringLiteral("--user"), u101,
            QStringLiteral("--pin"), kPin}
                                        << 2 << QStringLiteral("positive integer id");
    }
    void refusedAndNothingRecorded()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const qint64 before = outboxCount();
        const qint64 effects = one("SELECT count(*) FROM pending_effect");
        const Run r = cli(args);
        QCOMPARE(r.code, exitCode);
        QVERIFY2(r.err.contains(code.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(outboxCount(), before);
        QCOMPARE(one("SELECT count(*) FROM pending_effect"), effects);
        // A PIN is never printed, right or wrong.
        QVERIFY(!r.err.contains("987654"));
        QVERIFY(!r.err.contains(kPin.toUtf8()));
    }

    // What the console lists, the CLI lists: pending adjustments (with this device's decisions) and the
    // server's exceptions by name, open and resolved.
    void consoleListings()
    {
        const Run a = cli({QStringLiteral("adjustments")});
        QVERIFY2(a.code == 0, a.err.constData());
        const QJsonArray adjustments = a.json().value(QStringLiteral("adjustments")).toArray();
        QCOMPARE(adjustments.size(), 4);
        bool sawDecided = false;
        for (const QJsonValue &v : adjustments) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("location")).toString(), m_countLocationCode);
            QCOMPARE(o.value(QStringLiteral("variance")).toString(), QStringLiteral("-7"));
            QVERIFY(!o.value(QStringLiteral("sku")).toString().isEmpty());
            if (o.value(QStringLiteral("id")).toInteger() == m_adjustment) {
                QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("approve_adjustment"));
                QCOMPARE(o.value(QStringLiteral("decision_state")).toString(), QStringLiteral("pending"));
                sawDecided = true;
            }
        }
        QVERIFY(sawDecided);
        {
            auto s = open();
            QVERIFY(
                s->db()
                    .exec("INSERT INTO exception(id, kind, warehouse_id, location_id, product_id, qty, message, state, "
                          "created_at) VALUES (5, 'negative_stock', 1, "
                        + std::to_string(m_bin) + ", " + std::to_string(m_plainProduct)
                        + ", -2000, 'Stock went below zero.', 'open', '2026-11-28T08:00:00.000Z'), "
                          "(6, 'over_pick', 1, NULL, NULL, NULL, 'x', 'resolved', '2026-11-28T07:00:00.000Z')")
                    .ok());
        }
        const Run open = cli({QStringLiteral("exceptions"), QStringLiteral("--server")});
        QVERIFY2(open.code == 0, open.err.constData());
        const QJsonArray list = open.json().value(QStringLiteral("exceptions")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("location")).toString(), m_binCode);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("qty")).toString(), QStringLiteral("-2"));
        const Run all = cli({QStringLiteral("exceptions"), QStringLiteral("--server"), QStringLiteral("--all")});
        QCOMPARE(all.json().value(QStringLiteral("exceptions")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFloor)
#include "tst_cli_floor.moc"
