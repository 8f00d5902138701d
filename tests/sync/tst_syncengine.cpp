// The sync engine against the REAL server core in-process, behind a fault-injecting network layer.
// The assertion that matters: after sync, what the device holds equals what the server holds, and every
// operation recorded on the device is in the server's log exactly once.
#include "ops/kinds.h"
#include "store/sscc.h"
#include "syncfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace stockhand;
using namespace stockhand::test;

class TestSyncEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Site> m_site;
    int m_devices = 0;

    std::unique_ptr<DeviceUnderTest> device(sync::SyncConfig config = DeviceUnderTest::testConfig())
    {
        auto d = std::make_unique<DeviceUnderTest>(
            *m_site, m_dir->filePath(QStringLiteral("device%1.db").arg(++m_devices)), config);
        if (!d->enrol())
            qFatal("enrolment failed");
        return d;
    }
    qint64 serverInt(const std::string &sql) { return m_site->core->db().queryInt(sql).value(); }
    qint64 opsInLog(const QList<Operation> &ops)
    {
        qint64 n = 0;
        for (const Operation &op : ops) {
            auto st = m_site->core->db().prepare("SELECT count(*) FROM op_log WHERE uuid = ?1");
            st->bind(1, op.uuid);
            n += st->step().value() ? st->int64(0) : 0;
        }
        return n;
    }
    qint64 firstOpenPickLine(qint64 warehouse = 1)
    {
        return serverInt(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.kind = 'pick' "
            "AND t.warehouse_id = "
            + std::to_string(warehouse) + " ORDER BY l.id LIMIT 1");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_site = std::make_unique<Site>(m_dir->path());
    }
    void cleanup()
    {
        m_site.reset();
        m_dir.reset();
    }

    // Without a GS1 Company Prefix the server hands out no SSCC ranges: the device cannot allocate one,
    // and this engine does not ask again.
    void noSsccRangesWithoutPrefix()
    {
        auto d = device();
        QVERIFY(d->sync());
        QCOMPARE(d->network->requests(QStringLiteral("/v1/sscc-ranges")), 1);
        QCOMPARE(store::ssccRemaining(d->store->db()).value(), 0);
        auto none = store::allocateSscc(d->store->db());
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("sscc.exhausted"));
        QVERIFY(d->sync());
        QCOMPARE(d->network->requests(QStringLiteral("/v1/sscc-ranges")), 1);
    }

    // A lost answer costs no range: the next sync gets the one reserved for it; a device with enough left
    // does not ask.
    void ssccRangeAnswerLost()
    {
        server::CoreConfig config;
        config.sscc.companyPrefix = QStringLiteral("4012345");
        config.sscc.rangeSize = 100;
        config.sscc.refillBelow = 10;
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sscc")));
        m_site = std::make_unique<Site>(m_dir->filePath(QStringLiteral("sscc")), config);
        auto d = device();
        d->network->faults
            = [](const QString &path, int) { return path == u"/v1/sscc-ranges" ? Fault::DropResponse : Fault::None; };
        QVERIFY(d->sync()); // the floor's data is in sync: the ranges are asked for again next time
        QCOMPARE(store::ssccRemaining(d->store->db()).value(), 0);
        QCOMPARE(serverInt("SELECT count(*) FROM sscc_range"), 1);
        d->network->faults = nullptr;
        QVERIFY(d->sync());
        QCOMPARE(store::ssccRemaining(d->store->db()).value(), 100);
        QCOMPARE(serverInt("SELECT count(*) FROM sscc_range"), 1);
        const int asked = d->network->requests(QStringLiteral("/v1/sscc-ranges"));
        QVERIFY(d->sync());
        QCOMPARE(d->network->requests(QStringLiteral("/v1/sscc-ranges")), asked);
        auto sscc = store::allocateSscc(d->store->db());
        QVERIFY(sscc.ok());
        QVERIFY(sscc->startsWith(QLatin1String("04012345")));
    }

    void firstSyncEqualsServer()
    {
        auto d = device();
        QSignalSpy progress(d->engine.get(), &sync::SyncEngine::progressChanged);
        QVERIFY(d->sync());
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        QVERIFY(progress.count() > 3); // pages of 500 rows report progress
        QCOMPARE(d->engine->progressPercent(), 100);
        // Scoped: nothing of warehouse 2's locations.
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM location WHERE warehouse_id = 2").value(), 0);
        QVERIFY(d->engine->lastSyncTime().isValid());
        QVERIFY(d->engine->lastError().isEmpty());
    }

    void changesFollowTheSnapshot()
    {
        auto d = device();
        QVERIFY(d->sync());
        QVERIFY(m_site->core->db().exec("UPDATE product SET name = 'Renamed on the server' WHERE id = 7").ok());
        QVERIFY(
            m_site->core->db().exec("DELETE FROM product_barcode WHERE product_id = 8 AND packaging = 'pallet'").ok());
        // The site's floor settings, a transfer's priority and a reason's labels follow (schema v5/v6).
        QVERIFY(m_site->core->db().exec("UPDATE warehouse SET auto_confirm = 0, lots_case_sensitive = 1").ok());
        QVERIFY(m_site->core->db().exec("UPDATE transfer SET priority = 1 - priority WHERE warehouse_id = 1").ok());
        QVERIFY(m_site->core->db()
                    .exec("UPDATE reason_code SET labels = '{\"de\":\"Gefunden (neu)\"}' WHERE code = 'FOUND'")
                    .ok());
        QVERIFY(d->sync());
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        QCOMPARE(d->store->db()
                     .queryInt("SELECT auto_confirm + 2 * lots_case_sensitive FROM warehouse WHERE id = 1")
                     .value(),
            2);
    }

    // (a) the server committed the batch but its answer was lost: the retry is answered "duplicate" with
    // the first answer, and the stock moved once.
    void responseLostAfterCommitAppliesOnce()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        QList<Operation> ops;
        for (int i = 0; i < 3; ++i)
            ops << recordPick(*d->store, line, units(1), picker).value();
        const qint64 movesBefore = serverInt("SELECT count(*) FROM stock_move");
        d->network->faults = [](const QString &path, int index) {
            return path == u"/v1/push" && index == 0 ? Fault::DropResponse : Fault::None;
        };
        QVERIFY(!d->sync());
        QCOMPARE(opsInLog(ops), 3); // committed on the server...
        QCOMPARE(d->store->pendingCount().value(), 3); // ...but the device does not know yet
        QVERIFY(d->sync());
        QCOMPARE(opsInLog(ops), 3);
        QCOMPARE(serverInt("SELECT count(*) FROM stock_move") - movesBefore, 3);
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'duplicate'").value(), 3);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        // The device's view equals the server's books once the effects are in the replicated state.
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM active_effect").value(), 0);
    }

    // One test body per failure mode (QGroundControl style): the sync fails with a clear error, nothing
    // is lost, the retry is scheduled with a jittered backoff, and the next sync completes.
    void failureModesRetry_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("path");
        QTest::newRow("push: request dropped") << int(Fault::DropRequest) << QStringLiteral("/v1/push");
        QTest::newRow("push: 500") << int(Fault::Http500) << QStringLiteral("/v1/push");
        QTest::newRow("push: hangs") << int(Fault::Hang) << QStringLiteral("/v1/push");
        QTest::newRow("changes: request dropped") << int(Fault::DropRequest) << QStringLiteral("/v1/changes");
        QTest::newRow("changes: response lost") << int(Fault::DropResponse) << QStringLiteral("/v1/changes");
        QTest::newRow("changes: body cut short") << int(Fault::TruncateBody) << QStringLiteral("/v1/changes");
        QTest::newRow("changes: hangs") << int(Fault::Hang) << QStringLiteral("/v1/changes");
        QTest::newRow("changes: slow") << int(Fault::Slow) << QStringLiteral("/v1/changes");
    }
    void failureModesRetry()
    {
        QFETCH(int, fault);
        QFETCH(QString, path);
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        auto op = recordPick(*d->store, firstOpenPickLine(), units(2), picker);
        QVERIFY(op.ok());
        d->network->faults = [&](const QString &p, int) { return p == path ? Fault(fault) : Fault::None; };
        const bool slow = Fault(fault) == Fault::Slow;
        QCOMPARE(d->sync(), slow);
        if (!slow) {
            QVERIFY(!d->engine->lastError().isEmpty());
            QCOMPARE(d->engine->consecutiveFailures(), 1);
            QVERIFY(d->engine->retryDelayMs() >= 20 && d->engine->retryDelayMs() <= 40);
            QVERIFY(!d->engine->authRequired());
        }
        d->network->faults = nullptr;
        QVERIFY(d->sync());
        QCOMPARE(opsInLog({op.value()}), 1);
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    void backoffGrowsAndIsCapped()
    {
        auto d = device();
        d->network->faults = [](const QString &, int) { return Fault::DropRequest; };
        int previousCeiling = 0;
        for (int i = 1; i <= 6; ++i) {
            QVERIFY(!d->sync());
            const int ceiling = qMin(400, 40 << (i - 1));
            QVERIFY2(d->engine->retryDelayMs() >= ceiling / 2 && d->engine->retryDelayMs() <= ceiling,
                qPrintable(QString::number(d->engine->retryDelayMs())));
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        QVERIFY(!d->engine->online());
        // The retry timer fires by itself and succeeds once the network is back.
        d->network->faults = nullptr;
        QSignalSpy spy(d->engine.get(), &sync::SyncEngine::syncFinished);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY(d->engine->online());
    }

    // A failure retrying cannot mend (something that is not our server answers 404): automatic retries stop,
    // the health says why, and a sync someone asks for tries again.
    void fatalFailureStopsRetriesUntilAsked()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        auto op = recordPick(*d->store, firstOpenPickLine(), units(1), picker);
        QVERIFY(op.ok());
        d->network->faults
            = [](const QString &path, int) { return path == u"/v1/push" ? Fault::Http404 : Fault::None; };
        QVERIFY(!d->sync());
        QVERIFY(d->engine->fatal());
        QVERIFY(!d->engine->retryScheduled());
        QVERIFY(d->engine->lastError().contains(QStringLiteral("No such page.")));
        QVERIFY(!d->engine->authRequired());
        d->network->faults = nullptr;
        QVERIFY(d->sync()); // asked for: tried again
        QVERIFY(!d->engine->fatal());
        QCOMPARE(opsInLog({op.value()}), 1);
        QCOMPARE(d->store->pendingCount().value(), 0);
    }

    void rejectedOperationDoesNotBlockOthers()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        auto a = recordPick(*d->store, line, units(1), picker);
        // A pick from a line that does not exist: invalid, rejected with a code.
        auto bad = d->store->record(OperationDraft {ops::kindName(ops::Kind::Pick),
            QJsonObject {{QStringLiteral("transfer_line_id"), 999999}, {QStringLiteral("location_id"), 1},
                {QStringLiteral("qty"), 1}},
            picker, {ops::Effect::onTransferLine(999999, units(1))}});
        auto c = recordPick(*d->store, line, units(1), picker);
        QVERIFY(a.ok() && bad.ok() && c.ok());
        QVERIFY(d->sync());
        QCOMPARE(opsInLog({a.value(), c.value()}), 2);
        auto rejected = d->store->outbox().operations(OpState::Rejected);
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().uuid, bad->uuid);
        QVERIFY(!rejected->first().errorCode.isEmpty());
        QCOMPARE(d->engine->exceptionCount(), 1);
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM active_effect").value(), 0);
    }

    // An operation the server cannot even parse (an unknown kind makes it refuse the whole batch with
    // 400) is isolated and set aside; the operations around it go through.
    void unparseableOperationIsIsolated()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        auto a = recordPick(*d->store, line, units(1), picker);
        auto bad = d->store->record(OperationDraft {QStringLiteral("teleport"), QJsonObject {}, picker, {}});
        auto c = recordPick(*d->store, line, units(1), picker);
        QVERIFY(d->sync());
        QCOMPARE(opsInLog({a.value(), c.value()}), 2);
        auto rejected = d->store->outbox().operations(OpState::Rejected);
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().uuid, bad->uuid);
        QCOMPARE(rejected->first().errorCode, QStringLiteral("request.unknown-kind"));
        QCOMPARE(d->store->pendingCount().value(), 0);
    }

    // A user whose roles changed on the server since the device checked them: the server refuses the
    // batch with 403 naming the operation; the device sets that one aside (role.forbidden) and the
    // operations around it go through in the same sync.
    void forbiddenOperationIsSetAsideAndTheRestApplied()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        auto a = recordPick(*d->store, line, units(1), picker);
        auto forbidden = d->store->record(OperationDraft {QStringLiteral("approve_adjustment"),
            QJsonObject {
                {QStringLiteral("adjustment_id"), 1}, {QStringLiteral("reason_code"), QStringLiteral("FOUND")}},
            picker, {}});
        auto c = recordPick(*d->store, line, units(1), picker);
        QVERIFY(a.ok() && forbidden.ok() && c.ok());
        QVERIFY(d->sync());
        QCOMPARE(opsInLog({a.value(), c.value()}), 2);
        QCOMPARE(opsInLog({forbidden.value()}), 0);
        auto rejected = d->store->outbox().operations(OpState::Rejected);
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().uuid, forbidden->uuid);
        QCOMPARE(rejected->first().errorCode, QStringLiteral("role.forbidden"));
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(d->engine->exceptionCount(), 1);
    }

    // (c) the server restarts in the middle of a first sync: the snapshot resumes where it stopped.
    void serverRestartMidSnapshotResumes()
    {
        auto d = device();
        int snapshotRequests = 0;
        d->network->faults = [&](const QString &path, int index) {
            if (path != u"/v1/snapshot")
                return Fault::None;
            ++snapshotRequests;
            if (index == 2) {
                m_site->restart();
                d->network->setServer(m_site->core.get());
                return Fault::DropRequest;
            }
            return Fault::None;
        };
        QVERIFY(!d->sync());
        QVERIFY(!d->store->meta().text(store::MetaKey::SnapshotNext).value().isEmpty());
        const qint64 rowsBefore = d->store->db().queryInt("SELECT count(*) FROM product").value();
        QVERIFY(rowsBefore > 0);
        const int requestsFirstTry = snapshotRequests;
        QVERIFY(d->sync());
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
        // Resumed, not restarted: the second sync did not fetch the pages already applied.
        const int pages = int((d->engine->progressTotal() + 499) / 500);
        QVERIFY2(snapshotRequests - requestsFirstTry <= pages - 1,
            qPrintable(QStringLiteral("%1 %2 %3").arg(snapshotRequests).arg(requestsFirstTry).arg(pages)));
    }

    // (c) the server is restored from an older backup: a new epoch; the device resyncs from a snapshot,
    // keeps its pending operations, and sends again what the restored server lost.
    void serverRestoredFromOlderBackup()
    {
        auto d = device();
        QVERIFY(d->sync());
        const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
        QVERIFY(m_site->core->db().exec("VACUUM INTO '" + backup.toStdString() + "'").ok());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        auto lost = recordPick(*d->store, line, units(1), picker);
        QVERIFY(d->sync());
        QCOMPARE(opsInLog({lost.value()}), 1);
        // Restore: the backup replaces the database; the restored server gets a new epoch.
        m_site->core.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_site->path + QLatin1String(suffix));
        QVERIFY(QFile::copy(backup, m_site->path));
        m_site->restart();
        QVERIFY(m_site->core->rotateEpoch().ok());
        QCOMPARE(opsInLog({lost.value()}), 0); // the restored server lost it
        auto pending = recordPick(*d->store, line, units(1), picker);
        QVERIFY(d->sync()); // pushes `pending`, detects the new epoch, resyncs, queues `lost` again
        if (d->store->pendingCount().value() > 0 || d->engine->syncing()) {
            QSignalSpy spy(d->engine.get(), &sync::SyncEngine::syncFinished);
            if (d->engine->syncing())
                QVERIFY(spy.wait(5000));
            QVERIFY(d->sync());
        }
        QCOMPARE(opsInLog({lost.value(), pending.value()}), 2);
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(d->store->meta().text(store::MetaKey::Epoch).value(), m_site->core->epoch());
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    // (d) two devices pick the same line offline: both physical facts are kept, one exception raised.
    void twoDevicesPickTheSameLineOffline()
    {
        auto a = device();
        auto b = device();
        QVERIFY(a->sync() && b->sync());
        const qint64 picker = userWithRole(a->store->db(), "picker", 1);
        const qint64 line = firstOpenPickLine();
        const qint64 expected = serverInt("SELECT qty_expected FROM transfer_line WHERE id = " + std::to_string(line));
        auto offline = [](const QString &, int) { return Fault::DropRequest; };
        a->network->faults = offline;
        b->network->faults = offline;
        QVERIFY(recordPick(*a->store, line, expected, picker).ok());
        QVERIFY(recordPick(*b->store, line, expected, picker).ok());
        QVERIFY(!a->sync() && !b->sync());
        a->network->faults = nullptr;
        b->network->faults = nullptr;
        QVERIFY(a->sync() && b->sync());
        QCOMPARE(serverInt("SELECT qty_done FROM transfer_line WHERE id = " + std::to_string(line)), 2 * expected);
        QCOMPARE(
            serverInt("SELECT count(*) FROM exception WHERE kind = 'line_picked_by_two_devices' AND transfer_line_id = "
                + std::to_string(line)),
            1);
        QCOMPARE(a->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'applied'").value(), 1);
        QCOMPARE(b->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'applied'").value(), 1);
        QVERIFY(a->sync());
        QCOMPARE(worldDigest(a->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    // (e) a whole shift offline (5,000 operations), then one sync.
    void offlineShiftThenOneSync()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        auto st = d->store->db().prepare(
            "SELECT q.product_id, q.location_id FROM quant q JOIN location l ON l.id = q.location_id "
            "WHERE l.type = 'bin' AND q.lot_id IS NULL ORDER BY q.id LIMIT 2");
        QVERIFY(st->step().value());
        const qint64 product = st->int64(0), from = st->int64(1);
        st->reset();
        const qint64 to
            = d->store->db()
                  .queryInt("SELECT id FROM location WHERE type = 'bin' AND warehouse_id = 1 ORDER BY id DESC LIMIT 1")
                  .value();
        d->network->faults = [](const QString &, int) { return Fault::DropRequest; };
        QVERIFY(!d->sync());
        for (int i = 0; i < 5000; ++i) {
            d->clock.advanceMs(5000);
            QVERIFY(recordMove(*d->store, product, i % 2 ? to : from, i % 2 ? from : to, units(1), picker).ok());
        }
        d->engine->refreshHealth();
        QCOMPARE(d->engine->pendingCount(), 5000);
        QVERIFY(d->engine->oldestPendingAgeSeconds() >= 24990);
        d->network->faults = nullptr;
        QVERIFY(d->sync());
        QCOMPARE(d->store->pendingCount().value(), 0);
        QCOMPARE(serverInt("SELECT count(*) FROM op_log WHERE kind = 'move'"), 5000);
        QCOMPARE(d->network->requests(QStringLiteral("/v1/push")), 5000 / DeviceUnderTest::testConfig().pushBatch);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    void revokedDeviceMustReauthenticate()
    {
        auto d = device();
        QVERIFY(d->sync());
        const QString id = d->store->meta().text(store::MetaKey::ServerDeviceId).value();
        QVERIFY(m_site->core->devices().revoke(id).ok());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        QVERIFY(recordPick(*d->store, firstOpenPickLine(), units(1), picker).ok());
        QVERIFY(!d->sync());
        QVERIFY(d->engine->authRequired());
        QCOMPARE(d->store->pendingCount().value(), 1); // kept for the next enrolment
        QVERIFY(d->enrol());
        QVERIFY(d->sync());
        QCOMPARE(d->store->pendingCount().value(), 0);
    }

    void neverTwoSyncsAtOnce()
    {
        auto d = device();
        QSignalSpy spy(d->engine.get(), &sync::SyncEngine::syncFinished);
        d->engine->syncNow();
        d->engine->syncNow(); // queued behind the first
        d->engine->syncNow();
        QVERIFY(QTest::qWaitFor([&] { return spy.count() == 2; }, 10000));
        QCOMPARE(d->network->requests(QStringLiteral("/v1/push")), 0);
        QVERIFY(spy.at(0).first().toBool() && spy.at(1).first().toBool());
        QVERIFY(!QTest::qWaitFor([&] { return spy.count() > 2; }, 200));
    }

    // Shortly after new operations (debounced): a burst of actions leads to one sync, not one each.
    void newOperationsSyncSoonDebounced()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        QSignalSpy spy(d->engine.get(), &sync::SyncEngine::syncFinished);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(recordPick(*d->store, firstOpenPickLine(), units(1), picker).ok());
            d->engine->operationRecorded();
        }
        QCOMPARE(d->engine->pendingCount(), 5); // the health shows them at once
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().first().toBool(), true);
        QCOMPARE(d->network->requests(QStringLiteral("/v1/push")), 1);
        QCOMPARE(d->engine->pendingCount(), 0);
        QVERIFY(!spy.wait(300)); // and no second sync follows
    }

    // The outbox does not grow for ever: acknowledged operations older than the retention go, the newest
    // are kept (a restored server gets them again), pending and rejected ones always stay.
    void acknowledgedOperationsArePurgedAfterTheRetention()
    {
        sync::SyncConfig config = DeviceUnderTest::testConfig();
        config.outboxKeepDays = 7;
        config.outboxKeepAtLeast = 1;
        auto d = device(config);
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(recordPick(*d->store, firstOpenPickLine(), units(1), picker).ok());
        QVERIFY(d->store
                    ->record(OperationDraft {ops::kindName(ops::Kind::Pick),
                        QJsonObject {{QStringLiteral("transfer_line_id"), 999999}, {QStringLiteral("location_id"), 1},
                            {QStringLiteral("qty"), 1}},
                        picker, {}})
                    .ok()); // rejected by the server
        QVERIFY(d->sync());
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM outbox").value(), 4); // all younger than a week
        d->clock.advanceMs(8LL * 24 * 3600 * 1000);
        auto recent = recordPick(*d->store, firstOpenPickLine(), units(1), picker);
        QVERIFY(d->sync());
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'applied'").value(), 1);
        QCOMPARE(d->store->outbox().operations(OpState::Applied)->first().uuid, recent->uuid);
        QCOMPARE(d->store->db().queryInt("SELECT count(*) FROM outbox WHERE state = 'rejected'").value(), 1);
        QCOMPARE(d->store->db()
                     .queryInt("SELECT count(*) FROM pending_effect WHERE op_seq NOT IN (SELECT seq FROM outbox)")
                     .value(),
            0);
        QCOMPARE(worldDigest(d->store->db(), 1), worldDigest(m_site->core->db(), 1));
    }

    void exportPendingWritesAnImportableFile()
    {
        auto d = device();
        QVERIFY(d->sync());
        const qint64 picker = userWithRole(d->store->db(), "picker", 1);
        QVERIFY(recordPick(*d->store, firstOpenPickLine(), units(1), picker).ok());
        const QString file = m_dir->filePath(QStringLiteral("pending.json"));
        QCOMPARE(d->store->outbox().exportPending(file).value(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("operations")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("device_id")).toString(), d->store->deviceId());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
