// What the QML tests share: finding items of the real window by objectName, clicking them, reading text.
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace uitest {

// Walks the visual tree (delegates of repeaters and views are not QObject children of their parents).
inline QQuickItem *find(QObject *root, const QString &name)
{
    QQuickItem *item = qobject_cast<QQuickItem *>(root);
    if (auto *window = qobject_cast<QQuickWindow *>(root))
        item = window->contentItem();
    if (!item)
        return nullptr;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name)
            return child;
    }
    for (QQuickItem *child : children) {
        if (QQuickItem *found = find(child, name))
            return found;
    }
    return nullptr;
}

inline bool visibleItem(QObject *root, const QString &name)
{
    QQuickItem *item = find(root, name);
    return item && item->isVisible() && item->width() > 0;
}

inline void click(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

inline QString text(QObject *root, const QString &name)
{
    QQuickItem *item = find(root, name);
    return item ? item->property("text").toString() : QString();
}

} // namespace uitest
