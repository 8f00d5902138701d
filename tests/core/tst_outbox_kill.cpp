// Outbox atomicity under SIGKILL: a writer process records actions (operation + local effects in one
// transaction) and prints each sequence number once committed; we kill it at random moments, reopen the
// store and check that every acknowledged action survived, and that every action is whole: its operation
// and both of its effects, or nothing.
#include "store/devicestore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;

class TestOutboxKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("device.db"));
        QRandomGenerator rng(20261126);
        QSet<qint64> acknowledged;
        const int runs = 40;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER), {path});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            const int target = int(rng.bounded(1, 25));
            int seen = 0;
            QByteArray pending;
            while (seen < target) {
                QVERIFY2(
                    writer.waitForReadyRead(30000), qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
                pending += writer.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    acknowledged.insert(pending.left(nl).toLongLong());
                    pending.remove(0, nl + 1);
                    ++seen;
                }
            }
            // Let the next transaction get a random distance in before the kill (0-2 ms of busy wait).
            QElapsedTimer t;
            t.start();
            const qint64 spinNs = rng.bounded(2000000);
            while (t.nsecsElapsed() < spinNs) { }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            // Anything printed before death was committed.
            pending += writer.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (!line.isEmpty())
                    acknowledged.insert(line.toLongLong());
            }
            verify(path, acknowledged);
        }
    }

private:
    void verify(const QString &path, const QSet<qint64> &acknowledged)
    {
        ManualClock clock;
        auto store = store::DeviceStore::open(path, clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto &db = (*store)->db();
        auto st = db.prepare("SELECT o.seq, o.payload, (SELECT count(*) FROM pending_effect e WHERE e.op_seq = o.seq), "
                             "(SELECT sum(delta) FROM pending_effect e WHERE e.op_seq = o.seq) FROM outbox o");
        QSet<qint64> present;
        while (st->step().value()) {
            const qint64 seq = st->int64(0);
            present.insert(seq);
            QCOMPARE(st->int64(2), 2); // both effects of the action are there
            const qint64 qty = 1 + (seq % 7);
            QCOMPARE(st->int64(3), 2 * units(qty));
        }
        QCOMPARE(
            db.queryInt("SELECT count(*) FROM pending_effect WHERE op_seq NOT IN (SELECT seq FROM outbox)").value(), 0);
        for (qint64 seq : acknowledged)
            QVERIFY2(present.contains(seq), qPrintable(QStringLiteral("acknowledged action %1 was lost").arg(seq)));
        // The device's view adds up: every surviving count added its quantity to the quant overlay.
        QCOMPARE((*store)->quantOnHand(1, 1).value(),
            db.queryInt("SELECT sum(delta) FROM pending_effect WHERE target = 'quant'").value());
    }
};

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outbox_kill.moc"
