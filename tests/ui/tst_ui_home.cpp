// Home: task counts by kind, the sync bar's numbers and states, the exceptions inbox in the worker's words
// (names, local time, advice by role, who sees what), the task lists' order, resume and batch choice, and
// the language switched at runtime (units and reason labels too).
#include "ops/barcode.h"
#include "ops/count.h"
#include "ops/kinds.h"
#include "ops/pick.h"
#include "uifixture.h"
#include "units.h"

#include <QRegularExpression>

using namespace stockhand;
using uitest::UiFixture;

class TestHome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskCountsFollowLocalWork()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *summary = f.app->summary();
        QCOMPARE(summary->count(), 4);
        const qint64 picks = f.queryInt(QStringLiteral(
            "SELECT count(*) FROM transfer WHERE kind = 'pick' AND warehouse_id = 1 AND state = 'open'"));
        QVERIFY(picks > 0);
        QCOMPARE(summary->countOf(QStringLiteral("pick")), picks);
        QCOMPARE(summary->countOf(QStringLiteral("receive")),
            f.queryInt(QStringLiteral("SELECT count(*) FROM transfer WHERE kind = 'receipt' AND warehouse_id = 1")));
        QCOMPARE(summary->countOf(QStringLiteral("count")),
            f.queryInt(QStringLiteral("SELECT count(*) FROM count_task WHERE warehouse_id = 1")));
        QCOMPARE(summary->countOf(QStringLiteral("putaway")), 0);

        QVERIFY(f.app->pick()->start(
            f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'pick' ORDER BY id LIMIT 1"))));
        QVERIFY(f.app->pick()->validate(true));
        QCOMPARE(summary->countOf(QStringLiteral("pick")), picks - 1); // refreshed on the recorded operation
        QCOMPARE(f.app->sync()->pendingCount(), 1);
        QVERIFY(!f.app->sync()->online());
    }

    void rolesDecideWhatAUserMayStart()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U101"))); // a picker
        auto *summary = f.app->summary();
        auto allowed = [&](const char *kind) {
            for (int row = 0; row < summary->count(); ++row) {
                if (summary->value(row, "kind").toString() == QLatin1String(kind))
                    return summary->value(row, "allowed").toBool();
            }
            return false;
        };
        QVERIFY(allowed("pick"));
        QVERIFY(allowed("putaway"));
        QVERIFY(!allowed("receive"));
        QVERIFY(!allowed("count"));
        QVERIFY(!f.app->receive()->start(
            f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'receipt' ORDER BY id LIMIT 1"))));
        QVERIFY(f.app->receive()->message().contains(QStringLiteral("receiver")));
        QVERIFY(!f.app->count()->start(1));
        QCOMPARE(f.errorsHeard(), 2);
        QVERIFY(f.ops().isEmpty());
        QVERIFY(f.app->pick()->start(
            f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'pick' ORDER BY id LIMIT 1"))));
    }

    void exceptionsInboxWithAdvice()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *pick = f.app->pick();
        const qint64 transfer
            = f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'pick' ORDER BY id LIMIT 1"));
        QVERIFY(pick->start(transfer));
        QVERIFY(pick->validate(false));
        // What the sync engine does when the server rejects it and reports an exception on another one.
        const qint64 seq = f.ops().last().seq;
        QVERIFY(f.store->db()
                    .exec(QStringLiteral("INSERT INTO device_exception (op_seq, code, message, created_local) VALUES "
                                         "(NULL, 'over_pick', 'Line 3: picked 5 of 3 ordered.', "
                                         "'2026-11-26T08:00:00.000Z'); UPDATE outbox SET state = 'rejected', "
                                         "effect_active = 0, error_code = 'op.transfer-closed', error_message = "
                                         "'Transfer WH1/PICK/00001 is already done.' WHERE seq = %1; INSERT INTO "
                                         "device_exception (op_seq, code, message, created_local) SELECT seq, "
                                         "error_code, error_message, local_time FROM outbox WHERE seq = %1;")
                              .arg(seq)
                              .toStdString())
                    .ok());
        f.app->refresh();
        auto *ex = f.app->exceptions();
        QCOMPARE(ex->count(), 2);
        QCOMPARE(ex->value(0, "kind").toString(), ops::kindName(ops::Kind::ValidateTransfer));
        QCOMPARE(ex->value(0, "code").toString(), QStringLiteral("op.transfer-closed"));
        QVERIFY(ex->value(0, "message").toString().contains(QStringLiteral("already done")));
        QVERIFY(ex->value(0, "advice").toString().contains(QStringLiteral("closed this transfer")));
        QCOMPARE(ex->value(1, "code").toString(), QStringLiteral("over_pick"));
        // A worker is told to show it to a supervisor; the signed-in supervisor is told what to check.
        QCOMPARE(
            ui::ExceptionsModel::advice(QStringLiteral("over_pick")), QStringLiteral("Show this to a supervisor."));
        QVERIFY(!ex->value(1, "advice").toString().contains(QStringLiteral("supervisor")));
        QVERIFY(!ex->value(1, "advice").toString().isEmpty());
        QCOMPARE(f.app->sync()->exceptionCount(), 2);
        QCOMPARE(f.app->sync()->pendingCount(), 0);
        // Dealt with: it leaves the inbox and the badge.
        QVERIFY(ex->resolve(1));
        QCOMPARE(ex->count(), 1);
        QCOMPARE(f.app->sync()->exceptionCount(), 1);
        QVERIFY(!ex->resolve(5));
        // The rejected transfer is work again.
        f.app->tasks()->setKind(QStringLiteral("pick"));
        bool back = false;
        for (int row = 0; row < f.app->tasks()->count(); ++row)
            back = back || f.app->tasks()->value(row, "taskId").toLongLong() == transfer;
        QVERIFY(back);
    }

    void languageSwitchesAtRuntime()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *lang = f.app->language();
        QSignalSpy changed(lang, &ui::Language::languageChanged);
        QVERIFY(!lang->setLanguage(QStringLiteral("fr")));
        QVERIFY(lang->setLanguage(QStringLiteral("de")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!f.app->pick()->start(999999));
        QCOMPARE(f.app->pick()->message(), QStringLiteral("Das ist keine Kommissionierung dieses Lagers."));
        QCOMPARE(ui::ExceptionsModel::advice(QStringLiteral("role.forbidden")),
            QStringLiteral(
                "Ihr Benutzer darf das nicht. Bitten Sie eine Aufsicht, es zu tun oder Ihnen die Rolle zu geben."));
        QVERIFY(lang->setLanguage(QStringLiteral("en")));
        QVERIFY(!f.app->pick()->start(999999));
        QCOMPARE(f.app->pick()->message(), QStringLiteral("This is not a pick of this warehouse."));
    }

    // A picker's refused pick: a sentence (no raw code), names instead of ids, local time without seconds,
    // the picker's advice and the task to open. Entries about others' or no operation are the supervisor's.
    void exceptionsInTheWorkersWords()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U101"))); // a picker
        const qint64 picker = f.app->session()->userId();
        const qint64 line = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE t.kind = 'pick' "
            "AND t.warehouse_id = 1 ORDER BY l.id LIMIT 1"));
        const qint64 transfer
            = f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 from
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
        ops::Pick pick;
        pick.transferLineId = line;
        pick.productId = product;
        pick.locationId = from;
        pick.qty = units(1);
        auto op = f.store->outbox().record(ops::draft(pick, picker));
        QVERIFY(op.ok());
        QVERIFY(
            f.store->db()
                .exec(QStringLiteral("UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = "
                                     "'op.unknown-location', error_message = 'Location %2 is not known.' WHERE "
                                     "seq = %1; INSERT INTO device_exception (op_seq, code, message, created_local) "
                                     "SELECT seq, error_code, error_message, '2026-11-26T08:05:09.123Z' FROM outbox "
                                     "WHERE seq = %1; INSERT INTO device_exception (op_seq, code, message, "
                                     "created_local) VALUES (NULL, 'over_pick', 'Line 3: picked 5 of 3.', "
                                     "'2026-11-26T08:00:00.000Z');")
                          .arg(op->seq)
                          .arg(from)
                          .toStdString())
                .ok());
        f.app->refresh();
        auto *ex = f.app->exceptions();
        QVERIFY(!ex->supervisorView());
        QCOMPARE(ex->count(), 1); // the report about no operation is for a supervisor
        QCOMPARE(f.app->sync()->exceptionCount(), 2);
        const QString what = ex->value(0, "what").toString();
        QCOMPARE(what, QStringLiteral("The server does not know this location."));
        QCOMPARE(ex->value(0, "title").toString(), QStringLiteral("Pick refused"));
        const QString about = ex->value(0, "about").toString();
        QVERIFY2(
            about.contains(f.queryText(QStringLiteral("SELECT reference FROM transfer WHERE id = ?1"), {transfer})),
            qPrintable(about));
        QVERIFY(about.contains(f.locationBarcode(from)));
        QVERIFY(about.contains(f.queryText(QStringLiteral("SELECT sku FROM product WHERE id = ?1"), {product})));
        QVERIFY(about.contains(f.queryText(QStringLiteral("SELECT name FROM product WHERE id = ?1"), {product})));
        const QString time = ex->value(0, "time").toString();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^(\\S+ )?\\d\\d:\\d\\d$")).match(time).hasMatch(), qPrintable(time));
        QCOMPARE(time.right(5),
            QDateTime::fromString(QStringLiteral("2026-11-26T08:05:09.123Z"), Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("HH:mm")));
        QVERIFY(ex->value(0, "advice").toString().contains(QStringLiteral("Wait for the sync")));
        QCOMPARE(ex->value(0, "actionKind").toString(), QStringLiteral("transfer"));
        QCOMPARE(ex->value(0, "actionId").toLongLong(), transfer);
        QVERIFY(ex->value(0, "actionText").toString().startsWith(QStringLiteral("Open pick ")));
        for (int role = ui::ExceptionsModel::TitleRole; role <= ui::ExceptionsModel::ActionTextRole; ++role)
            QVERIFY(!ex->data(ex->index(0), role).toString().contains(QStringLiteral("op.")));

        // German: the sentence and the title follow.
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("de")));
        QCOMPARE(ex->value(0, "what").toString(), QStringLiteral("Der Server kennt diesen Lagerplatz nicht."));
        QCOMPARE(ex->value(0, "title").toString(), QStringLiteral("Entnahme abgelehnt"));
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("en")));

        // The supervisor sees both, with advice for a supervisor and who did it.
        QVERIFY(f.app->session()->signOut());
        QCOMPARE(ex->count(), 0);
        QVERIFY(f.signIn(QStringLiteral("U108")));
        QVERIFY(ex->supervisorView());
        QCOMPARE(ex->count(), 2);
        // Newest first: the report, then the picker's refused pick.
        QCOMPARE(ex->value(1, "what").toString(), what);
        QCOMPARE(ex->value(1, "userName").toString(),
            f.queryText(QStringLiteral("SELECT name FROM app_user WHERE id = ?1"), {picker}));
        for (int row = 0; row < 2; ++row)
            QVERIFY(!ex->value(row, "advice").toString().contains(QStringLiteral("supervisor")));
        QCOMPARE(ex->value(0, "what").toString(), QStringLiteral("More was picked than the line asked for."));
        QCOMPARE(ui::ExceptionsModel::what(QStringLiteral("something_new")),
            QStringLiteral("The server reported a difference to check."));
        QCOMPARE(ex->value(0, "title").toString(), QStringLiteral("Problem reported"));
    }

    // An exception about a place or a product only (a count, an attached barcode) opens "What is here?"
    // on it; one about a pick or a receipt keeps opening the task.
    void exceptionsAboutAPlaceOrProductOpenTheLookup()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U108")));
        const qint64 user = f.app->session()->userId();
        const qint64 location = f.queryInt(QStringLiteral(
            "SELECT location_id FROM quant q JOIN location l ON l.id = q.location_id WHERE l.warehouse_id = 1 "
            "AND l.type = 'bin' AND q.qty > 0 ORDER BY location_id LIMIT 1"));
        QVERIFY(location > 0);
        const qint64 product
            = f.queryInt(QStringLiteral("SELECT product_id FROM quant WHERE location_id = ?1 LIMIT 1"), {location});
        ops::Count count;
        count.locationId = location;
        count.productId = product;
        count.qty = units(2);
        auto counted = f.store->outbox().record(ops::draft(count, user));
        QVERIFY(counted.ok());
        QVERIFY(f.reject(counted->seq, QStringLiteral("op.unknown-location"), QStringLiteral("Location is gone.")));
        ops::AttachBarcode attach;
        attach.productId = product;
        attach.code = QStringLiteral("NEW-CODE-1");
        auto attached = f.store->outbox().record(ops::draft(attach, user));
        QVERIFY(attached.ok());
        QVERIFY(f.reject(attached->seq, QStringLiteral("barcode_conflict"), QStringLiteral("Taken.")));
        f.app->refresh();
        auto *ex = f.app->exceptions();
        QCOMPARE(ex->count(), 2);
        // Newest first: the barcode (about the product only), then the count (a location and a product).
        QCOMPARE(ex->value(0, "actionKind").toString(), QStringLiteral("product"));
        QCOMPARE(ex->value(0, "actionId").toLongLong(), product);
        const QString sku = f.queryText(QStringLiteral("SELECT sku FROM product WHERE id = ?1"), {product});
        QCOMPARE(ex->value(0, "actionText").toString(), QStringLiteral("Show product %1").arg(sku));
        QCOMPARE(ex->value(1, "actionKind").toString(), QStringLiteral("location"));
        QCOMPARE(ex->value(1, "actionId").toLongLong(), location);
        QCOMPARE(
            ex->value(1, "actionText").toString(), QStringLiteral("Show location %1").arg(f.locationBarcode(location)));

        // What the action opens: the lookup on that place, then on that product, as a scan of them would.
        auto *lookup = f.app->lookup();
        QVERIFY(lookup->show(QStringLiteral("location"), location));
        QCOMPARE(lookup->kind(), QStringLiteral("location"));
        QCOMPARE(lookup->places()->count(),
            int(f.queryInt(
                QStringLiteral("SELECT count(*) FROM quant WHERE location_id = ?1 AND qty > 0"), {location})));
        const QString name = f.queryText(QStringLiteral("SELECT name FROM location WHERE id = ?1"), {location});
        QCOMPARE(lookup->title(), QStringLiteral("Location %1").arg(name));
        QCOMPARE(lookup->messageLevel(), ui::Feedback::Ok);
        QVERIFY(lookup->show(QStringLiteral("product"), product));
        QCOMPARE(lookup->kind(), QStringLiteral("product"));
        QVERIFY(lookup->title().contains(sku));
        bool here = false;
        for (int i = 0; i < lookup->places()->count(); ++i)
            here = here || lookup->places()->value(i, "location").toString() == name;
        QVERIFY(here);
        QVERIFY(f.ops().size() == 2); // looking records nothing
        // Something the device does not know (any more) is refused, with the list empty.
        QVERIFY(!lookup->show(QStringLiteral("location"), 999999));
        QCOMPARE(lookup->places()->count(), 0);
        QCOMPARE(lookup->messageLevel(), ui::Feedback::Error);
        QCOMPARE(lookup->message(), QStringLiteral("This device does not know it (any more): scan it to look it up."));
        QVERIFY(!lookup->wrongScan()); // nothing was scanned
        QVERIFY(!lookup->show(QStringLiteral("transfer"), product));
    }

    // The bar's states from the store alone: offline with nothing waiting; offline with operations waiting,
    // and for how long (amber).
    void syncBarStates()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *sync = f.app->sync();
        QCOMPARE(sync->state(), ui::SyncStatusSource::Offline);
        QCOMPARE(sync->headline(), QStringLiteral("Offline · nothing to send"));
        QCOMPARE(sync->detail(), QStringLiteral("never synced"));
        QVERIFY(f.app->pick()->start(
            f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'pick' ORDER BY id LIMIT 1"))));
        QVERIFY(f.app->pick()->validate(true));
        QCOMPARE(sync->state(), ui::SyncStatusSource::Waiting);
        QCOMPARE(sync->headline(), QStringLiteral("Offline · 1 waiting"));
        f.clock.advanceMs(12 * 60 * 1000 + 5000);
        sync->refresh();
        QCOMPARE(sync->headline(), QStringLiteral("Offline · 1 waiting for 12 min"));
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("de")));
        QCOMPARE(sync->headline(), QStringLiteral("Offline · 1 wartet seit 12 min"));
    }

    // Urgent first, then due, then zone; the due time and zone on every row; this user's task in progress
    // to resume; the orders of a batch ticked by the picker.
    void taskListsSortedWithResumeAndBatchChoice()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U101")));
        auto *tasks = f.app->tasks();
        tasks->setKind(QStringLiteral("pick"));
        tasks->refresh();
        QVERIFY(tasks->count() > 4);
        QCOMPARE(tasks->resumeId(), 0);
        bool seenNormal = false, sawUrgent = false;
        QString lastDue, lastZone;
        for (int row = 0; row < tasks->count(); ++row) {
            const bool urgent = tasks->value(row, "urgent").toBool();
            QVERIFY2(!(urgent && seenNormal), "an urgent task after a normal one");
            sawUrgent = sawUrgent || urgent;
            seenNormal = seenNormal || !urgent;
            QVERIFY(!tasks->value(row, "due").toString().isEmpty());
            QVERIFY(!tasks->value(row, "zone").toString().isEmpty());
            const qint64 id = tasks->value(row, "taskId").toLongLong();
            QCOMPARE(tasks->value(row, "urgent").toBool(),
                f.queryInt(QStringLiteral("SELECT priority FROM transfer WHERE id = ?1"), {id}) > 0);
        }
        QVERIFY(sawUrgent && seenNormal);
        // Within the same priority and due date, zones ascend.
        for (int row = 1; row < tasks->count(); ++row) {
            if (tasks->value(row, "urgent") == tasks->value(row - 1, "urgent")
                && tasks->value(row, "due") == tasks->value(row - 1, "due"))
                QVERIFY(tasks->value(row - 1, "zone").toString() <= tasks->value(row, "zone").toString());
        }

        // The picker's last operation was about the third task: it is the one to resume.
        const qint64 third = tasks->value(2, "taskId").toLongLong();
        QVERIFY(f.app->pick()->start(third));
        const qint64 line
            = f.queryInt(QStringLiteral("SELECT id FROM transfer_line WHERE transfer_id = ?1 LIMIT 1"), {third});
        ops::Pick pick;
        pick.transferLineId = line;
        pick.productId = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
        pick.locationId
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        pick.qty = units(1);
        QVERIFY(f.store->outbox().record(ops::draft(pick, f.app->session()->userId())).ok());
        f.app->pick()->leave();
        tasks->refresh();
        QCOMPARE(tasks->resumeId(), third);
        QCOMPARE(tasks->resumeReference(), tasks->value(2, "reference").toString());
        QVERIFY(tasks->value(2, "resume").toBool());
        QVERIFY(!tasks->value(0, "resume").toBool());
        // Another user does not resume it.
        QVERIFY(f.store->db().exec("UPDATE outbox SET state = 'applied'").ok());
        QVERIFY(f.app->session()->signOut());
        QVERIFY(f.signIn(QStringLiteral("U102")));
        tasks->refresh();
        QCOMPARE(tasks->resumeId(), 0);

        // Batch: the picker ticks the 4th and the 2nd order; the batch is those, in list order.
        QSignalSpy ticked(tasks, &ui::TaskListModel::selectionChanged);
        tasks->toggleSelected(3);
        tasks->toggleSelected(1);
        tasks->toggleSelected(5);
        tasks->toggleSelected(5); // unticked again
        QCOMPARE(ticked.size(), 4);
        QCOMPARE(tasks->selectedCount(), 2);
        QVERIFY(tasks->value(3, "selected").toBool());
        QVERIFY(!tasks->value(5, "selected").toBool());
        const QVariantList ids = tasks->selectedIds();
        QCOMPARE(ids, (QVariantList {tasks->value(1, "taskId"), tasks->value(3, "taskId")}));
        tasks->refresh(); // a refresh keeps the ticks
        QCOMPARE(tasks->selectedIds(), ids);
        QVERIFY(f.app->pick()->startBatch(ids));
        tasks->clearSelection();
        QCOMPARE(tasks->selectedCount(), 0);
    }

    // Units and the server's reason labels in the language on screen.
    void unitsAndReasonsTranslated()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *reasons = f.app->pick()->reasons();
        auto labelOf = [&](const char *code) {
            for (int row = 0; row < reasons->count(); ++row) {
                if (reasons->value(row, "code").toString() == QLatin1String(code))
                    return reasons->value(row, "label").toString();
            }
            return QString();
        };
        QCOMPARE(ui::unitName(QStringLiteral("pc")), QStringLiteral("pc"));
        QCOMPARE(labelOf("NOT_FOUND"), QStringLiteral("Not found at location"));
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("de")));
        QCOMPARE(ui::unitName(QStringLiteral("pc")), QStringLiteral("Stk"));
        QCOMPARE(ui::unitName(QStringLiteral("case")), QStringLiteral("Karton"));
        QCOMPARE(ui::unitName(QStringLiteral("xyz")), QStringLiteral("xyz"));
        QCOMPARE(labelOf("NOT_FOUND"), QStringLiteral("Nicht am Lagerplatz"));
        QCOMPARE(f.app->putaway()->reasons()->value(0, "label").toString().isEmpty(), false);
        // A pick line's unit as the pick screen shows it.
        QVERIFY(f.app->pick()->start(f.queryInt(QStringLiteral(
            "SELECT t.id FROM transfer t WHERE t.kind = 'pick' AND t.warehouse_id = 1 AND NOT EXISTS (SELECT 1 FROM "
            "transfer_line l JOIN product p ON p.id = l.product_id WHERE l.transfer_id = t.id AND p.uom != 'pc') "
            "ORDER BY t.id LIMIT 1"))));
        QCOMPARE(f.app->pick()->current().uom, QStringLiteral("Stk"));
        QVERIFY(f.app->language()->setLanguage(QStringLiteral("en")));
        QCOMPARE(labelOf("NOT_FOUND"), QStringLiteral("Not found at location"));
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_ui_home.moc"
