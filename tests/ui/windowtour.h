// Driving a real desktop window for screenshots (console_screenshots, station_screenshots): settle the
// event loop, wait for a popup, type and press keys as a keyboard or wedge scanner would, check what a key
// did, and save `<prefix>-NN-<name>.png` at 1280x800. Every failure is collected in `errors`.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cstdio>

namespace uitest {

class WindowTour
{
public:
    WindowTour(QQuickWindow &w, const QString &dir, const QString &prefix)
        : w(w)
        , dir(dir)
        , prefix(prefix)
    { }

    void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    // Waits (at most 2 s) until a popup has finished opening, or closing (its exit transition too).
    void waitPopup(const char *name, bool opened)
    {
        QObject *popup = w.findChild<QObject *>(QString::fromLatin1(name));
        const QDeadlineTimer deadline(2000);
        const char *state = opened ? "opened" : "visible";
        while (popup && popup->property(state).toBool() != opened && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        settle();
        if (!popup || popup->property(state).toBool() != opened)
            errors << QStringLiteral("popup %1 not %2")
                          .arg(QString::fromLatin1(name), opened ? QStringLiteral("open") : QStringLiteral("closed"));
    }
    void type(const QString &text)
    {
        for (QChar c : text) // QTest::keyClicks is for widgets
            QTest::keyClick(&w, c.toLatin1());
        settle();
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(&w, k, m);
        settle();
    }
    void check(bool ok, const char *what)
    {
        if (!ok) {
            QQuickItem *focus = w.activeFocusItem();
            errors << QStringLiteral("%1 (focus: %2)")
                          .arg(QString::fromLatin1(what), focus ? focus->objectName() : QStringLiteral("none"));
        }
    }
    void shot(const QString &name)
    {
        settle();
        const QImage image = w.grabWindow();
        const QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2-%3.png").arg(prefix).arg(++n, 2, 10, QLatin1Char('0')).arg(name));
        if (image.isNull() || image.size() != QSize(1280, 800) || !image.save(file))
            errors << file;
        std::printf("%s %dx%d\n", qPrintable(file), image.width(), image.height());
    }

    QQuickWindow &w;
    QString dir;
    QString prefix;
    int n = 0;
    QStringList errors;
};

} // namespace uitest
