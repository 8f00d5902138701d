// Sign-in on a shared device: badge then PIN, offline against the store; user switch refused while the
// user's operations are pending.
#include "ops/kinds.h"
#include "uifixture.h"

using namespace stockhand;
using uitest::UiFixture;

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeThenPin()
    {
        UiFixture f;
        auto *flow = f.app->signIn();
        f.app->setActiveFlow(QStringLiteral("signin"));
        QCOMPARE(flow->step(), int(ui::SignInFlow::Badge));

        f.app->scan(f.unitBarcode(1)); // a product is not a badge
        QCOMPARE(flow->step(), int(ui::SignInFlow::Badge));
        QCOMPARE(flow->messageLevel(), ui::Feedback::Error);
        QCOMPARE(f.errorsHeard(), 1);

        f.app->scan(QStringLiteral("U101"));
        QCOMPARE(flow->step(), int(ui::SignInFlow::Pin));
        QCOMPARE(flow->candidateName(), QStringLiteral("Picker 1 (WH1)"));

        QVERIFY(!flow->enterPin(QStringLiteral("9999")));
        QVERIFY(!f.app->session()->signedIn());
        QCOMPARE(f.errorsHeard(), 2);
        QCOMPARE(flow->step(), int(ui::SignInFlow::Pin)); // may try again

        QSignalSpy signedIn(flow, &ui::SignInFlow::signedIn);
        QVERIFY(flow->enterPin(QStringLiteral("1234")));
        QCOMPARE(signedIn.size(), 1);
        QVERIFY(f.app->session()->signedIn());
        QCOMPARE(f.app->session()->userId(), 1);
        QCOMPARE(f.app->session()->warehouseId(), 1);
        QVERIFY(f.app->session()->hasRole(QStringLiteral("picker")));
        QVERIFY(!f.app->session()->hasRole(QStringLiteral("counter")));
        QCOMPARE(flow->step(), int(ui::SignInFlow::Badge)); // ready for the next user
    }

    void emptyDeviceSaysWhy()
    {
        UiFixture f;
        QVERIFY(f.app->hasUsers());
        ManualClock clock;
        QTemporaryDir dir;
        auto empty = store::DeviceStore::open(dir.filePath(QStringLiteral("empty.db")), clock);
        QVERIFY(empty.ok());
        f.app.reset();
        ui::HandheldApp app(**empty, clock);
        QVERIFY(!app.hasUsers());
    }

    void inactiveBadgeRefused()
    {
        UiFixture f;
        QCOMPARE(f.queryInt(QStringLiteral("UPDATE app_user SET active = 0 WHERE id = 2 RETURNING id")), 2);
        f.app->setActiveFlow(QStringLiteral("signin"));
        f.app->scan(QStringLiteral("U102"));
        QCOMPARE(f.app->signIn()->step(), int(ui::SignInFlow::Badge));
        QVERIFY(f.app->signIn()->message().contains(QStringLiteral("not active")));
    }

    void warehouseFromDeviceMeta()
    {
        UiFixture f(2);
        QVERIFY(f.store->meta().set(store::MetaKey::WarehouseId, QStringLiteral("2")).ok());
        QVERIFY(f.signIn(QStringLiteral("U101"))); // a WH1 user on a WH2 device
        QCOMPARE(f.app->session()->warehouseId(), 2);
    }

    void switchUserRefusedWhilePending()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U101")));
        auto op = f.store->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer),
            QJsonObject {{QStringLiteral("transfer_id"), 9}, {QStringLiteral("mode"), QStringLiteral("backorder")}},
            1});
        QVERIFY(op.ok());
        QSignalSpy changed(f.app->session(), &ui::Session::changed);
        QVERIFY(!f.app->session()->signOut());
        QVERIFY(f.app->session()->signedIn());
        QVERIFY(f.app->session()->lastError().contains(QStringLiteral("not sent yet")));
        QCOMPARE(changed.size(), 0);

        // Another user's pending operation does not hold this one back.
        QVERIFY(f.store->db().exec("UPDATE outbox SET state = 'applied'").ok());
        QVERIFY(f.store->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer), {}, 5}).ok());
        QVERIFY(f.app->session()->signOut());
        QVERIFY(!f.app->session()->signedIn());
        QCOMPARE(changed.size(), 1);
    }

    // The refused switch: "Sync now" (the sync bar's) or a supervisor's release with badge + PIN, offline.
    // A released user's unsent operations stay theirs.
    void supervisorReleasesARefusedSwitch()
    {
        UiFixture f;
        QVERIFY(f.signIn(QStringLiteral("U101")));
        const qint64 picker = f.app->session()->userId();
        auto op = f.store->record(OperationDraft {ops::kindName(ops::Kind::ValidateTransfer),
            QJsonObject {{QStringLiteral("transfer_id"), 9}, {QStringLiteral("mode"), QStringLiteral("backorder")}},
            picker});
        QVERIFY(op.ok());
        auto *session = f.app->session();
        QVERIFY(!session->releaseBySupervisor(QStringLiteral("U108"), QStringLiteral("1234"))); // nothing refused yet
        QVERIFY(!session->signOut());
        QVERIFY(session->signOutBlocked());
        QVERIFY(session->lastError().contains(QStringLiteral("Sync now")));

        // Not a supervisor; a wrong PIN; an unknown badge: refused, still signed in.
        QVERIFY(!session->releaseBySupervisor(QStringLiteral("U102"), QStringLiteral("1234")));
        QVERIFY(session->lastError().contains(QStringLiteral("not a supervisor")));
        QVERIFY(!session->releaseBySupervisor(QStringLiteral("U108"), QStringLiteral("9999")));
        QVERIFY(session->lastError().contains(QStringLiteral("Wrong PIN")));
        QVERIFY(!session->releaseBySupervisor(QStringLiteral("NOBODY"), QStringLiteral("1234")));
        QVERIFY(session->signedIn());
        QVERIFY(session->signOutBlocked());

        // Dismissed: the refusal goes; asked again: back.
        session->dismissError();
        QVERIFY(!session->signOutBlocked());
        QVERIFY(session->lastError().isEmpty());
        QVERIFY(!session->signOut());

        QSignalSpy changed(session, &ui::Session::changed);
        QVERIFY(session->releaseBySupervisor(QStringLiteral("U108"), QStringLiteral("1234")));
        QVERIFY(!session->signedIn());
        QVERIFY(!session->signOutBlocked());
        QCOMPARE(changed.size(), 1);
        // The operation is still waiting, as the picker's.
        const auto pending = f.store->outbox().operations(OpState::Pending);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().userId, picker);
        QCOMPARE(pending->first().uuid, op->uuid);
    }

    // Each user's language is remembered on the device and comes back at their sign-in; a user without a
    // choice keeps what is on screen (and it is remembered for them).
    void languageRememberedPerUser()
    {
        UiFixture f;
        auto *lang = f.app->language();
        QVERIFY(f.signIn(QStringLiteral("U101")));
        const qint64 u101 = f.app->session()->userId();
        QCOMPARE(lang->language(), QStringLiteral("en"));
        QVERIFY(lang->setLanguage(QStringLiteral("de")));
        QVERIFY(f.app->session()->signOut());
        QVERIFY(lang->setLanguage(QStringLiteral("en"))); // on the sign-in page, nobody's choice
        QVERIFY(f.signIn(QStringLiteral("U108")));
        QCOMPARE(lang->language(), QStringLiteral("en"));
        QVERIFY(f.app->session()->signOut());
        QVERIFY(f.signIn(QStringLiteral("U101")));
        QCOMPARE(lang->language(), QStringLiteral("de"));
        QCOMPARE(ui::Language::current(), QStringLiteral("de"));
        QVERIFY(f.app->session()->signOut());
        QVERIFY(f.signIn(QStringLiteral("U108")));
        QCOMPARE(lang->language(), QStringLiteral("en"));

        // Kept on the device: a new app on the same store knows it.
        f.app.reset();
        f.app = std::make_unique<ui::HandheldApp>(*f.store, f.clock);
        f.app->feedback()->setSoundEnabled(false);
        QCOMPARE(f.app->language()->rememberedFor(u101), QStringLiteral("de"));
        QVERIFY(f.signIn(QStringLiteral("U101")));
        QCOMPARE(f.app->language()->language(), QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_ui_signin.moc"
