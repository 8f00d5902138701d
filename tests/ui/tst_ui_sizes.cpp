// Gloves and arm's length: the screenshot tour walks every handheld screen a worker touches in every
// state it reaches (sign-in with badge and PIN pad, home, the task lists with "Resume", pick, receive,
// putaway, count and their dialogs, exceptions of each kind for a picker and a supervisor, "What is here?",
// the camera page, the scan field with its match list open, the sync bar's states, the refused user
// switch, German) on the real window, at 480x800 (the reference handheld, 8 px/mm) and at 320x533
// logical with the density of a 4" WVGA Android (6.12 px/mm). On each screen every tappable item
// (MouseArea, button, text field, TapHandler) must be at least 9 mm in both directions, and every text a
// worker reads at least 2.5 mm high (20 px at 480x800). Text marked `secondaryText: true` is allowed
// smaller (docs/ui.md lists the few). A target pushed off a short screen or cut off by a clipping page
// fails too (in a list it is scrolled into view instead). The step header's instruction, value and quantity must show
// whole: neither elided nor cut off by the header's fixed height (German is longer).
#include "qmlshell.h"
#include "screenshottour.h"

#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(StockhandHandheldPlugin)

namespace {

// The nearest named item (or popup) an item belongs to, for the report.
QString ownerOf(QQuickItem *item)
{
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (!i->objectName().isEmpty())
            return i->objectName();
        if (QObject *p = i->parent(); p && !p->objectName().isEmpty() && !p->inherits("QQuickItem"))
            return p->objectName();
    }
    return QStringLiteral("window");
}

bool shown(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return item->width() > 0 && item->height() > 0;
}

bool tappable(QQuickItem *item)
{
    if (!item->isEnabled())
        return false;
    if (item->inherits("QQuickMouseArea") || item->inherits("QQuickAbstractButton")
        || item->inherits("QQuickTextInput"))
        return true;
    for (QObject *child : item->children()) {
        if (child->inherits("QQuickTapHandler"))
            return true;
    }
    return false;
}

// The part of an item not cut off by a clipping ancestor or the window (in scene coordinates); the whole
// item inside a list or other flickable, which scrolls it into view.
QRectF visiblePart(QQuickItem *item)
{
    QRectF part = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickFlickable"))
            return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (i->clip() || !i->parentItem())
            part = part.intersected(i->mapRectToScene(QRectF(0, 0, i->width(), i->height())));
    }
    return part;
}

// The step header's texts that must show whole (the detail below the value may end in "…").
const QStringList kWhole {QStringLiteral("stepInstruction"), QStringLiteral("stepValue"),
    QStringLiteral("stepQuantity"), QStringLiteral("stepQuantityLabel")};

QQuickItem *stepHeaderOf(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->objectName() == u"stepHeader" || i->objectName() == u"lookupStep")
            return i;
    }
    return nullptr;
}

struct Walk
{
    double mm = 8;
    QStringList problems;
    int tappables = 0, texts = 0;

    int wholeTexts = 0;

    void item(QQuickItem *it, const QString &screen)
    {
        if (!shown(it))
            return;
        const QString where
            = QStringLiteral("%1 %2 %3 '%4'")
                  .arg(screen, ownerOf(it), QString::fromLatin1(it->metaObject()->className()),
                      it->objectName().isEmpty() ? it->property("text").toString().left(30) : it->objectName());
        const double touch = std::floor(9 * mm);
        if (tappable(it)) {
            ++tappables;
            if (it->width() < touch || it->height() < touch)
                problems.append(QStringLiteral("%1: %2x%3 < %4 px (9 mm)")
                                    .arg(where)
                                    .arg(it->width())
                                    .arg(it->height())
                                    .arg(touch));
            // Pushed off a short screen or under a clipping page: what is left must still be a target.
            const QRectF part = visiblePart(it);
            if (part.width() < std::min(touch, it->width()) || part.height() < std::min(touch, it->height()))
                problems.append(QStringLiteral("%1: cut off, %2x%3 of %4x%5 in view")
                                    .arg(where)
                                    .arg(part.width())
                                    .arg(part.height())
                                    .arg(it->width())
                                    .arg(it->height()));
        }
        if (it->inherits("QQuickText") && !it->property("text").toString().isEmpty()
            && !it->property("secondaryText").toBool()) {
            ++texts;
            const int size = it->property("font").value<QFont>().pixelSize();
            if (size < std::floor(2.5 * mm))
                problems.append(QStringLiteral("%1: text %2 px < 2.5 mm").arg(where).arg(size));
        }
        if (kWhole.contains(it->objectName()) && !it->property("text").toString().isEmpty())
            whole(it, where);
        for (QQuickItem *child : it->childItems())
            item(child, screen);
    }

    // Neither elided (Text.truncated: elide or maximumLineCount cut it, or fontSizeMode could not fit it)
    // nor below the bottom of the step header, whose height is fixed.
    void whole(QQuickItem *text, const QString &where)
    {
        ++wholeTexts;
        if (text->property("truncated").toBool())
            problems.append(QStringLiteral("%1: elided '%2'").arg(where, text->property("text").toString()));
        const double contentWidth = text->property("contentWidth").toDouble();
        const double contentHeight = text->property("contentHeight").toDouble();
        if (contentWidth > text->width() + 1 || contentHeight > text->height() + 1)
            problems.append(QStringLiteral("%1: %2x%3 of text in %4x%5")
                                .arg(where)
                                .arg(contentWidth)
                                .arg(contentHeight)
                                .arg(text->width())
                                .arg(text->height()));
        if (QQuickItem *header = stepHeaderOf(text)) {
            const QRectF box = text->mapRectToItem(header, QRectF(0, 0, text->width(), text->height()));
            if (box.left() < -0.5 || box.top() < -0.5 || box.right() > header->width() + 0.5
                || box.bottom() > header->height() + 0.5)
                problems.append(QStringLiteral("%1: cut off by the step header (%2,%3 %4x%5 in %6x%7)")
                                    .arg(where)
                                    .arg(box.x())
                                    .arg(box.y())
                                    .arg(box.width())
                                    .arg(box.height())
                                    .arg(header->width())
                                    .arg(header->height()));
        }
    }
};

} // namespace

class TestSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHandheldScreen_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("mm");
        QTest::newRow("480x800 reference") << 480 << 800 << 8.0;
        QTest::newRow("320x533 4-inch WVGA Android") << 320 << 533 << 6.12;
    }

    void everyHandheldScreen()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, mm);
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        stockhand::ui::setUpEngine(engine, *f.app);
        engine.load(stockhand::ui::mainQmlUrl());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        window->resize(width, height);
        QQmlProperty::write(window, QStringLiteral("pixelsPerMm"), mm); // replaces the desktop rule's binding
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(window->contentItem()->width(), qreal(width));
        QCOMPARE(window->property("pixelsPerMm").toDouble(), mm);

        Walk walk;
        walk.mm = mm;
        QStringList screens;
        QTemporaryDir dir;
        const QStringList files
            = uitest::takeScreenshots(f, *window, dir.path(), [&](QQuickWindow &w, const QString &screen) {
                  screens.append(screen);
                  walk.item(w.contentItem(), screen);
              });
        for (const QString &file : files)
            QVERIFY2(!file.startsWith(u"error:"), qPrintable(file));
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        QVERIFY2(screens.size() >= 57, qPrintable(QString::number(screens.size())));
        for (const char *screen :
            {"signin-badge", "signin-pin", "home", "pick-list", "receive-list", "count-list", "pick-list-resume-batch",
                "exceptions", "exceptions-picker", "lookup-location", "exceptions-lookup-product", "camera-none",
                "scan-matches", "sync-failed", "pick-wrong-scan-de", "pick-wrong-location-de"})
            QVERIFY2(screens.contains(QString::fromLatin1(screen)), screen);
        QVERIFY2(walk.tappables > 600, qPrintable(QString::number(walk.tappables))); // the walk saw the pads
        QVERIFY2(walk.texts > 900, qPrintable(QString::number(walk.texts)));
        QVERIFY2(walk.wholeTexts > 100, qPrintable(QString::number(walk.wholeTexts)));
    }

    // The check itself fails on a small target and on small text (it is not vacuous).
    void theCheckFails()
    {
        uitest::UiFixture f;
        QQmlApplicationEngine engine;
        engine.loadData(R"(
            import QtQuick
            Item {
                objectName: "pickPage"
                width: 480; height: 800
                MouseArea { width: 56; height: 56 }
                Item {
                    y: 700; width: 480; height: 100; clip: true
                    MouseArea { y: 60; width: 100; height: 80 }
                }
                Text { text: "small"; font.pixelSize: 16 }
                Text { text: "detail"; font.pixelSize: 16; property bool secondaryText: true }
            })");
        auto *root = qobject_cast<QQuickItem *>(engine.rootObjects().value(0));
        QVERIFY(root);
        Walk walk;
        walk.item(root, QStringLiteral("synthetic"));
        QCOMPARE(walk.problems.size(), 3);
        QVERIFY(walk.problems[0].contains(QStringLiteral("56x56 < 72 px")));
        QVERIFY2(walk.problems[1].contains(QStringLiteral("cut off, 100x40 of 100x80")), qPrintable(walk.problems[1]));
        QVERIFY(walk.problems[2].contains(QStringLiteral("text 16 px")));
    }

    // The step header check fails on an elided instruction and on one cut off by the header's height.
    void theWholeTextCheckFails()
    {
        QQmlApplicationEngine engine;
        engine.loadData(R"(
            import QtQuick
            Item {
                width: 480; height: 800
                Rectangle {
                    objectName: "stepHeader"
                    width: 200; height: 60
                    Text {
                        objectName: "stepInstruction"
                        width: 200
                        text: "✕ FALSCHER SCAN · SCANNEN SIE DEN LAGERPLATZ"
                        font.pixelSize: 20
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "stepValue"
                        y: 40; width: 200; height: 40
                        text: "A01"
                        font.pixelSize: 30
                    }
                    Text {
                        objectName: "stepQuantity"
                        y: 0; width: 200
                        text: "3 pc"
                        font.pixelSize: 20
                    }
                }
            })");
        auto *root = qobject_cast<QQuickItem *>(engine.rootObjects().value(0));
        QVERIFY(root);
        Walk walk;
        walk.item(root, QStringLiteral("synthetic"));
        QCOMPARE(walk.wholeTexts, 3);
        QCOMPARE(walk.problems.size(), 2);
        QVERIFY2(walk.problems[0].contains(QStringLiteral("elided")), qPrintable(walk.problems[0]));
        QVERIFY2(walk.problems[1].contains(QStringLiteral("cut off")), qPrintable(walk.problems[1]));
    }
};

QTEST_MAIN(TestSizes)
#include "tst_ui_sizes.moc"
