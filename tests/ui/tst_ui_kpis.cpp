// The console's KPI model (ui/models/kpimodel.h): the server's JSON becomes tiles, chart points and CSV
// text; the request carries the range; offline the last figures come back from the device store with
// their age; another user's figures are not shown; the real KpiPage.qml loads offscreen with figures.
#include "kpimodel.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "store/kpicache.h"
#include "uifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

namespace {

// A server answer of two days (as GET /v1/kpis gives it, docs/sync-protocol.md).
QByteArray answer()
{
    auto day = [](const char *date, QJsonValue accuracy, double net, int picked, int hours, QJsonValue perHour) {
        return QJsonObject {{QStringLiteral("date"), QLatin1String(date)}, {QStringLiteral("counted_locations"), 4},
            {QStringLiteral("accurate_locations"), 3}, {QStringLiteral("accuracy"), accuracy},
            {QStringLiteral("counts"), 5}, {QStringLiteral("variance_net"), net}, {QStringLiteral("variance_abs"), 6.5},
            {QStringLiteral("variance_value_net_cents"), -1250}, {QStringLiteral("variance_value_abs_cents"), 4000},
            {QStringLiteral("lines_picked"), picked}, {QStringLiteral("pick_hours"), hours},
            {QStringLiteral("picked_per_hour"), perHour}, {QStringLiteral("lines_received"), 0},
            {QStringLiteral("receive_hours"), 0}, {QStringLiteral("received_per_hour"), QJsonValue::Null},
            {QStringLiteral("pick_lines_validated"), 3}, {QStringLiteral("pick_lines_filled"), 2},
            {QStringLiteral("fill_rate"), 2.0 / 3.0}, {QStringLiteral("putaways"), 1},
            {QStringLiteral("dock_to_stock_median_h"), 4.0}, {QStringLiteral("dock_to_stock_p90_h"), 24.0}};
    };
    QJsonObject totals = day("", 0.75, -2.5, 20, 4, 5.0);
    totals.remove(QStringLiteral("date"));
    totals.insert(QStringLiteral("awaiting_putaway"), 2);
    QJsonArray picked, received;
    for (int h = 0; h < 24; ++h) {
        picked.append(h == 10 ? 20 : 0);
        received.append(0);
    }
    const QJsonObject o {{QStringLiteral("from"), QStringLiteral("2026-11-20")},
        {QStringLiteral("to"), QStringLiteral("2026-11-21")}, {QStringLiteral("warehouse_id"), 1},
        {QStringLiteral("timezone"), QStringLiteral("UTC")},
        {QStringLiteral("generated_at"), QStringLiteral("2026-11-26T08:00:00.000Z")},
        {QStringLiteral("days"),
            QJsonArray {day("2026-11-20", 0.75, 1.5, 0, 0, QJsonValue::Null),
                day("2026-11-21", QJsonValue::Null, -4.0, 20, 4, 5.0)}},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("by_hour"),
            QJsonObject {{QStringLiteral("picked"), picked}, {QStringLiteral("received"), received}}},
        {QStringLiteral("backorders"),
            QJsonObject {{QStringLiteral("as_of"), QStringLiteral("2026-11-26T08:00:00.000Z")},
                {QStringLiteral("buckets"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("bucket"), QStringLiteral("0-7")}, {QStringLiteral("lines"), 3},
                            {QStringLiteral("transfers"), 2}, {QStringLiteral("qty_open"), 7.5}},
                        QJsonObject {{QStringLiteral("bucket"), QStringLiteral(">30")}, {QStringLiteral("lines"), 1},
                            {QStringLiteral("transfers"), 1}, {QStringLiteral("qty_open"), 2.0}}}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct FakeServer
{
    int status = 200;
    QString code;
    QByteArray body = answer();
    QList<QList<QPair<QString, QString>>> queries;
    qint64 userId = 0;
};

} // namespace

class TestKpiModel : public QObject
{
    Q_OBJECT

    void connect(ui::KpiModel &m, FakeServer &server)
    {
        m.setFetcher([&server](qint64 user, const QList<QPair<QString, QString>> &q, ui::KpiModel::ReplyHandler done) {
            server.queries.append(q);
            server.userId = user;
            done(server.status, server.code, QStringLiteral("refused"), server.status ? server.body : QByteArray());
        });
    }

private Q_SLOTS:
    void jsonBecomesTilesPointsAndCsv()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        ui::KpiModel &m = *f.app->console()->kpis();
        FakeServer server;
        connect(m, server);
        // The presets count back from the device's day (the fixture's clock: 2026-11-26).
        m.setPreset(7);
        QCOMPARE(m.from(), QStringLiteral("2026-11-20"));
        QCOMPARE(m.to(), QStringLiteral("2026-11-26"));
        m.setWarehouseId(1);
        QSignalSpy figures(&m, &ui::KpiModel::figuresChanged);
        m.refresh();
        QCOMPARE(server.queries.size(), 1);
        QCOMPARE(server.queries[0],
            (QList<QPair<QString, QString>> {{QStringLiteral("from"), QStringLiteral("2026-11-20")},
                {QStringLiteral("to"), QStringLiteral("2026-11-26")},
                {QStringLiteral("warehouse_id"), QStringLiteral("1")}}));
        QCOMPARE(server.userId, f.app->session()->userId());
        QCOMPARE(figures.size(), 1);
        QVERIFY(m.hasFigures() && !m.stored() && !m.offline() && m.message().isEmpty());
        QCOMPARE(m.ageText(), QStringLiteral("figures from just now"));

        const QVariantList tiles = m.tiles();
        QCOMPARE(tiles.size(), 7);
        auto tile = [&](int i, const char *key) {
            const QVariantMap t = tiles[i].toMap();
            [&] { QCOMPARE(t.value(QStringLiteral("key")).toString(), QLatin1String(key)); }();
            return t;
        };
        QCOMPARE(tile(0, "accuracy").value(QStringLiteral("value")).toString(), QStringLiteral("75.0 %"));
        QCOMPARE(tile(1, "variance").value(QStringLiteral("value")).toString(), QStringLiteral("-2.500"));
        QCOMPARE(tile(2, "picked").value(QStringLiteral("value")).toString(), QStringLiteral("5.0"));
        QCOMPARE(tile(3, "received").value(QStringLiteral("value")).toString(), QStringLiteral("—"));
        QCOMPARE(tile(4, "fill").value(QStringLiteral("value")).toString(), QStringLiteral("66.7 %"));
        QCOMPARE(tile(5, "dock").value(QStringLiteral("value")).toString(), QStringLiteral("4.0 h"));
        QCOMPARE(tile(6, "backorders").value(QStringLiteral("value")).toString(), QStringLiteral("4"));

        // Points per day at noon UTC; a day without a value is left out.
        const QVariantList accuracy = m.points(QStringLiteral("accuracy"), 100);
        QCOMPARE(accuracy.size(), 1);
        QCOMPARE(accuracy[0].toPointF(),
            QPointF(double(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), 75.0));
        QCOMPARE(m.points(QStringLiteral("variance_net")).size(), 2);
        QCOMPARE(m.maxOf({QStringLiteral("variance_net"), QStringLiteral("variance_abs")}), 6.5);
        QCOMPARE(m.minOf({QStringLiteral("variance_net")}), -4.0);
        QCOMPARE(m.pickedByHour().size(), 24);
        QCOMPARE(m.pickedByHour()[10].toInt(), 20);
        QCOMPARE(m.backorders().size(), 2);
        QCOMPARE(m.firstDay().date(), QDate(2026, 11, 20));

        // The CSV: a header of the JSON's keys, a row per day, the total, then the backorder ageing.
        const QStringList lines = m.csvText().split(u'\n');
        QCOMPARE(lines[0],
            QStringLiteral("date,counted_locations,accurate_locations,accuracy,counts,variance_net,variance_abs,"
                           "variance_value_net,variance_value_abs,lines_picked,pick_hours,picked_per_hour,"
                           "lines_received,receive_hours,received_per_hour,pick_lines_validated,pick_lines_filled,"
                           "fill_rate,putaways,dock_to_stock_median_h,dock_to_stock_p90_h"));
        QCOMPARE(lines[1],
            QStringLiteral("2026-11-20,4,3,0.7500,5,1.500,6.500,-12.50,40.00,0,0,,0,0,,3,2,0.6667,1,4.00,24.00"));
        QVERIFY(lines[2].startsWith(QStringLiteral("2026-11-21,4,3,,5,-4.000,")));
        QVERIFY(lines[3].startsWith(QStringLiteral("total,4,3,0.7500,5,-2.500,")));
        QCOMPARE(lines[4], QString());
        QCOMPARE(lines[5], QStringLiteral("backorder_age_days,lines,transfers,qty_open"));
        QCOMPARE(lines[6], QStringLiteral("0-7,3,2,7.500"));
        QCOMPARE(lines[7], QStringLiteral(">30,1,1,2.000"));

        // Exported to a file, byte for byte.
        const QString path = f.dir.filePath(QStringLiteral("kpis.csv"));
        QVERIFY(m.exportCsv(QUrl::fromLocalFile(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), m.csvText());
        QVERIFY(!m.exportCsv(QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("no/such/dir/kpis.csv")))));
        QVERIFY(m.message().startsWith(QStringLiteral("Cannot write")));
        QCOMPARE(m.suggestedFileName(), QStringLiteral("stockhand-kpis-2026-11-20-2026-11-21.csv"));
    }

    // Offline: the last figures come back from the store with their age; a refusal is not "offline".
    void offlineShowsTheLastFiguresWithTheirAge()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        ui::KpiModel &m = *f.app->console()->kpis();
        FakeServer server;
        connect(m, server);
        m.refresh();
        QVERIFY(m.hasFigures());

        auto kept = store::loadKpiSnapshot(f.store->db(), f.app->session()->userId());
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->from, QStringLiteral("2026-11-20"));
        QCOMPARE(QJsonDocument::fromJson((*kept)->body), QJsonDocument::fromJson(answer()));

        // Two hours later the supervisor signs in again and the server cannot be reached.
        f.clock.advanceMs((2 * 60 + 5) * 60 * 1000);
        server.status = 0;
        QVERIFY(f.app->session()->signOut());
        QVERIFY(!m.hasFigures()); // nobody signed in: nothing shown
        QVERIFY(f.signIn());
        QVERIFY(m.hasFigures());
        QVERIFY(m.stored());
        QCOMPARE(m.ageText(), QStringLiteral("figures from 2 h ago"));
        m.refresh();
        QCOMPARE(server.queries.size(), 2);
        QVERIFY(m.offline());
        QVERIFY(m.hasFigures());
        QVERIFY(m.message().contains(QStringLiteral("cannot be reached")));
        QCOMPARE(m.tiles()[0].toMap().value(QStringLiteral("value")).toString(), QStringLiteral("75.0 %"));
        f.clock.advanceMs(3LL * 24 * 3600 * 1000);
        QCOMPARE(m.ageText(), QStringLiteral("figures from 3 days ago"));

        // German at runtime: tiles, age and the offline line are said again.
        QSignalSpy retold(&m, &ui::KpiModel::figuresChanged);
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("de")));
        QVERIFY(retold.size() > 0);
        QCOMPARE(m.tiles()[0].toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Bestandsgenauigkeit"));
        QCOMPARE(m.ageText(), QStringLiteral("Zahlen von vor 3 Tagen"));
        QVERIFY(m.message().startsWith(QStringLiteral("Der Server ist nicht erreichbar")));
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("en")));

        // A refusal is said as one, not as offline.
        server.status = 403;
        server.code = QStringLiteral("session.expired");
        m.refresh();
        QVERIFY(!m.offline());
        QVERIFY(m.message().contains(QStringLiteral("Sign in online")));
        QVERIFY(m.hasFigures()); // the last figures stay

        // Another user does not see this supervisor's figures.
        QVERIFY(f.app->session()->signOut());
        QVERIFY(f.signIn(QStringLiteral("U101")));
        QVERIFY(!m.hasFigures());
        QCOMPARE(m.ageText(), QString());

        // A bad range never reaches the server.
        m.setFrom(QStringLiteral("2026-11-30"));
        m.setTo(QStringLiteral("2026-11-01"));
        m.refresh();
        QCOMPARE(server.queries.size(), 3);
        QVERIFY(m.message().contains(QStringLiteral("YYYY-MM-DD")));
    }

    // The real page, offscreen, in the console window: the tab loads it, tiles and charts fill.
    void pageLoadsOffscreen()
    {
        UiFixture f;
        f.app->setProfile(QStringLiteral("desktop"));
        FakeServer server;
        connect(*f.app->console()->kpis(), server);
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::consoleQmlUrl());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.signIn());
        QTRY_VERIFY(visibleItem(window, QStringLiteral("navKpis")));
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("kpiPage"))); // made when first shown
        click(window, find(window, QStringLiteral("navKpis")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("kpiPage")));
        QVERIFY(visibleItem(window, QStringLiteral("kpiEmpty")));
        click(window, find(window, QStringLiteral("kpiPreset7")));
        QCOMPARE(server.queries.size(), 1);
        QTRY_VERIFY(visibleItem(window, QStringLiteral("kpiTile_accuracy")));
        QVERIFY(!visibleItem(window, QStringLiteral("kpiEmpty")));
        QVERIFY(text(window, QStringLiteral("kpiAge")).contains(QStringLiteral("just now")));
        QQuickItem *chart = find(window, QStringLiteral("kpiChartVariance"));
        QVERIFY(chart);
        QTRY_COMPARE(chart->property("count").toInt(), 2); // two line series: net and absolute
        QVERIFY(find(window, QStringLiteral("kpiChartBackorders")));
        QVERIFY(find(window, QStringLiteral("kpiExport"))->isEnabled());
    }
};

QTEST_MAIN(TestKpiModel)
#include "tst_ui_kpis.moc"
