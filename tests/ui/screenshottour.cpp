#include "screenshottour.h"

#include "ops/barcode.h"
#include "ops/count.h"
#include "ops/kinds.h"
#include "ops/pick.h"
#include "syncstatus.h"

#include <QDir>
#include <QImage>
#include <QQuickItem>

namespace uitest {

namespace {

// The item of that objectName in the visual tree (delegates are not QObject children of their views).
QQuickItem *find(QQuickItem *item, const QString &name)
{
    for (QQuickItem *child : item->childItems()) {
        if (child->objectName() == name && child->isVisible())
            return child;
        if (QQuickItem *found = find(child, name))
            return found;
    }
    return nullptr;
}

// The sync bar's online and failed states without a server: a status the tour sets.
class ShownSyncStatus final : public stockhand::ui::SyncStatusSource
{
public:
    using SyncStatusSource::SyncStatusSource;
    bool online() const override { return m_online; }
    qint64 pendingCount() const override { return m_pending; }
    qint64 oldestPendingAgeSeconds() const override { return 0; }
    QDateTime lastSyncTime() const override { return m_last; }
    QString lastError() const override { return m_error; }
    qint64 exceptionCount() const override { return 0; }
    double progress() const override { return -1; }
    bool failed() const override { return !m_error.isEmpty(); }
    void set(bool online, const QString &error, const QDateTime &last)
    {
        m_online = online;
        m_error = error;
        m_last = last;
        Q_EMIT statusChanged();
    }

private:
    bool m_online = false;
    qint64 m_pending = 0;
    QString m_error;
    QDateTime m_last;
};

class Tour
{
public:
    Tour(UiFixture &f, QQuickWindow &w, const QString &dir, const ScreenCheck &check)
        : f(f)
        , w(w)
        , dir(dir)
        , check(check)
    { }

    void shot(const QString &name)
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        // Grabbing polishes and syncs the scene first (layouts settle when the window renders, not when
        // events are processed), so the check sees what the picture shows.
        const QImage image = w.grabWindow();
        if (check)
            check(w, name);
        const QString file
            = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++n, 2, 10, QLatin1Char('0')).arg(name));
        if (image.isNull() || !image.save(file))
            files.append(QStringLiteral("error: could not grab or save ") + file);
        else
            files.append(file);
    }
    void open(const QString &page, const QVariantMap &props = {})
    {
        QVariant ret;
        QMetaObject::invokeMethod(
            &w, "open", Q_RETURN_ARG(QVariant, ret), Q_ARG(QVariant, page), Q_ARG(QVariant, props));
    }
    void home() { QMetaObject::invokeMethod(&w, "showHome"); }
    // Taps a button of the window by its objectName (its clicked signal, as a tap would).
    void tap(const QString &name)
    {
        QQuickItem *item = find(w.contentItem(), name);
        if (!item || !QMetaObject::invokeMethod(item, "clicked"))
            files.append(QStringLiteral("error: no button ") + name);
    }
    void scan(const QString &code) { f.app->scan(code); }
    QQuickItem *item(const QString &name, QQuickItem *from = nullptr)
    {
        QQuickItem *root = from ? from : w.contentItem();
        for (QQuickItem *child : root->childItems()) {
            if (child->objectName() == name && child->isVisible())
                return child;
            if (QQuickItem *found = item(name, child))
                return found;
        }
        return nullptr;
    }
    // Types on the pad of the page on screen (what a worker's thumb does).
    void typeOnPad(const QString &text)
    {
        if (QQuickItem *pad = item(QStringLiteral("quantityPad")))
            pad->setProperty("text", text);
        else
            files.append(QStringLiteral("error: no pad on screen for ") + text);
    }
    void openPopup(const QString &page, const QString &popup)
    {
        QQuickItem *p = item(page);
        QObject *o = p ? p->findChild<QObject *>(popup) : nullptr;
        if (!o || !QMetaObject::invokeMethod(o, "open"))
            files.append(QStringLiteral("error: cannot open ") + popup);
    }
    void closePopup(const QString &page, const QString &popup)
    {
        QQuickItem *p = item(page);
        if (QObject *o = p ? p->findChild<QObject *>(popup) : nullptr)
            QMetaObject::invokeMethod(o, "close");
    }
    // Scrolls a list view to a fraction of its content (0 top, 1 end).
    void scroll(const QString &list, double at)
    {
        QQuickItem *view = item(list);
        if (!view) {
            files.append(QStringLiteral("error: no list ") + list);
            return;
        }
        const double end = view->property("contentHeight").toDouble() - view->height();
        view->setProperty("contentY", std::max(0.0, end * at) + view->property("originY").toDouble());
    }
    // Taps the first exception's action that opens this kind of thing.
    void tapAction(const QString &kind)
    {
        auto *ex = f.app->exceptions();
        for (int i = 0; i < ex->count(); ++i) {
            if (ex->value(i, "actionKind").toString() == kind) {
                scroll(QStringLiteral("exceptionList"), double(i) / std::max(1, ex->count() - 1));
                for (int k = 0; k < 3; ++k)
                    QCoreApplication::processEvents();
                tap(QStringLiteral("exceptionAction_%1").arg(i));
                return;
            }
        }
        files.append(QStringLiteral("error: no exception that opens a ") + kind);
    }
    // Types in the scan field as a worker would by hand: the matches open above it.
    void typeInScanField(const QString &text)
    {
        QQuickItem *field = item(QStringLiteral("scanInput"));
        if (!field) {
            files.append(QStringLiteral("error: no scan field"));
            return;
        }
        field->setProperty("text", text);
        f.app->matches()->setText(text);
    }
    void expect(bool ok, const QString &what)
    {
        if (!ok)
            files.append(QStringLiteral("error: ") + what);
    }

    UiFixture &f;
    QQuickWindow &w;
    QString dir;
    ScreenCheck check;
    QStringList files;
    int n = 0;
};

// Issue 11's screens of the home, lists, exceptions, sync bar, switch refusal and camera (kept apart from
// the flows' shots above so both can grow).
void floorShots(Tour &t)
{
    UiFixture &f = t.f;
    auto *app = f.app.get();
    using namespace stockhand;

    // The supervisor is signed in with operations unsent: the refused switch and its two ways out.
    t.home();
    app->session()->signOut();
    t.shot(QStringLiteral("switch-refused"));
    t.tap(QStringLiteral("releaseButton"));
    t.scan(QStringLiteral("U108"));
    t.shot(QStringLiteral("switch-release-pin"));
    if (!app->session()->releaseBySupervisor(QStringLiteral("U108"), QStringLiteral("1234")))
        t.files.append(QStringLiteral("error: the release was refused: ") + app->session()->lastError());

    // A picker: one of their operations refused, one pick of another task waiting (to resume).
    t.scan(QStringLiteral("U101"));
    app->signIn()->enterPin(QStringLiteral("1234"));
    const qint64 picker = app->session()->userId();
    app->tasks()->setKind(QStringLiteral("pick"));
    app->tasks()->refresh();
    const qint64 closed = app->tasks()->value(0, "taskId").toLongLong();
    const qint64 mine = app->tasks()->value(2, "taskId").toLongLong();
    auto refused = f.store->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer),
        QJsonObject {{QStringLiteral("transfer_id"), closed}, {QStringLiteral("mode"), QStringLiteral("backorder")}},
        picker});
    const qint64 line = f.queryInt(
        QStringLiteral("SELECT id FROM transfer_line WHERE transfer_id = ?1 ORDER BY seq LIMIT 1"), {mine});
    ops::Pick pick;
    pick.transferLineId = line;
    pick.productId = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
    pick.locationId = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
    pick.qty = units(1);
    const bool recorded = refused.ok() && f.store->outbox().record(ops::draft(pick, picker)).ok()
        && f.store->db()
               .exec(QStringLiteral("UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = "
                                    "'op.transfer-closed', error_message = 'Transfer %2 is already done.' WHERE seq = "
                                    "%1; INSERT INTO device_exception (op_seq, code, message, created_local) SELECT "
                                    "seq, error_code, error_message, local_time FROM outbox WHERE seq = %1;")
                         .arg(refused->seq)
                         .arg(closed)
                         .toStdString())
               .ok();
    // And a count of theirs about a place the server does not know (its action opens "What is here?").
    ops::Count count;
    count.locationId = pick.locationId;
    count.productId = pick.productId;
    count.qty = units(2);
    auto counted = f.store->outbox().record(ops::draft(count, picker));
    const bool countRejected = counted.ok()
        && f.reject(counted->seq, QStringLiteral("op.unknown-location"), QStringLiteral("Location unknown."));
    if (!recorded || !countRejected)
        t.files.append(QStringLiteral("error: could not record the picker's operations"));
    app->refresh();
    app->sync()->refresh();
    t.home();
    t.shot(QStringLiteral("home-picker"));
    t.open(QStringLiteral("ExceptionsPage.qml"));
    t.shot(QStringLiteral("exceptions-picker"));

    // The picks: urgent first, due and zone, the picker's task to resume, two orders ticked for a batch.
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("pick")}});
    app->tasks()->toggleSelected(1);
    app->tasks()->toggleSelected(3);
    t.shot(QStringLiteral("pick-list-resume-batch"));
    app->tasks()->clearSelection();

    // Typing by hand in the scan field: the matches open above it; "What is here?" on a scanned place.
    t.home();
    t.typeInScanField(f.locationBarcode(pick.locationId).left(5));
    t.expect(app->matches()->count() > 1, QStringLiteral("matches for a typed rack"));
    t.shot(QStringLiteral("scan-matches"));
    t.typeInScanField(QString());
    t.open(QStringLiteral("LookupPage.qml"));
    t.scan(f.locationBarcode(pick.locationId));
    t.expect(app->lookup()->kind() == u"location", QStringLiteral("the lookup shows a place"));
    t.shot(QStringLiteral("lookup-location"));

    // The camera page on a device without a camera.
    t.home();
    t.open(QStringLiteral("CameraPage.qml"));
    t.shot(QStringLiteral("camera-none"));

    // The sync bar online and stopped.
    ShownSyncStatus shown;
    app->setSyncStatus(&shown);
    t.home();
    shown.set(true, QString(), QDateTime(QDate(2026, 11, 26), QTime(14, 5)));
    t.shot(QStringLiteral("sync-online"));
    shown.set(false, QStringLiteral("The server no longer accepts this device: enrol it again."), QDateTime());
    t.shot(QStringLiteral("sync-failed"));
    app->setSyncStatus(nullptr);

    // German: the picker's exceptions and picks.
    app->language()->setLanguage(QStringLiteral("de"));
    t.home();
    t.open(QStringLiteral("ExceptionsPage.qml"));
    t.shot(QStringLiteral("exceptions-picker-de"));
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("pick")}});
    t.shot(QStringLiteral("pick-list-de"));
    app->language()->setLanguage(QStringLiteral("en"));
    t.home();
}

} // namespace

QStringList takeScreenshots(UiFixture &f, QQuickWindow &window, const QString &dir, const ScreenCheck &check)
{
    QDir().mkpath(dir);
    Tour t(f, window, dir, check);
    auto *app = f.app.get();
    t.shot(QStringLiteral("signin-badge"));
    t.scan(QStringLiteral("U108"));
    t.shot(QStringLiteral("signin-pin"));
    app->signIn()->enterPin(QStringLiteral("1234"));
    t.shot(QStringLiteral("home"));

    // Picking: the list, the location step, a wrong location, the quantity, the next line.
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("pick")}});
    t.shot(QStringLiteral("pick-list"));
    const qint64 pick = f.queryInt(QStringLiteral(
        "SELECT t.id FROM transfer t WHERE t.kind = 'pick' AND (SELECT count(*) FROM transfer_line l WHERE "
        "l.transfer_id = t.id) >= 3 AND NOT EXISTS (SELECT 1 FROM transfer_line l JOIN product p ON p.id = "
        "l.product_id WHERE l.transfer_id = t.id AND p.tracking != 'none') ORDER BY t.id LIMIT 1"));
    app->pick()->start(pick);
    t.shot(QStringLiteral("pick-location"));
    const qint64 line = app->pick()->current().lineId;
    const qint64 from = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
    const qint64 product = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {line});
    t.scan(f.queryText(QStringLiteral("SELECT barcode FROM location WHERE type = 'bin' AND id != ?1 LIMIT 1"), {from}));
    t.shot(QStringLiteral("pick-wrong-location"));
    t.scan(f.locationBarcode(from));
    t.shot(QStringLiteral("pick-product")); // the pad is there, dead until the product is scanned
    t.scan(f.unitBarcode(product));
    t.shot(QStringLiteral("pick-quantity"));
    t.typeOnPad(QStringLiteral("2"));
    t.shot(QStringLiteral("pick-typed-quantity"));
    t.typeOnPad(QString());
    t.scan(f.unitBarcode(product == 1 ? 2 : 1));
    t.expect(app->pick()->wrongScan(), QStringLiteral("a wrong product is a wrong scan"));
    t.shot(QStringLiteral("pick-wrong-product"));
    app->pick()->request(QStringLiteral("skip"));
    t.expect(app->pick()->confirming(), QStringLiteral("skip asks first"));
    t.shot(QStringLiteral("pick-skip-confirm"));
    app->pick()->cancelConfirmation();
    t.scan(f.unitBarcode(product));
    if (app->pick()->current().remaining == u"1")
        app->pick()->setQuantity(QStringLiteral("0")); // a short pick of nothing: 1 would complete the line
    t.openPopup(QStringLiteral("pickPage"), QStringLiteral("reasonChooser"));
    t.shot(QStringLiteral("pick-short-reasons"));
    t.closePopup(QStringLiteral("pickPage"), QStringLiteral("reasonChooser"));
    app->pick()->request(QStringLiteral("short:NOT_FOUND"));
    t.expect(app->pick()->confirming(), QStringLiteral("a short pick asks first"));
    t.shot(QStringLiteral("pick-short-confirm"));
    app->pick()->confirm();
    t.shot(QStringLiteral("pick-next-line"));
    app->pick()->request(QStringLiteral("finish"));
    t.expect(app->pick()->confirming(), QStringLiteral("finishing with open lines asks first"));
    t.shot(QStringLiteral("pick-finish-confirm"));
    app->pick()->cancelConfirmation();

    // A lot-tracked line: the lot step.
    const qint64 lotLine = f.queryInt(
        QStringLiteral("SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON "
                       "p.id = l.product_id WHERE t.kind = 'pick' AND p.tracking = 'lot' ORDER BY l.id LIMIT 1"));
    app->pick()->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lotLine}));
    for (int guard = 0; app->pick()->current().lineId != lotLine && guard < 20; ++guard)
        app->pick()->skip();
    t.scan(f.locationBarcode(
        f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {lotLine})));
    t.scan(f.unitBarcode(f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {lotLine})));
    app->pick()->confirmQuantity();
    t.expect(app->pick()->step() == int(stockhand::ui::PickFlow::Lot), QStringLiteral("the lot step"));
    t.shot(QStringLiteral("pick-lot"));
    app->pick()->leave();

    // Receiving: an item of the receipt, an unexpected lot item from GS1, the quantity.
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("receive")}});
    t.shot(QStringLiteral("receive-list"));
    const qint64 receipt
        = f.queryInt(QStringLiteral("SELECT id FROM transfer WHERE kind = 'receipt' ORDER BY id LIMIT 1"));
    app->receive()->start(receipt);
    t.shot(QStringLiteral("receive-item"));
    const qint64 lotProduct
        = f.queryInt(QStringLiteral("SELECT id FROM product WHERE tracking = 'lot' AND id NOT IN "
                                    "(SELECT product_id FROM transfer_line WHERE transfer_id = ?1) LIMIT 1"),
            {receipt});
    t.scan(QStringLiteral("(01)")
        + f.queryText(QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
            {lotProduct})
        + QStringLiteral("(17)270331(10)L2703-NEW(30)12"));
    t.shot(QStringLiteral("receive-unexpected-gs1"));
    app->receive()->confirmQuantity();
    const qint64 lineProduct = f.queryInt(
        QStringLiteral("SELECT product_id FROM transfer_line WHERE transfer_id = ?1 ORDER BY seq LIMIT 1"), {receipt});
    t.scan(f.unitBarcode(lineProduct));
    t.scan(f.unitBarcode(lineProduct));
    t.shot(QStringLiteral("receive-quantity"));
    app->receive()->confirmQuantity();
    // A lot-tracked item without GS1: the lot, then the expiry of the new lot, are asked.
    const qint64 lotItem = f.queryInt(QStringLiteral("SELECT id FROM product WHERE tracking = 'lot' AND id != ?1 "
                                                     "ORDER BY id LIMIT 1"),
        {lotProduct});
    t.scan(f.unitBarcode(lotItem));
    app->receive()->confirmQuantity();
    t.expect(app->receive()->step() == int(stockhand::ui::ReceiveFlow::Lot), QStringLiteral("the lot step"));
    t.shot(QStringLiteral("receive-lot"));
    app->receive()->enterLot(QStringLiteral("L2711-B"));
    t.expect(app->receive()->step() == int(stockhand::ui::ReceiveFlow::Expiry), QStringLiteral("the expiry step"));
    if (QQuickItem *entry = t.item(QStringLiteral("receiveTextEntry")))
        entry->setProperty("text", QStringLiteral("2027-11"));
    t.shot(QStringLiteral("receive-expiry"));
    app->receive()->enterExpiry(QStringLiteral("2027-11-30"));
    app->receive()->request(QStringLiteral("finish"));
    t.expect(app->receive()->confirming(), QStringLiteral("finishing a receipt with open lines asks first"));
    t.shot(QStringLiteral("receive-finish-confirm"));
    app->receive()->cancelConfirmation();

    // Putaway: the item, the suggested bin, an override.
    t.home();
    t.open(QStringLiteral("PutawayPage.qml"));
    t.shot(QStringLiteral("putaway-item"));
    t.scan(f.unitBarcode(lineProduct));
    t.shot(QStringLiteral("putaway-destination"));
    t.scan(f.queryText(
        QStringLiteral("SELECT barcode FROM location WHERE type = 'bin' AND id != ?1 ORDER BY id DESC LIMIT 1"),
        {app->putaway()->suggestionId()}));
    t.shot(QStringLiteral("putaway-override"));
    app->putaway()->cancel();

    // Counting: the tasks, the location, the items.
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("count")}});
    t.shot(QStringLiteral("count-list"));
    const qint64 task = f.queryInt(QStringLiteral("SELECT id FROM count_task ORDER BY id LIMIT 1"));
    app->count()->start(task);
    t.shot(QStringLiteral("count-location"));
    const qint64 countLoc
        = f.queryInt(QStringLiteral("SELECT l.location_id FROM count_line l JOIN location x ON x.id = "
                                    "l.location_id WHERE l.task_id = ?1 ORDER BY x.pick_seq LIMIT 1"),
            {task});
    t.scan(f.locationBarcode(countLoc));
    const qint64 counted
        = f.queryInt(QStringLiteral("SELECT id FROM product WHERE tracking = 'none' ORDER BY id LIMIT 1"));
    for (int i = 0; i < 3; ++i)
        t.scan(f.unitBarcode(counted));
    t.scan(f.caseBarcode(counted + 1));
    t.shot(QStringLiteral("count-items"));
    app->count()->request(QStringLiteral("close"));
    t.expect(app->count()->confirming(), QStringLiteral("closing with uncounted items asks first"));
    t.shot(QStringLiteral("count-close-confirm"));
    app->count()->cancelConfirmation();

    // Exceptions: the server rejected the pick (as the sync engine records it).
    const qint64 seq = f.ops().first().seq;
    const bool rejected
        = f.store->db()
              .exec(QStringLiteral(
                  "UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = 'op.unknown-location', "
                  "error_message = 'Location %1 is not in this warehouse.' WHERE seq = %2; "
                  "INSERT INTO device_exception (op_seq, code, message, created_local) SELECT seq, error_code, "
                  "error_message, local_time FROM outbox WHERE seq = %2; "
                  "INSERT INTO device_exception (op_seq, code, message, created_local) VALUES (NULL, "
                  "'over_receipt', 'Line 4: received 14 of 12 expected.', '2026-11-26T08:12:00.000Z');")
                        .arg(from)
                        .arg(seq)
                        .toStdString())
              .ok();
    if (!rejected)
        t.files.append(QStringLiteral("error: could not mark the pick rejected"));
    // A count about a place and an attached barcode about a product: their actions open "What is here?".
    stockhand::ops::Count count;
    count.locationId = countLoc;
    count.productId = counted;
    count.qty = 3000;
    stockhand::ops::AttachBarcode attach;
    attach.productId = counted;
    attach.code = QStringLiteral("4006381333931");
    const qint64 user = app->session()->userId();
    auto countOp = f.store->outbox().record(stockhand::ops::draft(count, user));
    auto attachOp = f.store->outbox().record(stockhand::ops::draft(attach, user));
    if (!countOp || !attachOp
        || !f.reject(countOp->seq, QStringLiteral("op.nothing-to-count"), QStringLiteral("Nothing to count."))
        || !f.reject(attachOp->seq, QStringLiteral("op.unknown-product"), QStringLiteral("Unknown product.")))
        t.files.append(QStringLiteral("error: could not reject the count and the barcode"));
    app->refresh();
    t.home();
    t.shot(QStringLiteral("home-exceptions"));
    t.open(QStringLiteral("ExceptionsPage.qml"));
    t.shot(QStringLiteral("exceptions"));
    t.scroll(QStringLiteral("exceptionList"), 1.0);
    t.shot(QStringLiteral("exceptions-end"));
    t.tapAction(QStringLiteral("location"));
    t.expect(app->lookup()->kind() == u"location", QStringLiteral("the count's exception opens its place"));
    t.shot(QStringLiteral("exceptions-lookup-location"));
    t.home();
    t.open(QStringLiteral("ExceptionsPage.qml"));
    t.tapAction(QStringLiteral("product"));
    t.expect(app->lookup()->kind() == u"product", QStringLiteral("the barcode's exception opens its product"));
    t.shot(QStringLiteral("exceptions-lookup-product"));

    // German, switched at runtime.
    app->language()->setLanguage(QStringLiteral("de"));
    t.home();
    t.shot(QStringLiteral("home-de"));
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("pick")}});
    app->pick()->start(pick);
    const qint64 deLine = app->pick()->current().lineId;
    t.scan(f.queryText(QStringLiteral("SELECT barcode FROM location WHERE type = 'bin' AND id != ?1 LIMIT 1"),
        {f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {deLine})}));
    t.expect(app->pick()->wrongScan(), QStringLiteral("a wrong location in German"));
    t.shot(QStringLiteral("pick-wrong-location-de"));
    t.scan(f.locationBarcode(
        f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {deLine})));
    const qint64 deProduct = f.queryInt(QStringLiteral("SELECT product_id FROM transfer_line WHERE id = ?1"), {deLine});
    t.scan(f.unitBarcode(deProduct));
    t.shot(QStringLiteral("pick-de"));
    t.scan(f.unitBarcode(deProduct == 1 ? 2 : 1));
    t.shot(QStringLiteral("pick-wrong-scan-de"));
    app->pick()->request(QStringLiteral("finish"));
    t.shot(QStringLiteral("pick-confirm-de"));
    app->pick()->cancelConfirmation();
    app->pick()->leave();
    // Receiving, putaway and counting in German.
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("receive")}});
    app->receive()->start(receipt);
    t.scan(f.unitBarcode(lineProduct));
    t.shot(QStringLiteral("receive-de"));
    app->receive()->leave();
    t.home();
    t.open(QStringLiteral("PutawayPage.qml"));
    t.scan(f.unitBarcode(lineProduct));
    t.shot(QStringLiteral("putaway-de"));
    app->putaway()->cancel();
    t.home();
    t.open(QStringLiteral("TaskListPage.qml"), {{QStringLiteral("kind"), QStringLiteral("count")}});
    app->count()->start(task);
    t.scan(f.locationBarcode(countLoc));
    t.scan(f.unitBarcode(counted));
    t.shot(QStringLiteral("count-de"));
    app->count()->request(QStringLiteral("close"));
    t.shot(QStringLiteral("count-close-confirm-de"));
    app->count()->cancelConfirmation();
    app->count()->leave();
    t.home();
    app->session()->signOut(); // refused: operations are pending
    t.shot(QStringLiteral("switch-user-refused-de"));
    app->language()->setLanguage(QStringLiteral("en"));
    floorShots(t);
    return t.files;
}

} // namespace uitest
