// The store-backed sync bar (StoreSyncStatus: a device whose engine is not running) shows what the engine
// left in the store, such as when it last synced.
#include "syncfixture.h"
#include "syncstatus.h"

#include <QTest>

using namespace stockhand;

class TestUiSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastSyncShownWithoutAnEngine()
    {
        QTemporaryDir dir;
        test::Site site(dir.path());
        const QString path = dir.filePath(QStringLiteral("device.db"));
        QDateTime synced;
        {
            test::DeviceUnderTest dev(site, path);
            QVERIFY(dev.enrol(1));
            dev.clock.advanceMs(90000);
            QVERIFY(dev.sync());
            synced = dev.engine->lastSyncTime();
            QVERIFY(synced.isValid());
        } // the engine is gone
        ManualClock clock;
        auto store = store::DeviceStore::open(path, clock);
        QVERIFY(store.ok());
        ui::StoreSyncStatus status(**store);
        QVERIFY(status.lastError().isEmpty());
        QCOMPARE(status.lastSyncTime(), synced);
    }
};

QTEST_MAIN(TestUiSyncStatus)
#include "tst_ui_syncstatus.moc"
