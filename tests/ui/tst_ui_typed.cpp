// Typed codes in the flows (issue 19): the location name and the SKU the screen shows complete a pick;
// the site's auto-confirm setting in pick and receive (both ways); a code that means several things is
// chosen by the worker; a US-layout wedge scanner on a German keyboard; the as-you-type matches; the
// lookup flow ("what is here?").
#include "uifixture.h"

using namespace stockhand;
using namespace Qt::StringLiterals;
using uitest::UiFixture;
using PickStep = ui::PickFlow::Step;

namespace {

// An untracked pick line of warehouse 1 with a small quantity (typed SKUs add one unit each).
qint64 smallPickLine(UiFixture &f)
{
    return f.queryInt(QStringLiteral(
        "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
        "l.product_id WHERE t.kind = 'pick' AND t.warehouse_id = 1 AND p.tracking = 'none' AND l.qty_expected "
        "BETWEEN 2000 AND 4000 ORDER BY l.id LIMIT 1"));
}

// The site's default (uifixture.h turns it off for the tests that drive Confirm).
void autoConfirmSite(UiFixture &f, bool on = true)
{
    QVERIFY(f.store->db()
                .exec(on ? "UPDATE warehouse SET auto_confirm = 1" : "UPDATE warehouse SET auto_confirm = 0")
                .ok());
}

// Starts the pick of `lineId` with that line current.
bool openLine(UiFixture &f, qint64 lineId)
{
    auto *pick = f.app->pick();
    f.app->setActiveFlow(QStringLiteral("pick"));
    if (!pick->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {lineId})))
        return false;
    for (int guard = 0; pick->current().lineId != lineId && guard < 40; ++guard)
        pick->skip();
    return pick->current().lineId == lineId;
}

} // namespace

class TestTyped : public QObject
{
    Q_OBJECT

    // Types the location name and the SKU as the screen shows them (lower case, with a stray space), one
    // SKU per unit. Returns the line's expected units.
    int typeLine(UiFixture &f, qint64 lineId)
    {
        auto *pick = f.app->pick();
        const int units
            = int(f.queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {lineId}) / 1000);
        const QString location = pick->current().location;
        const QString sku = pick->current().sku;
        f.app->scan(u' ' + location.toLower());
        if (pick->step() != int(PickStep::Product))
            qWarning("location %s: %s", qPrintable(location), qPrintable(pick->message()));
        for (int i = 0; i < units - 1; ++i)
            f.app->scan(sku.toLower() + u'\t');
        return units;
    }

private Q_SLOTS:
    void typedNameAndSkuCompleteAPickByThemselves()
    {
        UiFixture f;
        autoConfirmSite(f);
        QVERIFY(f.signIn());
        const qint64 line = smallPickLine(f);
        QVERIFY(line > 0);
        QVERIFY(openLine(f, line));
        auto *pick = f.app->pick();
        QVERIFY(!pick->current().location.startsWith(u"WH1-"_s)); // the screen shows the name, not the barcode
        const int units = typeLine(f, line);
        QCOMPARE(pick->step(), int(PickStep::Quantity));
        QVERIFY(f.ops().isEmpty());
        const QString sku = pick->current().sku;
        QSignalSpy recorded(pick, &ui::FlowBase::recorded);
        f.app->scan(sku); // the last unit fills the line: confirmed by itself (the default)
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(f.lineDone(line), units * 1000);
        QVERIFY(pick->current().lineId != line);
        QCOMPARE(f.errorsHeard(), 0);
    }

    void confirmOnlySiteWaitsForConfirm()
    {
        UiFixture f;
        autoConfirmSite(f, false);
        QVERIFY(f.signIn());
        const qint64 line = smallPickLine(f);
        QVERIFY(openLine(f, line));
        auto *pick = f.app->pick();
        const int units = typeLine(f, line);
        f.app->scan(pick->current().sku);
        QCOMPARE(pick->quantity(), QString::number(units));
        QCOMPARE(pick->step(), int(PickStep::Quantity));
        QVERIFY(f.ops().isEmpty()); // filled, not confirmed
        QCOMPARE(pick->current().lineId, line);
        QVERIFY(pick->confirmQuantity());
        QCOMPARE(f.ops().size(), 1);
        QCOMPARE(f.lineDone(line), units * 1000);
    }

    void receiveConfirmsWhenScansFillTheLine_data()
    {
        QTest::addColumn<bool>("autoConfirm");
        QTest::newRow("auto-confirm (default)") << true;
        QTest::newRow("confirm only") << false;
    }

    void receiveConfirmsWhenScansFillTheLine()
    {
        QFETCH(bool, autoConfirm);
        UiFixture f;
        autoConfirmSite(f, autoConfirm);
        QVERIFY(f.signIn());
        const qint64 line = f.queryInt(QStringLiteral(
            "SELECT l.id FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id JOIN product p ON p.id = "
            "l.product_id WHERE t.kind = 'receipt' AND t.warehouse_id = 1 AND p.tracking = 'none' AND "
            "l.qty_done = 0 ORDER BY l.id LIMIT 1"));
        QVERIFY(line > 0);
        QVERIFY(
            f.store->db().exec("UPDATE transfer_line SET qty_expected = 3000 WHERE id = " + std::to_string(line)).ok());
        const int units
            = int(f.queryInt(QStringLiteral("SELECT qty_expected FROM transfer_line WHERE id = ?1"), {line}) / 1000);
        const QString sku = f.queryText(
            QStringLiteral("SELECT p.sku FROM transfer_line l JOIN product p ON p.id = l.product_id WHERE l.id = ?1"),
            {line});
        auto *rcv = f.app->receive();
        f.app->setActiveFlow(QStringLiteral("receive"));
        QVERIFY(rcv->start(f.queryInt(QStringLiteral("SELECT transfer_id FROM transfer_line WHERE id = ?1"), {line})));
        for (int i = 0; i < units; ++i)
            f.app->scan(sku.toLower());
        if (autoConfirm) {
            QCOMPARE(f.ops().size(), 1);
            QCOMPARE(f.lineDone(line), units * 1000);
        } else {
            QVERIFY(f.ops().isEmpty());
            QCOMPARE(rcv->quantity(), QString::number(units));
            QVERIFY(rcv->confirmQuantity());
            QCOMPARE(f.ops().size(), 1);
            QCOMPARE(f.lineDone(line), units * 1000);
        }
    }

    void usLayoutWedgeOnGermanKeyboard()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        const qint64 line = smallPickLine(f);
        QVERIFY(openLine(f, line));
        auto *pick = f.app->pick();
        const qint64 from
            = f.queryInt(QStringLiteral("SELECT from_location_id FROM transfer_line WHERE id = ?1"), {line});
        const QString received = f.locationBarcode(from).replace(u'-', u'ß');
        f.app->scan(received); // typed by a person: ß is ß
        QCOMPARE(pick->step(), int(PickStep::Location));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Error);
        f.app->wedgeScan(u"NOPEß42"_s); // a scanner, unknown even read back: the cause and the fix
        QVERIFY2(pick->message().contains(u"keyboard layout"_s), qPrintable(pick->message()));
        f.app->wedgeScan(received); // a scanner: read back through its layout
        QCOMPARE(pick->step(), int(PickStep::Product));
        QCOMPARE(pick->messageLevel(), ui::Feedback::Ok);
    }

    void severalMeaningsTheWorkerChooses()
    {
        UiFixture f;
        QVERIFY(f.store->db()
                    .exec("INSERT INTO location (id, warehouse_id, barcode, name, type) VALUES "
                          "(99001, 1, 'WH1-DOCK-7', 'DOCK-7', 'bin');"
                          "INSERT INTO lot (id, product_id, name) VALUES (99001, 1, 'DOCK-7');")
                    .ok());
        QVERIFY(f.signIn());
        auto *lookup = f.app->lookup();
        f.app->setActiveFlow(QStringLiteral("lookup"));
        QSignalSpy choicesChanged(lookup, &ui::FlowBase::choicesChanged);
        f.app->scan(u"dock-7"_s);
        QCOMPARE(lookup->messageLevel(), ui::Feedback::Warning);
        QCOMPARE(lookup->choices().size(), 2);
        QCOMPARE(lookup->kind(), QString()); // nothing decided
        int locationRow = -1;
        for (int i = 0; i < lookup->choices().size(); ++i) {
            if (lookup->choices().at(i).toMap().value(u"kind"_s) == u"location"_s)
                locationRow = i;
        }
        QVERIFY(locationRow >= 0);
        lookup->choose(locationRow);
        QCOMPARE(lookup->kind(), u"location"_s);
        QVERIFY(lookup->choices().isEmpty());
        QCOMPARE(choicesChanged.size(), 2);
        // In a pick's location step the expectation decides: no choice offered.
        const qint64 line = smallPickLine(f);
        QVERIFY(openLine(f, line));
        f.app->scan(u"dock-7"_s);
        QVERIFY(f.app->pick()->choices().isEmpty());
        QCOMPARE(f.app->pick()->messageLevel(), ui::Feedback::Error); // the wrong location, by its name
        QVERIFY(f.app->pick()->message().contains(u"DOCK-7"_s));
    }

    void matchesAsYouType()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *m = f.app->matches();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->setText(u"a01-02"_s);
        QCOMPARE(m->count(), 8);
        for (int i = 0; i < m->count(); ++i) {
            QCOMPARE(m->value(i, "kind").toString(), u"location"_s);
            QVERIFY(m->code(i).startsWith(u"A01-02-"_s));
        }
        m->setText(u"a"_s);
        QCOMPARE(m->count(), 0);
        const QString sku = f.queryText(QStringLiteral("SELECT sku FROM product ORDER BY id LIMIT 1 OFFSET 42"));
        m->setText(sku.toLower());
        QCOMPARE(m->count(), 1);
        QCOMPARE(m->code(0), sku);
    }

    void lookupWhatIsHere()
    {
        UiFixture f;
        QVERIFY(f.signIn());
        auto *lookup = f.app->lookup();
        f.app->setActiveFlow(QStringLiteral("lookup"));
        QAbstractItemModelTester tester(lookup->places(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 location = f.queryInt(QStringLiteral(
            "SELECT q.location_id FROM quant q JOIN location l ON l.id = q.location_id WHERE l.warehouse_id = 1 "
            "AND l.type = 'bin' GROUP BY q.location_id ORDER BY count(*) DESC, q.location_id LIMIT 1"));
        const qint64 rows
            = f.queryInt(QStringLiteral("SELECT count(*) FROM quant WHERE location_id = ?1 AND qty > 0"), {location});
        f.app->scan(f.queryText(QStringLiteral("SELECT name FROM location WHERE id = ?1"), {location}));
        QCOMPARE(lookup->kind(), u"location"_s);
        QCOMPARE(lookup->places()->count(), int(rows));
        const QString product = f.queryText(
            QStringLiteral("SELECT p.sku FROM quant q JOIN product p ON p.id = q.product_id WHERE q.location_id = ?1 "
                           "ORDER BY q.product_id LIMIT 1"),
            {location});
        f.app->scan(product);
        QCOMPARE(lookup->kind(), u"product"_s);
        QVERIFY(lookup->places()->count() >= 1);
        bool here = false;
        const QString name = f.queryText(QStringLiteral("SELECT name FROM location WHERE id = ?1"), {location});
        for (int i = 0; i < lookup->places()->count(); ++i)
            here = here || lookup->places()->value(i, "location").toString() == name;
        QVERIFY(here);
        QCOMPARE(lookup->messageLevel(), ui::Feedback::Ok);
        QVERIFY(f.ops().isEmpty()); // a lookup records nothing
    }
};

QTEST_MAIN(TestTyped)
#include "tst_ui_typed.moc"
