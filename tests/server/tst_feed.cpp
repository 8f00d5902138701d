// Pull: snapshot pages + change feed give a device exactly the rows of its warehouse, consistently,
// while operations keep arriving; epoch and cursor checks; the new-work notification.
#include "feed.h"
#include "feedrowcache.h"
#include "feedtables.h"
#include "feedtail.h"
#include "replica.h"
#include "serverfixture.h"
#include "storage/postgresql/pgadmin.h"
#include "storage/postgresql/pgschema.h"
#include "storage/sqlite/serverschema.h"

#include <QMap>
#include <QTest>

using namespace stockhand;
using namespace stockhand::server;
using namespace stockhand::server::test;

namespace { } // namespace

class TestFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->setUp(), qPrintable(m_f->lastError));
    }

    void snapshotPlusChangesEqualsTheWarehouse()
    {
        Replica r;
        QString from;
        int pages = 0;
        for (;;) {
            QList<QPair<QString, QString>> q {{QStringLiteral("limit"), QStringLiteral("97")}};
            if (!from.isEmpty())
                q.append({QStringLiteral("from"), from});
            const Response resp = m_f->request("GET", QStringLiteral("/v1/snapshot"), {}, m_f->token(), q);
            QCOMPARE(resp.status, 200);
            QCOMPARE(resp.contentType, QByteArray("application/x-ndjson"));
            const QJsonObject end = r.apply(resp.body);
            ++pages;
            // Operations keep arriving while the device pages through the snapshot.
            if (pages % 3 == 0)
                movePieces(pages);
            if (end.value(QStringLiteral("next")).isNull())
                break;
            from = end.value(QStringLiteral("next")).toString();
        }
        QVERIFY(pages > 3);
        pullAll(r);
        verifyEqualsDatabase(r);
    }

    void changesPageWithLimitAndResume()
    {
        Replica r;
        pullAll(r); // from cursor 0: the compacted feed is a snapshot too
        verifyEqualsDatabase(r);
        const qint64 before = r.cursor;
        movePieces(1);
        movePieces(2);
        const Response page = m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(before)}, {QStringLiteral("limit"), QStringLiteral("1")}});
        QCOMPARE(page.status, 200);
        const QJsonObject end = r.apply(page.body);
        QCOMPARE(end.value(QStringLiteral("more")).toBool(), true);
        QVERIFY(r.cursor > before);
        pullAll(r);
        verifyEqualsDatabase(r);
    }

    void compactionKeepsEveryCursorCorrect()
    {
        Replica early, late;
        pullAll(early);
        for (int i = 1; i <= 5; ++i)
            movePieces(1); // the same quants change again and again
        const qint64 entries = m_f->queryInt("SELECT count(*) FROM change_log");
        auto removed = m_f->core().storage().compactFeed();
        QVERIFY(removed.ok());
        QVERIFY(removed.value() >= 8); // two quants x four superseded changes
        QCOMPARE(m_f->queryInt("SELECT count(*) FROM change_log"), entries - removed.value());
        pullAll(early); // a device that was current before the moves
        verifyEqualsDatabase(early);
        pullAll(late); // a device starting from nothing
        verifyEqualsDatabase(late);
    }

    void aRowLeavingTheWarehouseIsDeletedOnItsDevices()
    {
        const QString wh2Token = m_f->enrolDevice(2, QStringLiteral("wh2"));
        Replica one, two;
        pullAll(one);
        pullAll(two, wh2Token);
        const QString picker = QString::number(m_f->world().picker);
        QVERIFY(one.tables.value(QStringLiteral("app_user")).contains(picker));
        QVERIFY(!two.tables.value(QStringLiteral("app_user")).contains(picker));
        // The picker moves to warehouse 2: warehouse 1's devices must stop offering the sign-in.
        QVERIFY(m_f->exec(QStringLiteral("UPDATE app_user SET warehouse_id = 2 WHERE id = ") + picker));
        pullAll(one);
        pullAll(two, wh2Token);
        QVERIFY(!one.tables.value(QStringLiteral("app_user")).contains(picker));
        QVERIFY(two.tables.value(QStringLiteral("app_user")).contains(picker));
        verifyEqualsDatabase(one);
    }

    void otherWarehousesStayOut()
    {
        Replica r;
        pullAll(r);
        for (const QJsonArray &row : r.tables.value(QStringLiteral("location")))
            QCOMPARE(row.at(1).toInteger(), 1);
        for (const QJsonArray &row : r.tables.value(QStringLiteral("app_user"))) {
            QVERIFY(row.at(8).isNull() || row.at(8).toInteger() == 1);
            // A PBKDF2 hash for offline sign-in, except for supervisors and admins: their verifier never
            // reaches a device (they sign in online with a password, docs/security.md).
            const QStringList roles = row.at(7).toString().split(u',');
            const bool supervisor
                = roles.contains(QStringLiteral("supervisor")) || roles.contains(QStringLiteral("admin"));
            QCOMPARE(row.at(4).toString().isEmpty(), supervisor);
        }
        QVERIFY(r.tables.value(QStringLiteral("app_user")).size() >= 9);
    }

    void epochChangeAndRestoredServerAreDetected()
    {
        Replica r;
        pullAll(r);
        QCOMPARE(m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(),
                        {{QStringLiteral("cursor"), QString::number(r.cursor + 1000000)}})
                     .status,
            409);
        QString rotated;
        {
            // rotate-epoch from another process while this one serves: the next pull sees it.
            ManualClock clock;
            CoreConfig config;
            config.sessionKey = QByteArray(32, 'k');
            auto other = openServer(m_f->database(), clock, config);
            QVERIFY(other.ok());
            QVERIFY((*other)->rotateEpoch().ok());
            QVERIFY((*other)->epoch() != r.epoch);
            rotated = (*other)->epoch();
        }
        // A push does not read the epoch; /health, which a balancer and support look at, says the new one.
        movePieces(2);
        const Response health = m_f->request("GET", QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("epoch")).toString(), rotated);
        const Response resp = m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(r.cursor)}, {QStringLiteral("epoch"), r.epoch}});
        QCOMPARE(resp.status, 409);
        QCOMPARE(QJsonDocument::fromJson(resp.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code")),
            QJsonValue(QStringLiteral("feed.epoch-changed")));
    }

    void notifyAnswersAtOnceWhenBehindAndParksWhenCurrent()
    {
        Replica r;
        pullAll(r);
        Response current = m_f->request("GET", QStringLiteral("/v1/notify"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(r.cursor)}});
        QVERIFY(current.wait);
        QCOMPARE(current.waitFor.warehouseId, 1);
        movePieces(7);
        const Response woken = m_f->core().notifyAnswer(current.waitFor);
        QCOMPARE(QJsonDocument::fromJson(woken.body).object().value(QStringLiteral("changed")).toBool(), true);
        Response behind = m_f->request("GET", QStringLiteral("/v1/notify"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(r.cursor)}});
        QVERIFY(!behind.wait);
        QCOMPARE(QJsonDocument::fromJson(behind.body).object().value(QStringLiteral("changed")).toBool(), true);
    }

    // Devices of one warehouse are sent each changed row from the process's row cache once one of them
    // read it; a row that changed since, or a device behind on a page that ends before the row's latest
    // change, is never sent a row older than its page says (feedrowcache.h).
    void devicesShareTheRowCacheAndNeverGetAnOlderRow()
    {
        QVERIFY(m_f->core().feedCaches());
        FeedRowCache *cache = &m_f->core().feedCaches()->rows;
        Replica one, two;
        pullAll(one);
        pullAll(two);
        const qint64 from = one.cursor;
        QCOMPARE(two.cursor, from);
        const Replica atFrom = one;
        movePieces(3);
        movePieces(4);
        const qint64 missesBefore = cache->misses();
        const qint64 hitsBefore = cache->hits();
        const Response first = changesFrom(from);
        QVERIFY(cache->misses() > missesBefore); // the first device's page was read
        QCOMPARE(cache->hits(), hitsBefore);
        const Response second = changesFrom(from);
        QCOMPARE(cache->misses() - missesBefore, cache->hits() - hitsBefore); // the second one's from the cache
        QCOMPARE(second.body, first.body);
        one.apply(first.body);
        verifyEqualsDatabase(one);

        // The same quants move again: a device pulling from the same cursor gets them as they are now.
        movePieces(3);
        const Response third = changesFrom(from);
        QVERIFY(third.body != first.body);
        two.apply(third.body);
        verifyEqualsDatabase(two);

        // A device behind reads a one-change page (its row read as it is now, newer than the page) and
        // then the rest; another device pulls everything in between; both end equal to the database.
        movePieces(4);
        Replica behind = atFrom;
        behind.apply(changesFrom(from, 1).body);
        movePieces(4);
        pullAll(one);
        pullAll(behind);
        verifyEqualsDatabase(one);
        verifyEqualsDatabase(behind);
        QCOMPARE(behind.tables, one.tables);
    }

    // A complete page (nothing more up to the head) is the same bytes whether the process's caches answer
    // it or the database does: a second core on the same database, without caches, is asked the same.
    void cachedPagesEqualPagesReadFromTheDatabase()
    {
        ManualClock clock;
        CoreConfig config;
        config.sessionKey = QByteArray(32, 'k');
        config.feedCacheRows = 0;
        auto plain = openServer(m_f->database(), clock, config);
        QVERIFY(plain.ok());
        QVERIFY(!(*plain)->feedCaches());
        Replica r;
        pullAll(r);
        QList<qint64> cursors {r.cursor};
        for (int step = 1; step <= 6; ++step) {
            movePieces(1 + step % 3);
            if (step == 4) // a row leaves the warehouse: a delete line on both
                QVERIFY(m_f->exec(
                    QStringLiteral("UPDATE app_user SET warehouse_id = 2 WHERE id = %1").arg(m_f->world().picker)));
            for (const qint64 cursor : cursors) {
                const Response cached = changesFrom(cursor);
                Request req;
                req.method = "GET";
                req.path = QStringLiteral("/v1/changes");
                req.authorization = "Bearer " + m_f->token().toLatin1();
                req.query = {{QStringLiteral("cursor"), QString::number(cursor)},
                    {QStringLiteral("limit"), QStringLiteral("5000")}};
                const Response read = (*plain)->handle(req);
                QCOMPARE(cached.status, 200);
                QCOMPARE(read.status, 200);
                QCOMPARE(cached.body, read.body);
            }
            pullAll(r);
            cursors.append(r.cursor);
        }
        QVERIFY(m_f->core().feedCaches()->rows.hits() > 0);
        QVERIFY(changesFrom(cursors.first()).body.contains("\"type\":\"delete\""));
    }

    void feedTailPagesWhatItHoldsCompletely()
    {
        const FeedTable *quant = feedTable("quant");
        auto entries = [&](std::initializer_list<qint64> seqs) {
            QList<storage::Change> list;
            for (qint64 seq : seqs)
                list.append(storage::Change {seq, quant, QByteArray::number(seq), false});
            return list;
        };
        auto seqs = [](const std::optional<storage::FeedReader::ChangePage> &p) {
            QList<qint64> out;
            for (const storage::Change &c : p->changes)
                out.append(c.seq);
            return out;
        };
        const QString epoch = QStringLiteral("e1");
        FeedTail tail(3);
        QCOMPARE(tail.range(epoch, 1).to, qint64(-1));
        tail.add(epoch, 1, 10, 20, entries({12, 15, 20}));
        QCOMPARE(tail.range(epoch, 1).from, qint64(10));
        QCOMPARE(tail.range(epoch, 1).to, qint64(20));
        auto p = tail.page(epoch, 1, 10, 20, 2);
        QCOMPARE(seqs(p), (QList<qint64> {12, 15}));
        QVERIFY(p->more);
        p = tail.page(epoch, 1, 15, 20, 2);
        QCOMPARE(seqs(p), QList<qint64> {20});
        QVERIFY(!p->more);
        QCOMPARE(seqs(tail.page(epoch, 1, 12, 15, 10)), QList<qint64> {15}); // a read at an older head
        QVERIFY(!tail.page(epoch, 1, 9, 20, 10)); // before what it holds
        QVERIFY(!tail.page(epoch, 1, 10, 21, 10)); // beyond what it holds
        QVERIFY(!tail.page(epoch, 2, 10, 20, 10)); // another warehouse
        // Extended by a later read; an older one changes nothing; a capacity of 3 drops the oldest.
        tail.add(epoch, 1, 20, 25, entries({22}));
        tail.add(epoch, 1, 15, 22, entries({20, 22}));
        QCOMPARE(tail.range(epoch, 1).from, qint64(12));
        QCOMPARE(tail.range(epoch, 1).to, qint64(25));
        QCOMPARE(seqs(tail.page(epoch, 1, 12, 25, 10)), (QList<qint64> {15, 20, 22}));
        QVERIFY(!tail.page(epoch, 1, 11, 25, 10));
        // A read that does not reach it replaces it; a new epoch empties it.
        tail.add(epoch, 1, 30, 40, entries({35}));
        QCOMPARE(tail.range(epoch, 1).from, qint64(30));
        QCOMPARE(seqs(tail.page(epoch, 1, 30, 40, 10)), QList<qint64> {35});
        QCOMPARE(tail.range(QStringLiteral("e2"), 1).to, qint64(-1));
    }

    void rowCacheKeepsTheNewestReadWithinItsCapacity()
    {
        const FeedTable &quant = *feedTable("quant");
        const FeedTable &product = *feedTable("product");
        const QString epoch = QStringLiteral("e1");
        FeedRowCache cache(4);
        auto row = [](const char *line) { return FeedRowCache::Row {true, QByteArray(line)}; };
        // A read at head 20 whose page's latest change of the key was 10: pages up to 10 are answered.
        cache.store(epoch, 1, quant, {"7"}, {10}, 20, {row("[7,a]\n")});
        QCOMPARE(cache.find(epoch, 1, quant, {"7"}, {10})[0]->line, QByteArray("[7,a]\n"));
        QVERIFY(!cache.find(epoch, 1, quant, {"7"}, {11})[0]); // a later change: read again
        QVERIFY(!cache.find(epoch, 2, quant, {"7"}, {1})[0]); // another warehouse's scope
        QVERIFY(!cache.find(epoch, 1, product, {"7"}, {1})[0]); // another table
        // An older read (head 15) neither replaces the row nor lowers what it covers; it raises the bound.
        cache.store(epoch, 1, quant, {"7"}, {12}, 15, {row("[7,old]\n")});
        QCOMPARE(cache.find(epoch, 1, quant, {"7"}, {12})[0]->line, QByteArray("[7,a]\n"));
        // A newer read replaces it, also with a row gone from the scope.
        cache.store(epoch, 1, quant, {"7"}, {25}, 30, {FeedRowCache::Row {}});
        const auto gone = cache.find(epoch, 1, quant, {"7"}, {25})[0];
        QVERIFY(gone && !gone->present);
        // Within its capacity: the oldest keys go first, a key found again is kept.
        for (int k = 100; k < 110; ++k) {
            cache.store(epoch, 1, quant, {QByteArray::number(k)}, {1}, 30, {row("[k]\n")});
            QVERIFY(cache.find(epoch, 1, quant, {"7"}, {25})[0]);
            QVERIFY(cache.size() <= 4);
        }
        QVERIFY(!cache.find(epoch, 1, quant, {"100"}, {1})[0]);
        QVERIFY(cache.find(epoch, 1, quant, {"109"}, {1})[0]);
        // A restored server (a new epoch) starts empty.
        QVERIFY(!cache.find(QStringLiteral("e2"), 1, quant, {"7"}, {1})[0]);
        QCOMPARE(cache.size(), qsizetype(0));
    }

    void gzipIsUsedWhenAccepted()
    {
        Request req;
        req.method = "GET";
        req.path = QStringLiteral("/v1/snapshot");
        req.authorization = "Bearer " + m_f->token().toLatin1();
        req.acceptEncoding = "gzip, deflate";
        const Response r = m_f->core().handle(req);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentEncoding, QByteArray("gzip"));
        QCOMPARE(QByteArray(r.body.left(2).toHex()), QByteArray("1f8b"));
    }

private:
    void movePieces(int n)
    {
        const World &w = m_f->world();
        const QJsonObject a = m_f->push({ServerFixture::op(QStringLiteral("move"), w.receiver,
            {{QStringLiteral("product_id"), w.product + n}, {QStringLiteral("from_location_id"), w.binA},
                {QStringLiteral("to_location_id"), w.binB}, {QStringLiteral("qty"), n}})});
        QCOMPARE(
            a.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
    }

    Response changesFrom(qint64 cursor, int limit = 5000)
    {
        return m_f->request("GET", QStringLiteral("/v1/changes"), {}, m_f->token(),
            {{QStringLiteral("cursor"), QString::number(cursor)}, {QStringLiteral("limit"), QString::number(limit)}});
    }

    void pullAll(Replica &r, const QString &token = QString())
    {
        for (int guard = 0; guard < 1000; ++guard) {
            const Response resp
                = m_f->request("GET", QStringLiteral("/v1/changes"), {}, token.isEmpty() ? m_f->token() : token,
                    {{QStringLiteral("cursor"), QString::number(r.cursor)},
                        {QStringLiteral("limit"), QStringLiteral("5000")}});
            QCOMPARE(resp.status, 200);
            if (r.epoch.isEmpty())
                r.epoch = QJsonDocument::fromJson(resp.body.left(resp.body.indexOf('\n')))
                              .object()
                              .value(QStringLiteral("epoch"))
                              .toString();
            if (!r.apply(resp.body).value(QStringLiteral("more")).toBool())
                return;
        }
        QFAIL("the feed never ended");
    }

    void verifyEqualsDatabase(const Replica &r)
    {
        for (const FeedTable &t : feedTables()) {
            if (pg::Connection *c = m_f->postgres()) {
                const std::string sql = std::string("SELECT count(*) FROM ") + t.name + " WHERE " + pg::scopeClause(t);
                auto n
                    = c->queryInt(sql.c_str(), pg::scopeUsesWarehouse(t) ? pg::Params().add(qint64(1)) : pg::Params());
                QVERIFY(n.ok());
                QCOMPARE(qint64(r.tables.value(QLatin1String(t.name)).size()), n.value());
                continue;
            }
            const std::string sql = std::string("SELECT count(*) FROM ") + t.name + " WHERE " + feedScopeClause(t);
            auto st = m_f->db().prepare(sql);
            QVERIFY(st.ok());
            QVERIFY(st->bind(1, qint64(1)).step().ok());
            QCOMPARE(qint64(r.tables.value(QLatin1String(t.name)).size()), st->int64(0));
        }
        const auto quants = r.tables.value(QStringLiteral("quant"));
        int n = 0;
        const char *sql
            = "SELECT id, qty FROM quant WHERE location_id IN (SELECT id FROM location WHERE warehouse_id = 1)";
        if (pg::Connection *c = m_f->postgres()) {
            auto rows = c->query(sql);
            QVERIFY(rows.ok());
            for (int i = 0; i < rows->size(); ++i) {
                const QJsonArray row = quants.value(QString::number(rows->int64(i, 0)));
                QCOMPARE(row.at(5).toInteger(), rows->int64(i, 1));
                ++n;
            }
            QVERIFY(n > 100);
            return;
        }
        auto st = m_f->db().prepare(sql);
        QVERIFY(st.ok());
        while (st->step().value()) {
            const QJsonArray row = quants.value(QString::number(st->int64(0)));
            QCOMPARE(row.at(5).toInteger(), st->int64(1));
            ++n;
        }
        QVERIFY(n > 100);
    }

    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
