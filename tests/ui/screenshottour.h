// Walks the real window through every screen of a seeded demo store and saves a PNG of each.
#pragma once

#include "uifixture.h"

#include <QQuickWindow>

#include <functional>

namespace uitest {

// Called on every screen of the tour before its picture is taken (the size test walks the items).
using ScreenCheck = std::function<void(QQuickWindow &window, const QString &screen)>;

// Returns the files written, in order; an entry starting with "error:" says what went wrong.
QStringList takeScreenshots(UiFixture &f, QQuickWindow &window, const QString &dir, const ScreenCheck &check = {});

} // namespace uitest
