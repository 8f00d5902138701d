#include "units.h"

#include <QCoreApplication>

namespace stockhand::ui {

QString unitName(const QString &uom)
{
    static const struct
    {
        const char *code;
        const char *name;
    } units[] = {
        {"pc", QT_TRANSLATE_NOOP("Units", "pc")},
        {"pcs", QT_TRANSLATE_NOOP("Units", "pc")},
        {"kg", QT_TRANSLATE_NOOP("Units", "kg")},
        {"g", QT_TRANSLATE_NOOP("Units", "g")},
        {"l", QT_TRANSLATE_NOOP("Units", "l")},
        {"m", QT_TRANSLATE_NOOP("Units", "m")},
        {"box", QT_TRANSLATE_NOOP("Units", "box")},
        {"case", QT_TRANSLATE_NOOP("Units", "case")},
        {"pallet", QT_TRANSLATE_NOOP("Units", "pallet")},
        {"pack", QT_TRANSLATE_NOOP("Units", "pack")},
    };
    for (const auto &u : units) {
        if (uom == QLatin1StringView(u.code))
            return QCoreApplication::translate("Units", u.name);
    }
    return uom;
}

} // namespace stockhand::ui
