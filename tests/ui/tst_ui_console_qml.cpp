// The supervisor console's real QML under the offscreen platform: sign-in with badge and PIN, the table
// filled and sorted by a header click, a row checked with its box, the approval confirmed in the dialog
// (nothing recorded before its button), the exceptions page reached from the navigation.
#include "ops/adjustment.h"
#include "ops/kinds.h"
#include "qmlhelpers.h"
#include "qmlshell.h"
#include "uifixture.h"

#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

using namespace stockhand;
using namespace uitest;

class TestConsoleQml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInDecideAndNavigate()
    {
        UiFixture f(1, 30);
        f.app->setProfile(QStringLiteral("desktop"));
        QQmlApplicationEngine engine;
        ui::setUpEngine(engine, *f.app);
        engine.load(ui::consoleQmlUrl());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->width(), 1280);
        QCOMPARE(window->height(), 800);
        QTRY_VERIFY(visibleItem(window, QStringLiteral("consoleSignIn")));

        // A counter is refused on screen; the supervisor gets in.
        find(window, QStringLiteral("consoleBadge"))->setProperty("text", QStringLiteral("U106"));
        find(window, QStringLiteral("consolePin"))->setProperty("text", QStringLiteral("1234"));
        click(window, find(window, QStringLiteral("consoleSignInButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("consoleSignInMessage")));
        QVERIFY(text(window, QStringLiteral("consoleSignInMessage")).contains(QStringLiteral("not a supervisor")));
        QVERIFY(!f.app->session()->signedIn());
        find(window, QStringLiteral("consoleBadge"))->setProperty("text", QStringLiteral("U108"));
        find(window, QStringLiteral("consolePin"))->setProperty("text", QStringLiteral("1234"));
        click(window, find(window, QStringLiteral("consoleSignInButton")));
        QTRY_VERIFY(f.app->session()->signedIn());
        QTRY_VERIFY(visibleItem(window, QStringLiteral("adjustmentsTable")));
        QQuickItem *table = find(window, QStringLiteral("adjustmentsTable"));
        QTRY_COMPARE(table->property("rows").toInt(), 30);
        QCOMPARE(table->property("columns").toInt(), int(ui::AdjustmentTableModel::ColumnCount));
        QVERIFY(text(window, QStringLiteral("varianceNote")).contains(QStringLiteral("do not change the variance")));

        // A header click sorts by its column (Variance: after the check box, location, product, lot, book,
        // counted columns).
        QQuickItem *header = find(window, QStringLiteral("adjustmentsHeader"));
        QVERIFY(header);
        const QPointF varianceHeader = header->mapToScene(QPointF(24 + 130 + 196 + 92 + 50 + 62 + 33, 20));
        QTest::mouseClick(window, Qt::LeftButton, {}, varianceHeader.toPoint());
        QTRY_COMPARE(f.app->console()->adjustments()->sortColumn(), int(ui::AdjustmentTableModel::Variance));

        // The first row's box checks it; Approve opens the confirmation, which records only on its button.
        const QPointF box = table->mapToScene(QPointF(12, 14));
        QTest::mouseClick(window, Qt::LeftButton, {}, box.toPoint());
        QTRY_COMPARE(f.app->console()->adjustmentTable()->checkedCount(), 1);
        const qint64 id = f.app->console()->adjustments()->adjustmentId(0);
        click(window, find(window, QStringLiteral("approveButton")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("decisionConfirm")));
        QVERIFY(text(window, QStringLiteral("decisionText")).startsWith(QStringLiteral("Approve 1 count adjustment")));
        QVERIFY(!find(window, QStringLiteral("decisionConfirm"))->isEnabled()); // no reason yet
        QVERIFY(text(window, QStringLiteral("decisionProblem")).contains(QStringLiteral("needs one")));
        QCOMPARE(f.ops().size(), 0);
        find(window, QStringLiteral("decisionReason"))->setProperty("currentIndex", 0); // Damaged
        QTRY_VERIFY(find(window, QStringLiteral("decisionConfirm"))->isEnabled());
        QVERIFY(text(window, QStringLiteral("decisionText")).contains(QStringLiteral("“Damaged”")));
        click(window, find(window, QStringLiteral("decisionConfirm")));
        QTRY_COMPARE(f.ops().size(), 1);
        QCOMPARE(f.ops().front().kind, ops::kindName(ops::Kind::ApproveAdjustment));
        QCOMPARE(ops::ApproveAdjustment::parse(f.ops().front().payload)->adjustmentId, id);
        QTRY_VERIFY(text(window, QStringLiteral("consoleMessage")).contains(QStringLiteral("approval(s) saved")));

        // The exceptions page from the navigation.
        click(window, find(window, QStringLiteral("navExceptions")));
        QTRY_VERIFY(visibleItem(window, QStringLiteral("consoleExceptionList")));
        QVERIFY(!visibleItem(window, QStringLiteral("adjustmentsTable")));
    }
};

QTEST_MAIN(TestConsoleQml)
#include "tst_ui_console_qml.moc"
