// Walks the real window through every screen of a seeded demo store and saves a PNG of each.
#pragma once

#include "uifixture.h"

#include <QQuickWindow>

namespace uitest {

// Returns the files written, in order; an entry starting with "error:" says what went wrong.
QStringList takeScreenshots(UiFixture &f, QQuickWindow &window, const QString &dir);

} // namespace uitest
