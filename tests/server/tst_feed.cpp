// Pull: snapshot pages + change feed give a device exactly the rows of its warehouse, consistently,
// while operations keep arriving; epoch and cursor checks; the new-work notification.
#include "feed.h"
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
        {
            // rotate-epoch from another process while this one serves: the next pull sees it.
            ManualClock clock;
            CoreConfig config;
            config.sessionKey = QByteArray(32, 'k');
            auto other = openServer(m_f->database(), clock, config);
            QVERIFY(other.ok());
            QVERIFY((*other)->rotateEpoch().ok());
            QVERIFY((*other)->epoch() != r.epoch);
        }
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
