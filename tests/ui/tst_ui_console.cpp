// The supervisor console's view models on a seeded store with pending count adjustments: the table's
// figures and names, filter and sort, every decision (approve, bulk approve, reject, recount) recorded
// as the operation of core/ops, the reason policy, a non-supervisor refused, and the exceptions list
// with its filters and actions.
#include "ops/adjustment.h"
#include "ops/kinds.h"
#include "ops/policy.h"
#include "store/outbox.h"
#include "uifixture.h"

using namespace stockhand;
using uitest::UiFixture;
using Column = ui::AdjustmentTableModel::Column;

namespace {

constexpr int kPending = 40;

QString cell(ui::AdjustmentFilterModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, column), role).toString();
}

QList<Operation> opsOf(UiFixture &f, ops::Kind kind)
{
    QList<Operation> out;
    for (const Operation &op : f.ops()) {
        if (op.kind == ops::kindName(kind))
            out.append(op);
    }
    return out;
}

} // namespace

class TestUiConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableShowsPendingAdjustmentsByName()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        auto *t = c->adjustmentTable();
        auto *rows = c->adjustments();
        QCOMPARE(t->count(), kPending);
        QCOMPARE(rows->rowCount(), kPending);
        QCOMPARE(rows->columnCount(), int(ui::AdjustmentTableModel::ColumnCount));
        QCOMPARE(
            t->headerData(Column::Book, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Book at count"));

        int moved = 0, recounts = 0;
        for (int r = 0; r < rows->rowCount(); ++r) {
            const store::PendingAdjustment &a = t->at(t->rowOf(rows->adjustmentId(r)));
            // Names, not ids.
            QVERIFY(cell(rows, r, Column::Product).startsWith(a.sku + QStringLiteral(" · ")));
            QVERIFY(cell(rows, r, Column::Location).startsWith(a.locationBarcode));
            QVERIFY(cell(rows, r, Column::CountedBy).startsWith(QStringLiteral("Counter ")));
            QVERIFY(!cell(rows, r, Column::CountedAt).isEmpty());
            // The figures: book at the count, counted, variance in units, percent and value.
            QCOMPARE(cell(rows, r, Column::Book), formatQuantity(a.book));
            QCOMPARE(cell(rows, r, Column::Counted), formatQuantity(a.counted));
            QVERIFY(a.variance() != 0);
            QCOMPARE(rows->data(rows->index(r, Column::Variance), ui::AdjustmentTableModel::SortRole).toLongLong(),
                a.counted - a.book);
            QCOMPARE(rows->data(rows->index(r, Column::Value), ui::AdjustmentTableModel::SortRole).toLongLong(),
                qint64(std::llround(double(a.counted - a.book) * double(a.unitValueCents) / 1000.0)));
            if (a.book > 0)
                QCOMPARE(cell(rows, r, Column::Percent),
                    QLocale().toString(100.0 * double(a.counted - a.book) / double(a.book), 'f', 1)
                        + QStringLiteral(" %"));
            // Moves since the count are shown beside it, and do not change the variance.
            if (a.onHandNow != a.book) {
                ++moved;
                QVERIFY(cell(rows, r, Column::MovedSince) != QStringLiteral("none"));
                QVERIFY(rows->data(rows->index(r, Column::MovedSince), Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("do not change the variance")));
            }
            // A recount shows the original count beside it.
            if (a.recount) {
                ++recounts;
                QVERIFY(cell(rows, r, Column::OtherCounts).startsWith(QStringLiteral("Recount · ")));
                QCOMPARE(a.samePlace.size(), 1);
                QCOMPARE(cell(rows, r, Column::OtherCounts),
                    QStringLiteral("Recount · %1 rejected").arg(formatQuantity(a.samePlace.front().counted)));
            }
            QCOMPARE(cell(rows, r, Column::Status), QStringLiteral("Waiting for you"));
        }
        QVERIFY(moved > 0);
        QVERIFY(recounts > 0);

        // German at runtime: the views are told to ask for every header and cell again.
        QSignalSpy headers(rows, &QAbstractItemModel::headerDataChanged);
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("de")));
        QVERIFY(headers.size() > 0);
        QCOMPARE(rows->headerData(Column::Variance, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Differenz"));
        QCOMPARE(cell(rows, 0, Column::Status), QStringLiteral("Wartet auf Sie"));
    }

    void filterAndSort()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        auto *rows = c->adjustments();
        const QString sku = c->adjustmentTable()->at(3).sku;
        rows->setFilterText(sku.toLower());
        QVERIFY(rows->rowCount() >= 1);
        QVERIFY(rows->rowCount() < kPending);
        for (int r = 0; r < rows->rowCount(); ++r)
            QVERIFY(cell(rows, r, Column::Product).contains(sku, Qt::CaseInsensitive));
        rows->setFilterText(QString());
        QCOMPARE(rows->count(), kPending);

        QVERIFY(!rows->areas().isEmpty());
        const QString area = rows->areas().constFirst();
        rows->setArea(area);
        QVERIFY(rows->rowCount() > 0);
        for (int r = 0; r < rows->rowCount(); ++r)
            QCOMPARE(c->adjustmentTable()->at(c->adjustmentTable()->rowOf(rows->adjustmentId(r))).zone, area);
        rows->setArea(QString());

        auto variances = [&] {
            QList<qint64> v;
            for (int r = 0; r < rows->rowCount(); ++r)
                v << rows->data(rows->index(r, Column::Variance), ui::AdjustmentTableModel::SortRole).toLongLong();
            return v;
        };
        rows->sortByColumn(Column::Variance);
        QVERIFY(rows->sortAscending());
        QList<qint64> v = variances();
        QVERIFY(std::is_sorted(v.begin(), v.end()));
        QVERIFY(v.front() < v.back());
        rows->sortByColumn(Column::Variance); // a second click reverses
        QVERIFY(!rows->sortAscending());
        v = variances();
        QVERIFY(std::is_sorted(v.rbegin(), v.rend()));
    }

    void approveRecordsTheOperationAndWaitsForTheServer()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        const qint64 id = c->adjustments()->adjustmentId(0);
        const QString text = c->describe(ui::SupervisorConsole::Approve, {id}, QStringLiteral("DAMAGED"));
        QVERIFY(text.contains(QStringLiteral("“Damaged”")));
        QVERIFY(text.contains(ui::AdjustmentTableModel::placeText(c->adjustmentTable()->at(0))));
        QVERIFY(c->approve({id}, QStringLiteral("DAMAGED"), QString()));
        const auto approvals = opsOf(f, ops::Kind::ApproveAdjustment);
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.front().userId, 8); // the supervisor of warehouse 1
        QCOMPARE(ops::ApproveAdjustment::parse(approvals.front().payload).value(),
            (ops::ApproveAdjustment {id, QStringLiteral("DAMAGED"), {}}));
        // Still pending on the server: the table says the decision is on its way and refuses another.
        const int row = c->adjustments()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(cell(c->adjustments(), row, Column::Status), QStringLiteral("Approval not sent yet"));
        QVERIFY(
            !c->adjustments()->data(c->adjustments()->index(row, 0), ui::AdjustmentTableModel::DecidableRole).toBool());
        QVERIFY(!c->reject(id, QString(), QString()));
        QVERIFY(c->message().contains(QStringLiteral("already on its way")));
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(f.app->sync()->pendingCount(), 1);
    }

    void bulkApproveTheSelection()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        auto *rows = c->adjustments();
        for (int r : {1, 2, 5})
            rows->setChecked(r, true);
        QCOMPARE(c->adjustmentTable()->checkedCount(), 3);
        const QVariantList ids = c->checkedIds();
        QCOMPARE(ids.size(), 3);
        const QString text = c->describe(ui::SupervisorConsole::Approve, ids, QStringLiteral("FOUND"));
        QVERIFY(text.startsWith(QStringLiteral("Approve 3 count adjustment(s) with the reason “Found”")));
        QCOMPARE(text.count(u'•'), 3);
        QVERIFY(c->approve(ids, QStringLiteral("FOUND"), QString()));
        QCOMPARE(opsOf(f, ops::Kind::ApproveAdjustment).size(), 3);
        QCOMPARE(c->adjustmentTable()->checkedCount(), 0);
        // Rows on their way cannot be checked again.
        rows->setChecked(rows->rowOf(ids.front().toLongLong()), true);
        QCOMPARE(c->adjustmentTable()->checkedCount(), 0);
        // A long selection names the first eight and counts the rest.
        rows->checkAllShown(true);
        QCOMPARE(c->adjustmentTable()->checkedCount(), kPending - 3);
        QVERIFY(c->describe(ui::SupervisorConsole::Approve, c->checkedIds(), QStringLiteral("FOUND"))
                    .contains(QStringLiteral("… and %1 more.").arg(kPending - 3 - 8)));
    }

    void reasonPolicy()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        const qint64 a = c->adjustments()->adjustmentId(0), b = c->adjustments()->adjustmentId(1);
        // An approval needs a reason of kind adjustment.
        QVERIFY(!c->approve({a}, QString(), QString()));
        QVERIFY(c->message().contains(QStringLiteral("needs one")));
        QVERIFY(!c->approve({a}, QStringLiteral("NOT_FOUND"), QString())); // a short-pick reason
        QVERIFY(c->message().contains(QStringLiteral("not a reason for count adjustments")));
        // LOST needs a note (reason_code.note_required).
        QVERIFY(!c->reasonProblem(ui::SupervisorConsole::Approve, QStringLiteral("LOST"), QString()).isEmpty());
        QVERIFY(!c->approve({a}, QStringLiteral("LOST"), QStringLiteral("  ")));
        QVERIFY(c->message().contains(QStringLiteral("needs a note")));
        QCOMPARE(f.ops().size(), 0);
        QVERIFY(c->approve({a}, QStringLiteral("LOST"), QStringLiteral("Pallet missing since the night shift")));
        QCOMPARE(ops::ApproveAdjustment::parse(f.ops().back().payload)->note,
            QStringLiteral("Pallet missing since the night shift"));
        // A rejection may go without a reason.
        QVERIFY(c->reasonProblem(ui::SupervisorConsole::Reject, QString(), QString()).isEmpty());
        QVERIFY(c->reject(b, QString(), QString()));
        QCOMPARE(ops::RejectAdjustment::parse(f.ops().back().payload).value(), (ops::RejectAdjustment {b, {}, {}}));
        QCOMPARE(f.ops().size(), 2);
    }

    void requestRecountOfAnAdjustment()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        const qint64 id = c->adjustments()->adjustmentId(2);
        QVERIFY(c->describe(ui::SupervisorConsole::Recount, {id}, QString())
                    .startsWith(QStringLiteral("Request a recount")));
        QVERIFY(c->requestRecount(id));
        const auto recounts = opsOf(f, ops::Kind::RequestRecount);
        QCOMPARE(recounts.size(), 1);
        QCOMPARE(ops::RequestRecount::parse(recounts.front().payload).value(), (ops::RequestRecount {id, 0, 0}));
        QCOMPARE(cell(c->adjustments(), c->adjustments()->rowOf(id), Column::Status),
            QStringLiteral("Recount request not sent yet"));
    }

    void nonSupervisorIsRefused()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        // The console's sign-in refuses a counter.
        QVERIFY(!c->signIn(QStringLiteral("U106"), QStringLiteral("1234")));
        QVERIFY(c->message().contains(QStringLiteral("not a supervisor")));
        QVERIFY(!f.app->session()->signedIn());
        QVERIFY(!c->signIn(QStringLiteral("U108"), QStringLiteral("9999")));
        QVERIFY(!f.app->session()->signedIn());
        // Signed in on the handheld flow, a counter still cannot decide (requireRole): nothing is recorded.
        QVERIFY(f.signIn(QStringLiteral("U106")));
        c->refresh();
        QCOMPARE(c->adjustmentTable()->count(), kPending);
        const qint64 id = c->adjustments()->adjustmentId(0);
        const int errors = f.errorsHeard();
        QVERIFY(!c->approve({id}, QStringLiteral("DAMAGED"), QString()));
        QVERIFY(c->message().contains(QStringLiteral("needs the role")));
        QVERIFY(!c->reject(id, QString(), QString()));
        QVERIFY(!c->requestRecount(id));
        QCOMPARE(f.errorsHeard(), errors + 3);
        QCOMPARE(f.ops().size(), 0);
    }

    void desktopProfileScansNarrowTheTable()
    {
        UiFixture f(1, kPending);
        f.app->setProfile(QStringLiteral("desktop"));
        QCOMPARE(f.app->activeFlow(), QStringLiteral("console"));
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        const store::PendingAdjustment a = c->adjustmentTable()->at(7);
        f.app->scan(a.locationBarcode);
        QCOMPARE(c->adjustments()->filterText(), a.locationBarcode.toLower());
        QVERIFY(c->adjustments()->rowOf(a.id) >= 0);
        QVERIFY(c->adjustments()->rowCount() < kPending);
    }

    // The server's exceptions of the warehouse, as the feed brings them (table exception): listed by name
    // beside the device's own refusals; acknowledged with a note, or resolved by a recount, through the
    // operation the server records (resolve_exception); a resolved one offers no action.
    void serverExceptionsAreResolvedByAnOperation()
    {
        UiFixture f(1, 0);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        const qint64 line = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.kind = 'pick' "
            "AND t.warehouse_id = 1 ORDER BY l.id LIMIT 1"));
        const qint64 from
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
        const QString reference = f.queryText(
            QStringLiteral(
                "SELECT t.reference FROM transfer t JOIN transfer_line l ON l.transfer_id = t.id WHERE l.id = ?1"),
            {line});
        const QString sku = f.queryText(QStringLiteral("SELECT sku FROM product WHERE id = ?1"), {product});
        const QString insert = QStringLiteral(
            "INSERT INTO exception(id, kind, warehouse_id, device_id, user_id, transfer_line_id, location_id, "
            "product_id, qty, message, state, created_at, resolution, resolution_note, resolved_by, resolved_at) "
            "VALUES (%1, '%2', %3, 'hh-7', 1, %4, %5, %6, 3000, 'Picked 3 more than the stock.', '%7', "
            "'2026-11-28T09:%1:00.000Z', %8)");
        auto add = [&](int id, const char *kind, qint64 wh, const char *state, const char *resolution) {
            QVERIFY(f.store->db()
                        .exec(insert.arg(id)
                                  .arg(QLatin1String(kind))
                                  .arg(wh)
                                  .arg(line)
                                  .arg(from)
                                  .arg(product)
                                  .arg(QLatin1String(state), QLatin1String(resolution))
                                  .toStdString())
                        .ok());
        };
        add(11, "over_pick", 1, "open", "NULL, NULL, NULL, NULL");
        add(12, "negative_stock", 1, "open", "NULL, NULL, NULL, NULL");
        add(13, "unknown_lot", 1, "resolved", "'acknowledged', 'label was torn', 8, '2026-11-28T10:00:00.000Z'");
        add(14, "over_pick", 2, "open", "NULL, NULL, NULL, NULL"); // another warehouse
        c->refresh();
        auto *list = c->exceptionList();
        QCOMPARE(list->count(), 3);
        int overPick = -1, negative = -1, resolved = -1;
        for (int r = 0; r < list->count(); ++r) {
            const ui::ExceptionItem &e = list->at(r);
            QCOMPARE(e.source, QStringLiteral("server"));
            QVERIFY(e.about.contains(reference)); // names, not ids
            QVERIFY(e.about.contains(sku));
            QVERIFY(e.about.contains(f.locationBarcode(from)));
            (e.id == 11 ? overPick : e.id == 12 ? negative : resolved) = r;
        }
        QVERIFY(overPick >= 0 && negative >= 0 && resolved >= 0);
        QCOMPARE(list->at(overPick).title, QStringLiteral("Over-pick: 3"));
        QVERIFY(list->at(overPick).open);
        QVERIFY(!list->at(resolved).open);
        QCOMPARE(list->data(list->index(resolved), ui::ConsoleExceptionsModel::StateLabelRole).toString(),
            QStringLiteral("Acknowledged by Supervisor 1 (WH1)"));
        QVERIFY(list->at(resolved).detail.contains(QStringLiteral("label was torn")));
        QCOMPARE(list->data(list->index(resolved), ui::ConsoleExceptionsModel::CanRecountRole).toBool(), false);

        // Acknowledging a server exception needs a note, and is an operation, not a local flag.
        QVERIFY(c->needsNote(overPick));
        QVERIFY(!c->acknowledge(overPick, QStringLiteral("  ")));
        QVERIFY(c->message().contains(QStringLiteral("note")));
        QVERIFY(opsOf(f, ops::Kind::ResolveException).isEmpty());
        QVERIFY(c->acknowledge(overPick, QStringLiteral("found 3 in the tote")));
        auto resolutions = opsOf(f, ops::Kind::ResolveException);
        QCOMPARE(resolutions.size(), 1);
        QCOMPARE(resolutions.front().payload.value(QStringLiteral("exception_id")).toInteger(), 11);
        QCOMPARE(resolutions.front().payload.value(QStringLiteral("note")).toString(),
            QStringLiteral("found 3 in the tote"));
        QCOMPARE(resolutions.front().userId, 8);
        // It waits for the server: no longer open here, and not resolved twice.
        for (int r = 0; r < list->count(); ++r) {
            if (list->at(r).id == 11) {
                QVERIFY(!list->at(r).open);
                QCOMPARE(list->data(list->index(r), ui::ConsoleExceptionsModel::StateLabelRole).toString(),
                    QStringLiteral("Resolution sent"));
                QVERIFY(!c->acknowledge(r, QStringLiteral("again")));
            }
            if (list->at(r).id == 12)
                negative = r;
        }
        // A recount resolves the other one on the server.
        QVERIFY(c->recountForException(negative));
        resolutions = opsOf(f, ops::Kind::ResolveException);
        QCOMPARE(resolutions.size(), 2);
        QCOMPARE(resolutions.back().payload.value(QStringLiteral("action")).toString(), QStringLiteral("recount"));
        QVERIFY(opsOf(f, ops::Kind::RequestRecount).isEmpty());
    }

    // The approval limit is said on the device before anything is recorded; the thresholds are an operation
    // of the supervisor's (the server applies both: tst_authority).
    void approvalLimitAndThresholds()
    {
        UiFixture f(1, kPending);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(c->signIn(QStringLiteral("U108"), QStringLiteral("1234")));
        auto *t = c->adjustmentTable();
        // The largest variance value of the table, and a limit just below it.
        qint64 top = 0, topId = 0, small = -1, smallId = 0;
        for (int r = 0; r < t->count(); ++r) {
            const qint64 v = qAbs(ui::AdjustmentTableModel::varianceCents(t->at(r)));
            if (v > top)
                top = v, topId = t->at(r).id;
            if (v > 0 && (small < 0 || v < small))
                small = v, smallId = t->at(r).id;
        }
        QVERIFY(top > small && small > 0);
        QVERIFY(f.store->db()
                    .exec(QStringLiteral("INSERT INTO user_policy(user_id, approval_limit_cents) VALUES (8, %1)")
                              .arg(top - 1)
                              .toStdString())
                    .ok());
        QVERIFY2(c->approvalLimitText().contains(ui::AdjustmentTableModel::valueText(top - 1)),
            qPrintable(c->approvalLimitText() + u" / " + ui::AdjustmentTableModel::valueText(top - 1)));
        QVERIFY(!c->approve({topId, smallId}, QStringLiteral("FOUND"), QString()));
        QVERIFY(c->message().contains(QStringLiteral("approval limit")));
        QVERIFY(opsOf(f, ops::Kind::ApproveAdjustment).isEmpty());
        QVERIFY(c->approve({smallId}, QStringLiteral("FOUND"), QString()));
        QCOMPARE(opsOf(f, ops::Kind::ApproveAdjustment).size(), 1);

        // Thresholds: the replicated policies, most specific first, as text.
        QVERIFY(f.store->db()
                    .exec("INSERT INTO count_policy(id, warehouse_id, user_group, max_qty, max_percent, "
                          "max_value_cents) VALUES (1, NULL, NULL, 10000, 5, -1), (2, 1, 'night', 1000, -1, 2500)")
                    .ok());
        const QVariantList policies = c->countPolicies();
        QCOMPARE(policies.size(), 2);
        QCOMPARE(policies.at(0).toMap().value(QStringLiteral("group")).toString(), QStringLiteral("night"));
        QCOMPARE(policies.at(0).toMap().value(QStringLiteral("maxQty")).toString(), QStringLiteral("1"));
        QCOMPARE(policies.at(0).toMap().value(QStringLiteral("maxPercent")).toString(), QString());
        QCOMPARE(policies.at(0).toMap().value(QStringLiteral("maxValue")).toString(), QStringLiteral("25.00"));
        QVERIFY(policies.at(1).toMap().value(QStringLiteral("allWarehouses")).toBool());
        // A supervisor sets their warehouse's; every warehouse is an admin's; nonsense is refused.
        QVERIFY(!c->setCountPolicy(QString(), true, QStringLiteral("5"), QString(), QString()));
        QVERIFY(!c->setCountPolicy(QStringLiteral("night"), false, QStringLiteral("five"), QString(), QString()));
        QVERIFY(!c->setCountPolicy(QStringLiteral("night"), false, QString(), QString(), QString()));
        QVERIFY(opsOf(f, ops::Kind::SetCountPolicy).isEmpty());
        QVERIFY(c->setCountPolicy(
            QStringLiteral("night"), false, QStringLiteral("2"), QStringLiteral("1.5"), QStringLiteral("40.00")));
        QVERIFY(c->removeCountPolicy(QString(), false));
        const QList<Operation> set = opsOf(f, ops::Kind::SetCountPolicy);
        QCOMPARE(set.size(), 2);
        ops::SetCountPolicy expected;
        expected.userGroup = QStringLiteral("night");
        expected.maxQty = units(2);
        expected.maxPercent = 1.5;
        expected.maxValueCents = 4000;
        QCOMPARE(set.front().payload, expected.toJson());
        QCOMPARE(set.back().payload.value(QStringLiteral("remove")).toBool(), true);
    }

    void exceptionsListFiltersAndActions()
    {
        UiFixture f(1, 0);
        ui::SupervisorConsole *c = f.app->console();
        QVERIFY(f.signIn(QStringLiteral("U108")));
        // Two picks recorded here that the server refused.
        const qint64 line = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'pick' AND p.tracking = 'none' ORDER BY l.id LIMIT 1"));
        const qint64 transfer
            = f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 from
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
        const QString reference
            = f.queryText(QStringLiteral("SELECT reference FROM transfer WHERE id = ?1"), {transfer});
        const QString sku = f.queryText(QStringLiteral("SELECT sku FROM product WHERE id = ?1"), {product});
        f.app->setActiveFlow(QStringLiteral("pick"));
        QVERIFY(f.app->pick()->start(transfer));
        while (f.app->pick()->current().lineId != line)
            f.app->pick()->skip();
        f.app->scan(f.locationBarcode(from));
        f.app->scan(f.unitBarcode(product));
        f.app->pick()->setQuantity(QStringLiteral("1"));
        QVERIFY(f.app->pick()->confirmQuantity());
        f.app->pick()->leave();
        const QList<Operation> picks = f.ops();
        QCOMPARE(picks.size(), 1);
        QVERIFY(
            f.store->outbox()
                .setAside(picks.front(), QStringLiteral("op.transfer-closed"), QStringLiteral("The pick is closed."))
                .ok());

        c->refresh();
        auto *list = c->exceptionList();
        auto *shown = c->exceptions();
        QCOMPARE(list->count(), 1);
        QCOMPARE(shown->rowCount(), 1);
        const ui::ExceptionItem &e = list->at(0);
        QCOMPARE(e.kind, QStringLiteral("rejected_operation"));
        QCOMPARE(e.title, QStringLiteral("Refused by the server: pick"));
        QVERIFY(e.about.contains(reference)); // names, not ids
        QVERIFY(e.about.contains(sku));
        QVERIFY(e.about.contains(f.locationBarcode(from)));
        QVERIFY(e.about.contains(QStringLiteral("by Supervisor 1 (WH1)")));
        QVERIFY(e.advice.contains(QStringLiteral("closed this transfer")));
        QVERIFY(!e.area.isEmpty());
        QCOMPARE(shown->data(shown->index(0, 0), ui::ConsoleExceptionsModel::CanOpenTransferRole).toBool(), true);

        // Filters: kind, state, area, text.
        QCOMPARE(shown->kinds().size(), 1);
        shown->setKind(QStringLiteral("over_pick"));
        QCOMPARE(shown->rowCount(), 0);
        shown->setKind(QStringLiteral("rejected_operation"));
        QCOMPARE(shown->rowCount(), 1);
        shown->setArea(QStringLiteral("no such area"));
        QCOMPARE(shown->rowCount(), 0);
        shown->setArea(e.area);
        QCOMPARE(shown->rowCount(), 1);
        shown->setFilterText(sku);
        QCOMPARE(shown->rowCount(), 1);
        shown->setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(shown->rowCount(), 0);
        shown->setFilterText(QString());

        // Open the transfer on the pick view model.
        QVERIFY(c->openTransfer(shown->sourceRow(0)));
        QCOMPARE(c->openTransferKind(), QStringLiteral("pick"));
        QCOMPARE(f.app->pick()->transferId(), transfer);
        QVERIFY(f.app->pick()->lines()->count() > 0);
        c->closeTransfer();
        QVERIFY(c->openTransferKind().isEmpty());

        // Request a recount of the place.
        QVERIFY(c->describeExceptionRecount(0).contains(f.locationBarcode(from)));
        QVERIFY(c->recountForException(0));
        const auto recounts = opsOf(f, ops::Kind::RequestRecount);
        QCOMPARE(recounts.size(), 1);
        QCOMPARE(
            ops::RequestRecount::parse(recounts.front().payload).value(), (ops::RequestRecount {0, from, product}));

        // Acknowledge on this device: it leaves the open list, stays under "acknowledged".
        QVERIFY(c->acknowledge(0));
        QCOMPARE(shown->rowCount(), 0);
        shown->setState(QStringLiteral("acknowledged"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->data(shown->index(0, 0), ui::ConsoleExceptionsModel::StateLabelRole).toString(),
            QStringLiteral("Acknowledged"));
        QCOMPARE(f.app->sync()->exceptionCount(), 0);
        QVERIFY(!c->acknowledge(0)); // already acknowledged
    }
};

QTEST_MAIN(TestUiConsole)
#include "tst_ui_console.moc"
