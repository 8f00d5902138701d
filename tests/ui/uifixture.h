// A small seeded demo store, the handheld app on top of it, and a QAbstractItemModelTester on every model
// of the app, for the view-model tests. Real store, real resolver, no mocks.
#pragma once

#include "clock.h"
#include "demo/demogenerator.h"
#include "handheldapp.h"
#include "store/devicestore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace uitest {

using namespace stockhand;

class UiFixture
{
public:
    // pendingAdjustments: count adjustments waiting for a supervisor (the console's table).
    explicit UiFixture(int warehouses = 1, int pendingAdjustments = 0)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            qFatal("no temporary directory");
        auto s = store::DeviceStore::open(dir.filePath(QStringLiteral("device.db")), clock);
        if (!s)
            qFatal("open: %s", qPrintable(s.error().message));
        store = std::move(s).value();
        demo::DemoOptions o;
        o.warehouses = warehouses;
        o.products = 200;
        o.binsPerWarehouse = 240;
        o.receipts = 8;
        o.picks = 30;
        o.countTasks = 4;
        o.pinIterations = 10;
        o.deviceStore = true;
        o.pendingAdjustments = pendingAdjustments;
        if (auto sum = demo::generateDemo(store->db(), o); !sum)
            qFatal("demo: %s", qPrintable(sum.error().message));
        // The site confirms a line only by Confirm: these tests drive Confirm themselves. The default (a
        // line filled by scans confirms itself) is tests/ui/tst_ui_typed.cpp's, which sets it back.
        if (auto off = store->db().exec("UPDATE warehouse SET auto_confirm = 0"); !off)
            qFatal("site: %s", qPrintable(off.error().message));
        app = std::make_unique<ui::HandheldApp>(*store, clock);
        app->feedback()->setSoundEnabled(false);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {app->summary(), app->tasks(),
                 app->exceptions(), app->pick()->lines(), app->pick()->reasons(), app->receive()->lines(),
                 app->putaway()->reasons(), app->count()->lines(), app->count()->items(), app->console()->adjustments(),
                 app->console()->adjustmentTable(), app->console()->exceptions(), app->console()->exceptionList(),
                 app->console()->reasons()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    // Signs in with the demo PIN (the supervisor of warehouse 1 has every role).
    bool signIn(const QString &badge = QStringLiteral("U108"))
    {
        app->setActiveFlow(QStringLiteral("signin"));
        app->scan(badge);
        return app->signIn()->enterPin(QStringLiteral("1234")) && app->session()->signedIn();
    }

    qint64 queryInt(const QString &sql, std::initializer_list<qint64> args = {})
    {
        const QByteArray utf8 = sql.toUtf8();
        auto st = store->db().prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        int i = 1;
        for (qint64 a : args)
            st->bind(i++, a);
        auto row = st->step();
        return row.ok() && *row ? st->int64(0) : -1;
    }
    QString queryText(const QString &sql, std::initializer_list<qint64> args = {})
    {
        const QByteArray utf8 = sql.toUtf8();
        auto st = store->db().prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        int i = 1;
        for (qint64 a : args)
            st->bind(i++, a);
        auto row = st->step();
        return row.ok() && *row ? st->text(0) : QString();
    }

    // What the sync engine does when the server rejects an operation: the outbox entry is rejected and
    // the device's exceptions inbox holds it (at the operation's local time).
    bool reject(qint64 seq, const QString &code, const QString &message)
    {
        return store->db()
            .exec(QStringLiteral("UPDATE outbox SET state = 'rejected', effect_active = 0, error_code = '%2', "
                                 "error_message = '%3' WHERE seq = %1; INSERT INTO device_exception (op_seq, code, "
                                 "message, created_local) SELECT seq, error_code, error_message, local_time FROM "
                                 "outbox WHERE seq = %1;")
                      .arg(seq)
                      .arg(code, message)
                      .toStdString())
            .ok();
    }

    QString locationBarcode(qint64 id)
    {
        return queryText(QStringLiteral("SELECT barcode FROM location WHERE id = ?1"), {id});
    }
    // The unit barcode as printed (EAN-13 or UPC-A, from its GTIN-14 normal form).
    QString unitBarcode(qint64 productId)
    {
        QString gtin14
            = queryText(QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'unit'"),
                {productId});
        while (gtin14.size() > 12 && gtin14.startsWith(u'0'))
            gtin14.remove(0, 1);
        return gtin14;
    }
    QString caseBarcode(qint64 productId)
    {
        return queryText(
            QStringLiteral("SELECT code FROM product_barcode WHERE product_id = ?1 AND packaging = 'case'"),
            {productId});
    }
    Milli caseQty(qint64 productId)
    {
        return queryInt(QStringLiteral("SELECT qty FROM product_barcode WHERE product_id = ?1 AND packaging = 'case'"),
            {productId});
    }
    Milli lineDone(qint64 lineId)
    {
        return queryInt(QStringLiteral("SELECT qty_done_view FROM transfer_line_view WHERE id = ?1"), {lineId});
    }
    Milli onHand(qint64 location, qint64 product, qint64 lot = 0, qint64 package = 0)
    {
        auto q = store->quantOnHand(location, product, lot, package);
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        return q.value();
    }
    QList<Operation> ops()
    {
        auto all = store->outbox().operations(std::nullopt);
        if (!all)
            qFatal("%s", qPrintable(all.error().message));
        return *all;
    }
    int errorsHeard() const { return app->feedback()->soundsPlayed(ui::Feedback::Error); }

    ManualClock clock;
    QTemporaryDir dir;
    std::unique_ptr<store::DeviceStore> store;
    std::unique_ptr<ui::HandheldApp> app;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// The payload without the fields a test does not pin down.
inline QJsonObject without(QJsonObject o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        o.remove(QLatin1String(k));
    return o;
}

} // namespace uitest
