// The device's side of labels in the store: the print queue (enqueue, printed, failed with attempts and
// the error, retry, cancel, list) and SSCC allocation from the ranges the server reserved (order,
// exhaustion, a reopened store, two devices offline never handing out the same SSCC).
#include "domain/sscc.h"
#include "store/devicestore.h"
#include "store/printqueue.h"
#include "store/sscc.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace stockhand;
using namespace Qt::StringLiterals;

class TestPrintQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::DeviceStore> open(const QString &name)
    {
        auto s = store::DeviceStore::open(m_dir.filePath(name), m_clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return std::move(*s);
    }
    QTemporaryDir m_dir;
    ManualClock m_clock;

private Q_SLOTS:
    void queueLifecycle();
    void listAndCancel();
    void ssccOrderAndExhaustion();
    void ssccSurvivesReopen();
    void twoDevicesNeverShareAnSscc();
    void ssccRangeChecks();
};

void TestPrintQueue::queueLifecycle()
{
    auto s = open(u"queue.db"_s);
    store::PrintJobDraft d {7, u"127.0.0.1:9100"_s, u"location"_s, u"Location WH1-A01"_s, u"zpl"_s, "^XA^XZ", 2};
    auto id = store::enqueuePrintJob(s->db(), d, m_clock.now());
    QVERIFY(id.ok());
    auto job = store::printJob(s->db(), *id);
    QVERIFY(job.ok() && job->has_value());
    QCOMPARE((*job)->state, u"queued"_s);
    QCOMPARE((*job)->document, QByteArray("^XA^XZ"));
    QCOMPARE((*job)->copies, 2);
    QCOMPARE((*job)->userId, 7);
    QCOMPARE((*job)->attempts, 0);

    QVERIFY(store::markPrintJobFailed(s->db(), *id, makeError("printer.refused", u"refused"_s)).ok());
    job = store::printJob(s->db(), *id);
    QCOMPARE((*job)->state, u"failed"_s);
    QCOMPARE((*job)->attempts, 1);
    QCOMPARE((*job)->errorCode, u"printer.refused"_s);
    QCOMPARE((*job)->errorMessage, u"refused"_s);
    // Only a failed job is queued again; a queued one is not "retried".
    QVERIFY(store::retryPrintJob(s->db(), *id).ok());
    QCOMPARE(store::retryPrintJob(s->db(), *id).error().code, u"print_job.not-failed"_s);
    QCOMPARE((*store::printJob(s->db(), *id))->state, u"queued"_s);
    QCOMPARE((*store::printJob(s->db(), *id))->attempts, 1); // the attempts are kept

    m_clock.advanceMs(5000);
    QVERIFY(store::markPrintJobPrinted(s->db(), *id, m_clock.now()).ok());
    job = store::printJob(s->db(), *id);
    QCOMPARE((*job)->state, u"printed"_s);
    QCOMPARE((*job)->attempts, 2);
    QVERIFY((*job)->errorCode.isEmpty());
    QCOMPARE((*job)->printedAt, utcTime(m_clock.now()));
    QCOMPARE(store::cancelPrintJob(s->db(), *id).error().code, u"print_job.printed"_s);
    QCOMPARE(store::retryPrintJob(s->db(), 999).error().code, u"print_job.unknown"_s);
    QCOMPARE(store::markPrintJobPrinted(s->db(), 999, m_clock.now()).error().code, u"print_job.unknown"_s);
    d.copies = 0;
    QCOMPARE(store::enqueuePrintJob(s->db(), d, m_clock.now()).error().code, u"print_job.bad-copies"_s);
    d.copies = 1;
    d.format = u"png"_s;
    QCOMPARE(store::enqueuePrintJob(s->db(), d, m_clock.now()).error().code, u"print_job.bad-format"_s);
}

void TestPrintQueue::listAndCancel()
{
    auto s = open(u"list.db"_s);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        store::PrintJobDraft d {0, u"pdf:/tmp/x.pdf"_s, u"lot"_s, u"Lot %1"_s.arg(i), u"pdf"_s, "{}", 1};
        ids << store::enqueuePrintJob(s->db(), d, m_clock.now()).value();
    }
    QVERIFY(store::markPrintJobFailed(s->db(), ids[1], makeError("printer.timeout", u"t"_s)).ok());
    QVERIFY(store::markPrintJobPrinted(s->db(), ids[2], m_clock.now()).ok());
    QVERIFY(store::cancelPrintJob(s->db(), ids[3]).ok());
    auto all = store::printJobs(s->db());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().id, ids[3]); // newest first
    auto open = store::printJobs(s->db(), {u"queued"_s, u"failed"_s});
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).id, ids[1]);
    QCOMPARE(open->at(1).id, ids[0]);
    auto failed = store::printJobs(s->db(), {u"failed"_s});
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().errorCode, u"printer.timeout"_s);
    QCOMPARE((*store::printJob(s->db(), ids[3]))->state, u"cancelled"_s);
}

void TestPrintQueue::ssccOrderAndExhaustion()
{
    auto s = open(u"sscc.db"_s);
    // The server's order (by range id), not the order they arrive in.
    QVERIFY(store::addSsccRanges(s->db(), {{12, 0, u"0614141"_s, 500, 501, 0}, {11, 1, u"0614141"_s, 7, 8, 0}}).ok());
    QCOMPARE(store::ssccRemaining(s->db()).value(), 4);
    QStringList got;
    for (int i = 0; i < 4; ++i) {
        auto sscc = store::allocateSscc(s->db());
        QVERIFY(sscc.ok());
        QVERIFY(isValidSscc(*sscc));
        got << *sscc;
    }
    QCOMPARE(got,
        (QStringList {composeSscc(1, u"0614141", 7).value(), composeSscc(1, u"0614141", 8).value(),
            composeSscc(0, u"0614141", 500).value(), composeSscc(0, u"0614141", 501).value()}));
    auto none = store::allocateSscc(s->db());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"sscc.exhausted"_s);
    QCOMPARE(store::ssccRemaining(s->db()).value(), 0);
    // The same range again changes nothing (idempotent by id): used numbers stay used.
    QVERIFY(store::addSsccRanges(s->db(), {{11, 1, u"0614141"_s, 7, 8, 0}}).ok());
    QCOMPARE(store::allocateSscc(s->db()).error().code, u"sscc.exhausted"_s);
    // A refill goes on from there.
    QVERIFY(store::addSsccRanges(s->db(), {{13, 0, u"0614141"_s, 900, 900, 0}}).ok());
    QCOMPARE(store::allocateSscc(s->db()).value(), composeSscc(0, u"0614141", 900).value());
}

void TestPrintQueue::ssccSurvivesReopen()
{
    const QString name = u"reopen.db"_s;
    QString first;
    {
        auto s = open(name);
        QVERIFY(store::addSsccRanges(s->db(), {{1, 0, u"4006381"_s, 1, 3, 0}}).ok());
        first = store::allocateSscc(s->db()).value();
    }
    auto s = open(name);
    const QString second = store::allocateSscc(s->db()).value();
    QVERIFY(second != first);
    QCOMPARE(second, composeSscc(0, u"4006381", 2).value());
    QCOMPARE(store::ssccRemaining(s->db()).value(), 1);
}

void TestPrintQueue::twoDevicesNeverShareAnSscc()
{
    // The server reserves disjoint ranges per device; both devices allocate offline, interleaved, until
    // they run out: no SSCC twice.
    auto a = open(u"device-a.db"_s);
    auto b = open(u"device-b.db"_s);
    QVERIFY(store::addSsccRanges(a->db(), {{1, 0, u"0614141"_s, 0, 49, 0}, {3, 0, u"0614141"_s, 100, 119, 0}}).ok());
    QVERIFY(store::addSsccRanges(b->db(), {{2, 0, u"0614141"_s, 50, 99, 0}}).ok());
    QSet<QString> seen;
    int fromA = 0, fromB = 0;
    for (int round = 0; round < 80; ++round) {
        for (auto *s : {a.get(), b.get()}) {
            auto sscc = store::allocateSscc(s->db());
            if (!sscc) {
                QCOMPARE(sscc.error().code, u"sscc.exhausted"_s);
                continue;
            }
            QVERIFY2(!seen.contains(*sscc), qPrintable(*sscc));
            seen.insert(*sscc);
            (s == a.get() ? fromA : fromB)++;
        }
    }
    QCOMPARE(fromA, 70);
    QCOMPARE(fromB, 50);
    QCOMPARE(seen.size(), 120);
}

void TestPrintQueue::ssccRangeChecks()
{
    auto s = open(u"checks.db"_s);
    QCOMPARE(store::addSsccRanges(s->db(), {{1, 0, u"0614141"_s, 10, 5, 0}}).error().code, u"sscc.bad-range"_s);
    QCOMPARE(store::addSsccRanges(s->db(), {{1, 0, u"061414"_s, 1, 5, 0}}).error().code, u"sscc.bad-prefix"_s);
    QCOMPARE(store::addSsccRanges(s->db(), {{1, 0, u"061414123456"_s, 1, 10000, 0}}).error().code, u"sscc.bad-range"_s);
    QCOMPARE(store::ssccRemaining(s->db()).value(), 0); // nothing half-stored
}

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
