// Home: task counts by kind, the sync bar's numbers, the exceptions inbox with advice, and the language
// switched at runtime.
#include "ops/kinds.h"
#include "uifixture.h"

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
        QCOMPARE(ex->value(1, "advice").toString(), QStringLiteral("Show this to a supervisor."));
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
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_ui_home.moc"
