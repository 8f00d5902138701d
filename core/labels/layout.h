// Where everything on a label goes, in printer dots, computed once for both outputs: ui/labels draws
// these items with QPainter (preview, PDF, system printer) and zpl.h writes the same items as ZPL II, so
// the paper and the thermal label agree (docs/labels.md, "Layouts").
#pragma once

#include "labels/label.h"

#include <QRect>
#include <QSize>

namespace stockhand::labels {

struct LayoutItem
{
    enum class Type { Text, Barcode, Rule, Arrow };
    Type type = Type::Text;
    QRect rect; // dots; text: the line's box (the text's cap height is fontDots); barcode: bars or matrix
    QString text; // text: one line, already shortened to fit
    int fontDots = 0;
    bool bold = false;
    bool center = false;
    int barcode = -1; // barcode: index into Label::barcodes
    int moduleDots = 0; // barcode: the narrowest bar (linear) or the module (Data Matrix)
    Arrow arrow = Arrow::None;
};

struct LabelLayout
{
    int dpi = 203;
    QSize sizeDots;
    QList<LayoutItem> items;
};

// dpi: 203 or 300 (others are accepted; every size scales).
LabelLayout layoutLabel(const Label &label, int dpi);

// Dots for thousandths of an inch at a resolution.
inline int dotsOf(int mil, int dpi)
{
    return int((qint64(mil) * dpi + 500) / 1000);
}

// Width in modules of a linear symbol without its quiet zones (Code 128: from the codewords zpl.h
// writes; EAN-13 and UPC-A: 95); 0 for Data Matrix; and its quiet zones (left, right) in modules.
int linearModules(const LabelBarcode &barcode);
std::pair<int, int> quietZones(Symbol symbol);

} // namespace stockhand::labels
