#include "demo/demogenerator.h"
#include "ops/kinds.h"
#include "store/devicestore.h"
#include "store/meta.h"
#include "store/snapshotfile.h"
#include "store/users.h"
#include "store/usersessions.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestDeviceStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_n = 0;

    std::unique_ptr<store::DeviceStore> freshStore()
    {
        auto s = store::DeviceStore::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)), m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        demo::DemoOptions o;
        o.warehouses = 1;
        o.products = 50;
        o.binsPerWarehouse = 20;
        o.receipts = 2;
        o.picks = 3;
        o.countTasks = 1;
        o.pinIterations = 10;
        auto sum = demo::generateDemo((*s)->db(), o);
        if (!sum)
            qFatal("%s", qPrintable(sum.error().message));
        return std::move(s).value();
    }

    static OperationDraft pickDraft(qint64 qty)
    {
        return OperationDraft {ops::kindName(ops::Kind::Pick), QJsonObject {{QStringLiteral("qty"), qty}}, 1, {}};
    }

private Q_SLOTS:
    // A supervisor's decision recorded while the supervisor's session lives carries the proof of that very
    // operation under the session's secret (docs/security.md); other operations, other users and an
    // expired session carry none. The secret stays in the store.
    void supervisorDecisionsCarryTheSessionProof()
    {
        auto s = freshStore();
        store::UserSessions sessions(s->db(), m_clock);
        const QByteArray secret(32, 'k');
        QVERIFY(sessions
                    .save({QStringLiteral("session-1"), 8, secret, m_clock.now(), m_clock.now().addSecs(12 * 3600),
                        QStringLiteral("2026-11-26T20:00:00.000Z"), {}, {}, 0})
                    .ok());
        const QJsonObject payload {
            {QStringLiteral("adjustment_id"), 3}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}};
        auto op = s->record(OperationDraft {ops::kindName(ops::Kind::ApproveAdjustment), payload, 8, {}});
        QVERIFY(op.ok());
        QCOMPARE(op->sessionId, QStringLiteral("session-1"));
        QVERIFY(op->proofValid(secret));
        QVERIFY(!op->proofValid(QByteArray(32, 'x')));
        // As stored and as sent.
        const Operation stored = s->outbox().operations(OpState::Pending)->last();
        QCOMPARE(stored.sessionProof, op->sessionProof);
        const QJsonObject wire = stored.toJson().value(QStringLiteral("session")).toObject();
        QCOMPARE(wire.value(QStringLiteral("id")).toString(), QStringLiteral("session-1"));
        auto back = Operation::fromJson(stored.toJson(), 0);
        QVERIFY(back.ok() && back->proofValid(secret));
        // The proof is this operation's: another uuid, user or payload does not verify.
        Operation moved = *back;
        moved.uuid = QStringLiteral("0190f3a2-7c1e-7d3b-9a41-5f0c2e8b1d77");
        QVERIFY(!moved.proofValid(secret));
        moved = *back;
        moved.payload.insert(QStringLiteral("reason_code"), QStringLiteral("LOST"));
        QVERIFY(!moved.proofValid(secret));
        // A floor operation, another user, an expired session: no proof.
        QVERIFY(s->record(pickDraft(1))->sessionId.isEmpty());
        QVERIFY(s->record(OperationDraft {ops::kindName(ops::Kind::ApproveAdjustment), payload, 9, {}})
                    ->sessionId.isEmpty());
        m_clock.advanceMs(12 * 3600 * 1000LL + 1);
        QVERIFY(s->record(OperationDraft {ops::kindName(ops::Kind::ApproveAdjustment), payload, 8, {}})
                    ->sessionId.isEmpty());
        QCOMPARE(sessions.remove(8).value(), QStringList {QStringLiteral("session-1")});
    }

    // Devices of a server hold no supervisor verifier: their sign-in says so instead of "wrong PIN".
    void supervisorWithoutVerifierNeedsThePassword()
    {
        auto s = freshStore();
        QVERIFY(
            s->db().exec("UPDATE app_user SET pin_hash = X'', pin_salt = X'', pin_iterations = 0 WHERE id = 8").ok());
        auto u = store::checkPin(s->db(), 8, QStringLiteral("1234"));
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, QStringLiteral("user.password-required"));
        QVERIFY(store::checkPin(s->db(), 1, QStringLiteral("1234")).ok());
    }

    void recordKeepsOperationAndEffectTogether()
    {
        auto s = freshStore();
        const qint64 loc = s->db().queryInt("SELECT location_id FROM quant WHERE lot_id IS NULL LIMIT 1").value();
        const qint64 prod = s->db().queryInt("SELECT product_id FROM quant WHERE lot_id IS NULL LIMIT 1").value();
        const Milli before = s->quantOnHand(loc, prod).value();
        m_clock.advanceMs(1500);
        OperationDraft draft = pickDraft(2);
        draft.effects = {ops::Effect::onQuant({loc, prod, 0, 0}, -units(2))};
        auto op = s->record(draft);
        QVERIFY(op.ok());
        QCOMPARE(op->localDateTime(), m_clock.now());
        QCOMPARE(op->deviceId, s->deviceId());
        QCOMPARE(s->quantOnHand(loc, prod).value(), before - units(2));
        QCOMPARE(s->pendingCount().value(), 1);
        auto ops = s->outbox().operations(OpState::Pending);
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->first().uuid, op->uuid);
        QCOMPARE(ops->first().payload.value(QStringLiteral("qty")).toInt(), 2);
        // When the server's state contains the effect (or rejects the op) the overlay switches off.
        QVERIFY(s->db().exec("UPDATE outbox SET effect_active = 0").ok());
        QCOMPARE(s->quantOnHand(loc, prod).value(), before);
    }

    void failingEffectRecordsNothing()
    {
        auto s = freshStore();
        OperationDraft draft = pickDraft(1);
        draft.effects = {ops::Effect::onQuant({1, 1, 0, 0}, -units(1)), ops::Effect::onTransferLine(1, units(1))};
        // BEGIN, the operation's INSERT, then the first effect's INSERT fails.
        s->db().failAfter(3);
        auto op = s->record(draft);
        s->db().failAfter(0);
        QVERIFY(!op.ok());
        QCOMPARE(op.error().code, QStringLiteral("sqlite.ioerr"));
        QCOMPARE(s->db().queryInt("SELECT count(*) FROM outbox").value(), 0);
    }

    // ownCloud's testdatabaseerror idea: fail the Nth database access and prove that nothing partial is
    // kept and that the next action succeeds.
    void everyFailedAccessKeepsBothOrNeither()
    {
        auto s = freshStore();
        const qint64 loc = s->db().queryInt("SELECT location_id FROM quant LIMIT 1").value();
        const qint64 prod = s->db().queryInt("SELECT product_id FROM quant LIMIT 1").value();
        int failures = 0;
        for (int n = 1; n <= 8; ++n) {
            s->db().failAfter(n);
            OperationDraft draft = pickDraft(1);
            draft.effects
                = {ops::Effect::onQuant({loc, prod, 0, 0}, -units(1)), ops::Effect::onTransferLine(1, units(1))};
            auto op = s->record(draft);
            s->db().failAfter(0);
            failures += op.ok() ? 0 : 1;
            const qint64 ops = s->db().queryInt("SELECT count(*) FROM outbox").value();
            const qint64 effects = s->db().queryInt("SELECT count(*) FROM pending_effect").value();
            QCOMPARE(effects, ops * 2);
        }
        QVERIFY(failures >= 3); // the injected faults really hit record()
        QVERIFY(s->record(pickDraft(1)).ok());
    }

    void deviceIdIsStableAcrossOpens()
    {
        const QString path = m_dir.filePath(QStringLiteral("stable.db"));
        QString first;
        {
            auto s = store::DeviceStore::open(path, m_clock);
            first = (*s)->deviceId();
        }
        auto s = store::DeviceStore::open(path, m_clock);
        QCOMPARE((*s)->deviceId(), first);
    }

    void sequencesIncreaseAndWrongClocksAreRecordedAsIs()
    {
        auto s = freshStore();
        auto a = s->record(pickDraft(1));
        m_clock.setNow(QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC)); // the device clock jumps back
        auto b = s->record(pickDraft(1));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(b->seq > a->seq);
        QCOMPARE(s->outbox().operations(std::nullopt)->last().localDateTime().date(), QDate(2019, 1, 1));
    }
    // A snapshot file's table with triggers (product: the full-text index of names) is copied in slices
    // (a whole-table INSERT … SELECT would hold all its rows in a temporary table): every row arrives, each
    // slice's rows reach the name index, and a replica that had rows loses them and their index entries.
    void snapshotFileImportCopiesEveryRowAndIndexesNames()
    {
        auto opened = store::DeviceStore::open(m_dir.filePath(QStringLiteral("resync.db")), m_clock);
        QVERIFY(opened);
        auto s = std::move(opened).value();
        QVERIFY(s->db().exec("INSERT INTO product(id, sku, name) VALUES (1, 'OLD-1', 'Old pallet'), "
                             "(50001, 'OLD-2', 'Old pallet')"));
        QCOMPARE(s->db().queryInt("SELECT count(*) FROM product_words WHERE product_words MATCH 'old'").value(), 2);
        const QString path = m_dir.filePath(QStringLiteral("snapshot-file.db"));
        const int products = 45001; // two whole slices of 20,000 and a part
        {
            auto file = db::Database::openUnconfigured(path, db::OpenOptions {});
            QVERIFY(file);
            QVERIFY((*file)->exec("BEGIN"));
            QVERIFY(store::createSnapshotFileSchema(**file));
            QVERIFY((*file)->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                + std::to_string(products)
                + ") INSERT INTO product(id, sku, name) SELECT i, 'SKU-' || i, 'Crate number' || i FROM n"));
            store::SnapshotFileMeta meta;
            meta.format = store::kSnapshotFileFormat;
            meta.schemaVersion = store::snapshotSchemaVersion();
            meta.epoch = QStringLiteral("epoch-test");
            meta.cursor = 77;
            meta.warehouseId = 1;
            meta.rows = products;
            QVERIFY(store::writeSnapshotFileMeta(**file, meta));
            QVERIFY((*file)->exec("COMMIT"));
        }
        auto meta = store::readSnapshotFileMeta(path);
        QVERIFY2(meta, meta ? "" : qPrintable(meta.error().message));
        auto rows = store::importSnapshotFile(s->db(), path, *meta);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, qint64(products));
        QCOMPARE(s->db().queryInt("SELECT count(*) FROM product").value(), qint64(products));
        for (int id : {1, 20000, 20001, 40000, 40001, products}) {
            const std::string word = "'number" + std::to_string(id) + "'";
            QCOMPARE(s->db().queryInt("SELECT rowid FROM product_words WHERE product_words MATCH " + word).value(), id);
        }
        QCOMPARE(s->db().queryInt("SELECT count(*) FROM product_words WHERE product_words MATCH 'crate'").value(),
            qint64(products));
        QCOMPARE(s->db().queryInt("SELECT count(*) FROM product_words WHERE product_words MATCH 'old'").value(), 0);
        // The index holds exactly the table's names: the products before left it with the table.
        QVERIFY(s->db().exec("INSERT INTO product_words(product_words) VALUES ('integrity-check')"));
        QCOMPARE(s->meta().integer(store::MetaKey::Cursor).value(), 77);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
