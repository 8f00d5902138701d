// console_screenshots <dir>: every screen of the supervisor console (desktop profile) from the real
// window at 1280x800 on a seeded store with pending adjustments and exceptions.
// For docs/screenshots: xvfb-run -s "-screen 0 1280x800x24" console_screenshots docs/screenshots
// Exit code 1 when an image could not be taken or is not 1280x800.
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "store/outbox.h"
#include "uifixture.h"
#include "windowtour.h"
#ifdef STOCKHAND_KPI_SHOTS
#include "kpiactivity.h"
#include "kpis.h"
#endif

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

namespace {

// Two picks of this device that the server refused (the second follows the first).
void addExceptions(UiFixture &f)
{
    f.signIn(QStringLiteral("U108"));
    int made = 0;
    auto st = f.store->db().prepare(
        "SELECT l.id, l.transfer_id, l.from_location_id, l.product_id FROM transfer_line l JOIN transfer t ON "
        "t.id = l.transfer_id JOIN product p ON p.id = l.product_id WHERE t.kind = 'pick' AND p.tracking = 'none' "
        "ORDER BY l.id LIMIT 2");
    QList<std::array<qint64, 4>> lines;
    while (st && st->step().valueOr(false))
        lines.append({st->int64(0), st->int64(1), st->int64(2), st->int64(3)});
    for (const auto &[line, transfer, from, product] : lines) {
        f.app->setActiveFlow(QStringLiteral("pick"));
        if (!f.app->pick()->start(transfer))
            continue;
        for (int i = 0; i < 50 && f.app->pick()->current().lineId != line; ++i)
            f.app->pick()->skip();
        f.app->scan(f.locationBarcode(from));
        f.app->scan(f.unitBarcode(product));
        f.app->pick()->setQuantity(QStringLiteral("1"));
        if (f.app->pick()->confirmQuantity())
            ++made;
        f.app->pick()->leave();
    }
    const QList<Operation> ops = f.ops();
    for (int i = 0; i < ops.size(); ++i) {
        (void)f.store->outbox().setAside(ops.at(i),
            i == 0 ? QStringLiteral("op.transfer-closed") : QStringLiteral("op.product-mismatch"),
            i == 0 ? QStringLiteral("Transfer is already done: someone closed it on another device.")
                   : QStringLiteral("The line now asks for another product."));
    }
    f.app->session()->signOut();
    f.app->sync()->refresh();
}

// The server's exceptions of the warehouse, as the feed brings them: two open, one resolved.
void addServerExceptions(UiFixture &f)
{
    const std::string lines = "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id "
                              "WHERE t.kind = 'pick' ORDER BY l.id DESC LIMIT 1 OFFSET ";
    const auto add = [&](int id, const char *kind, int offset, const char *qty, const char *message, const char *state,
                         const char *resolution) {
        const std::string sql = "INSERT INTO exception(id, kind, warehouse_id, device_id, user_id, transfer_line_id, "
                                "location_id, product_id, qty, message, state, created_at, resolution, "
                                "resolution_note, resolved_by, resolved_at) SELECT "
            + std::to_string(id) + ", '" + kind + "', 1, 'handheld-07', 1, l.id, l.from_location_id, l.product_id, "
            + qty + ", '" + message + "', '" + state + "', '2026-11-28T0" + std::to_string(id % 10) + ":12:00.000Z', "
            + resolution + " FROM transfer_line l WHERE l.id = (" + lines + std::to_string(offset) + ")";
        (void)f.store->db().exec(sql);
    };
    (void)f.store->db().exec("INSERT INTO count_policy(id, warehouse_id, user_group, max_qty, max_percent, "
                             "max_value_cents) VALUES (1, NULL, NULL, 2000, 2, 5000), (2, 1, 'temps', 0, 0, 0)");
    (void)f.store->db().exec("INSERT INTO user_policy(user_id, approval_limit_cents) VALUES (8, 250000)");
    add(31, "over_pick", 0, "2000", "Picked 2 more than the line asked for.", "open", "NULL, NULL, NULL, NULL");
    add(32, "negative_stock", 1, "-3000", "The stock at the location went 3 below zero.", "open",
        "NULL, NULL, NULL, NULL");
    add(33, "unknown_lot", 2, "NULL", "Lot L-2211 was not known to the books.", "resolved",
        "'acknowledged', 'Supplier label misprinted; lot corrected in the ERP', 8, '2026-11-28T04:30:00.000Z'");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication qapp(argc, argv); // the KPI page's Qt Charts need it
    if (argc != 2) {
        std::fprintf(stderr, "usage: console_screenshots <dir>\n");
        return 2;
    }
    UiFixture f(1, 60);
    addExceptions(f);
    addServerExceptions(f);
    f.app->setProfile(QStringLiteral("desktop"));
    QQmlApplicationEngine engine;
    ui::setUpEngine(engine, *f.app);
    engine.load(ui::consoleQmlUrl());
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 1;
    WindowTour t(*window, QString::fromLocal8Bit(argv[1]), QStringLiteral("console"));
    ui::SupervisorConsole *c = f.app->console();

    find(window, QStringLiteral("consoleBadge"))->setProperty("text", QStringLiteral("supervisor1-wh1"));
    t.shot(QStringLiteral("signin"));
    if (!c->signIn(QStringLiteral("U108"), QStringLiteral("1234")))
        return 1;
    c->refresh();
    t.shot(QStringLiteral("adjustments"));

    // A filter, a header sort by value and three rows checked.
    auto *rows = c->adjustments();
    rows->setFilterText(QStringLiteral("Bearing"));
    rows->sortByColumn(ui::AdjustmentTableModel::Value);
    for (int r = 0; r < 3 && r < rows->rowCount(); ++r)
        rows->setChecked(r, true);
    t.shot(QStringLiteral("adjustments-filtered-selected"));

    // The confirmation: LOST needs a note, so the button waits for one.
    click(window, find(window, QStringLiteral("approveButton")));
    t.waitPopup("decisionDialog", true);
    find(window, QStringLiteral("decisionReason"))->setProperty("currentIndex", 2); // LOST (by code)
    t.shot(QStringLiteral("approve-needs-note"));
    find(window, QStringLiteral("decisionNote"))
        ->setProperty("text", QStringLiteral("Pallet damaged by the forklift, disposed of"));
    t.shot(QStringLiteral("approve-confirm"));
    click(window, find(window, QStringLiteral("decisionConfirm")));
    t.waitPopup("decisionDialog", false);
    t.shot(QStringLiteral("approved-waiting-for-server"));

    // The count thresholds: the policies that apply here, one chosen to edit.
    click(window, find(window, QStringLiteral("thresholdsButton")));
    t.waitPopup("thresholdsDialog", true);
    find(window, QStringLiteral("thresholdGroup"))->setProperty("text", QStringLiteral("temps"));
    find(window, QStringLiteral("thresholdQty"))->setProperty("text", QStringLiteral("1"));
    find(window, QStringLiteral("thresholdValue"))->setProperty("text", QStringLiteral("20.00"));
    t.shot(QStringLiteral("thresholds"));
    QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("thresholdsDialog")), "close");
    t.waitPopup("thresholdsDialog", false);

    // The recount confirmation for one row.
    rows->setFilterText(QString());
    click(window, find(window, QStringLiteral("navExceptions")));
    t.shot(QStringLiteral("exceptions"));
    find(window, QStringLiteral("consoleExceptionList"));
    // Acknowledging one of the server's: the dialog asks for the note every device will see.
    for (int r = 0; r < c->exceptions()->rowCount(); ++r) {
        const int row = c->exceptions()->sourceRow(r);
        if (c->needsNote(row)) {
            QObject *page = window->findChild<QObject *>(QStringLiteral("consoleExceptionsPage"));
            if (page)
                QMetaObject::invokeMethod(
                    page, "confirm", Q_ARG(QVariant, QStringLiteral("acknowledge")), Q_ARG(QVariant, row));
            t.waitPopup("exceptionConfirm", true);
            find(window, QStringLiteral("exceptionNote"))
                ->setProperty("text", QStringLiteral("Counted the tote again: 2 extra went back to the bin"));
            t.shot(QStringLiteral("exception-acknowledge-note"));
            QObject *dialog = window->findChild<QObject *>(QStringLiteral("exceptionConfirm"));
            QMetaObject::invokeMethod(dialog, "reject");
            t.waitPopup("exceptionConfirm", false);
            break;
        }
    }
    if (c->openTransfer(c->exceptions()->sourceRow(0))) {
        QObject *panel = window->findChild<QObject *>(QStringLiteral("transferPanel"));
        QMetaObject::invokeMethod(panel, "open");
        t.waitPopup("transferPanel", true);
        t.shot(QStringLiteral("exception-transfer"));
        QMetaObject::invokeMethod(panel, "close");
        t.waitPopup("transferPanel", false);
    }

    f.app->language()->setLanguage(QStringLiteral("de"));
    t.shot(QStringLiteral("exceptions-de"));
    click(window, find(window, QStringLiteral("navAdjustments")));
    t.shot(QStringLiteral("adjustments-de"));

#ifdef STOCKHAND_KPI_SHOTS
    // The KPI page over the figures the real server computes from 30 days of floor work (kpiactivity.h).
    {
        f.app->language()->setLanguage(QStringLiteral("en"));
        server::test::ServerFixture server;
        server::test::ActivityOptions o;
        o.to = f.clock.now().date();
        o.from = o.to.addDays(-29);
        server::test::ActivitySummary pushed;
        QString error;
        if (!server.setUp() || !server::test::pushActivity(server, o, &pushed, &error)) {
            std::fprintf(stderr, "kpi activity: %s %s\n", qPrintable(server.lastError), qPrintable(error));
            return 1;
        }
        auto reader = server.core().storage().beginKpiRead();
        auto report = reader ? server::computeKpis(**reader, {o.from, o.to, 1}, server.clock().now())
                             : Result<server::KpiReport>(reader.error());
        if (!report)
            return 1;
        const QByteArray body = QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact);
        ui::KpiModel *kpis = c->kpis();
        kpis->setFetcher([body](qint64, const QList<QPair<QString, QString>> &, ui::KpiModel::ReplyHandler done) {
            done(200, QString(), QString(), body);
        });
        click(window, find(window, QStringLiteral("navKpis")));
        t.shot(QStringLiteral("kpis-empty"));
        click(window, find(window, QStringLiteral("kpiPreset30")));
        t.shot(QStringLiteral("kpis"));
        // Two hours later, offline: the last figures from the store, with their age.
        f.clock.advanceMs(2 * 3600 * 1000 + 10 * 60 * 1000);
        kpis->setFetcher([](qint64, const QList<QPair<QString, QString>> &, ui::KpiModel::ReplyHandler done) {
            done(0, QString(), QString(), QByteArray());
        });
        kpis->loadStored(); // as after a restart
        click(window, find(window, QStringLiteral("kpiRefresh")));
        t.shot(QStringLiteral("kpis-offline"));
        f.app->language()->setLanguage(QStringLiteral("de"));
        t.shot(QStringLiteral("kpis-offline-de"));
    }
#endif

    for (const QString &e : std::as_const(t.errors))
        std::fprintf(stderr, "error: %s\n", qPrintable(e));
    return t.errors.isEmpty() ? 0 : 1;
}
