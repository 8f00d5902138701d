#include "labels/layout.h"

#include "labels/zpl.h"

#include <algorithm>

namespace stockhand::labels {

namespace {

using namespace Qt::StringLiterals;
using Type = LayoutItem::Type;

// Narrowest bar aimed at, in thousandths of an inch: EAN/UPC at 100 % (0.33 mm), Code 128 on small labels,
// and the GS1 logistic label's minimum X of 0.495 mm (GS1 General Specifications 5.12.3, table 7).
constexpr int kEanModuleMil = 13;
constexpr int kSmallModuleMil = 10;
constexpr int kLogisticModuleMil = 20;

class Builder
{
public:
    Builder(const Label &label, int dpi)
        : m_label(label)
    {
        m_out.dpi = dpi;
        m_out.sizeDots = QSize(d(label.size.widthMil), d(label.size.heightMil));
    }

    int d(int mil) const { return dotsOf(mil, m_out.dpi); }
    int width() const { return m_out.sizeDots.width(); }
    int height() const { return m_out.sizeDots.height(); }

    // One line of text; shortened with "…" when an estimate of its width does not fit. `fit`: the font is
    // made smaller first (down to half its size) so that the whole text fits.
    void text(int x, int y, int w, int fontMil, const QString &text, bool bold, bool center = false, bool fit = false)
    {
        if (text.isEmpty())
            return;
        LayoutItem item;
        item.type = Type::Text;
        item.fontDots = d(fontMil);
        if (fit) {
            const int fitting = int(w / (std::max<qsizetype>(1, text.size()) * (bold ? 0.62 : 0.56)));
            item.fontDots = std::max(item.fontDots / 2, std::min(item.fontDots, fitting));
        }
        item.rect = QRect(x, y, w, item.fontDots);
        item.bold = bold;
        item.center = center;
        const int maxChars = std::max(1, int(w / (item.fontDots * 0.5)));
        item.text = text.size() <= maxChars ? text : text.left(std::max(1, maxChars - 1)) + u'…';
        m_out.items.append(item);
    }

    void rule(int y, int thickness)
    {
        LayoutItem item;
        item.type = Type::Rule;
        item.rect = QRect(0, y, width(), thickness);
        m_out.items.append(item);
    }

    // A linear barcode centred in [x, x + w) at the widest module up to `moduleMil` that fits with its quiet
    // zones; a Data Matrix at the top left of a square of side h.
    void barcode(int index, int x, int y, int w, int h, int moduleMil)
    {
        if (index < 0 || index >= m_label.barcodes.size() || w <= 0 || h <= 0)
            return;
        const LabelBarcode &b = m_label.barcodes.at(index);
        LayoutItem item;
        item.type = Type::Barcode;
        item.barcode = index;
        if (b.symbol == Symbol::Gs1DataMatrix) {
            // Up to 24 modules (22x22 with its finder, quiet zone aside) at the module aimed at.
            item.moduleDots = std::max(1, std::min(d(moduleMil), h / 24));
            item.rect = QRect(x, y, h, h);
        } else {
            const int modules = linearModules(b);
            const auto [ql, qr] = quietZones(b.symbol);
            item.moduleDots = std::max(1, std::min(d(moduleMil), w / std::max(1, modules + ql + qr)));
            const int bars = modules * item.moduleDots;
            item.rect = QRect(x + (w - bars) / 2, y, bars, h);
        }
        m_out.items.append(item);
    }

    void arrow(QRect rect, Arrow direction)
    {
        LayoutItem item;
        item.type = Type::Arrow;
        item.rect = rect;
        item.arrow = direction;
        m_out.items.append(item);
    }

    LabelLayout take() { return std::move(m_out); }

private:
    const Label &m_label;
    LabelLayout m_out;
};

void layoutProduct(const Label &l, Builder &b)
{
    const int m = b.d(60), w = b.width() - 2 * m;
    int y = m;
    b.text(m, y, w, 140, l.heading, true);
    y += b.d(175);
    b.text(m, y, w, 110, l.subheading, false);
    y += b.d(145);
    const int hri = b.d(90);
    const int barH = b.height() - m - hri - b.d(30) - y;
    const bool ean = l.barcodes.value(0).symbol != Symbol::Code128;
    b.barcode(0, m, y, w, barH, ean ? kEanModuleMil : kSmallModuleMil);
    b.text(m, y + barH + b.d(20), w, 90, l.barcodes.value(0).hri, false, true);
}

void layoutLocation(const Label &l, Builder &b)
{
    const int m = b.d(60);
    int x = m;
    if (l.arrow != Arrow::None) {
        const int side = b.height() - 2 * m;
        const int aw = std::min(side * 2 / 3, b.width() / 4);
        b.arrow(QRect(m, m, aw, side), l.arrow);
        x += aw + m;
    }
    const int w = b.width() - x - m;
    int y = m;
    b.text(x, y, w, l.size.heightMil >= 1200 ? 330 : 280, l.heading, true, false, true);
    y += b.d(l.size.heightMil >= 1200 ? 380 : 320);
    b.text(x, y, w, 100, l.subheading, false);
    y += b.d(130);
    b.barcode(0, x, y, w, b.height() - m - y, kSmallModuleMil);
}

void layoutLot(const Label &l, Builder &b)
{
    const int m = b.d(60);
    const LabelBarcode &code = l.barcodes.value(0);
    if (code.symbol == Symbol::Gs1DataMatrix) {
        const int side = std::min(b.height() - 2 * m, 24 * b.d(kLogisticModuleMil));
        b.barcode(0, m, m, side, side, kLogisticModuleMil);
        const int x = m + side + m, w = b.width() - x - m;
        int y = m;
        b.text(x, y, w, 100, l.heading, true);
        y += b.d(130);
        b.text(x, y, w, 110, l.subheading, true);
        y += b.d(150);
        // The HRI, one element a line.
        for (const QString &part : code.hri.split(u'(', Qt::SkipEmptyParts)) {
            b.text(x, y, w, 80, u'(' + part, false);
            y += b.d(105);
        }
        return;
    }
    const int w = b.width() - 2 * m;
    int y = m;
    b.text(m, y, w, 100, l.heading, true);
    y += b.d(130);
    b.text(m, y, w, 120, l.subheading, true);
    y += b.d(160);
    const int hri = b.d(80);
    const int barH = b.height() - m - hri - b.d(25) - y;
    b.barcode(0, m, y, w, barH, kSmallModuleMil);
    b.text(m, y + barH + b.d(20), w, 80, code.hri, false, true);
}

void layoutLogistic(const Label &l, Builder &b)
{
    const int m = b.d(150), W = b.width(), half = (W - 2 * m) / 2;
    // Top: from and to, free format (GS1 Logistic Label Guideline: the top section).
    const auto party = [&](int x, const QString &title, const QString &text) {
        int y = m;
        b.text(x, y, half - m / 2, 90, title, false);
        y += b.d(120);
        for (const QString &line : text.split(u'\n').mid(0, 4)) {
            b.text(x, y, half - m / 2, 120, line, line == text.section(u'\n', 0, 0));
            y += b.d(150);
        }
    };
    party(m, u"FROM"_s, l.from);
    party(m + half, u"TO"_s, l.to);
    int y = b.d(1000);
    b.rule(y, b.d(20));
    y += b.d(60);
    // Middle: the text block with data titles.
    if (!l.heading.isEmpty()) {
        b.text(m, y, W - 2 * m, 140, l.heading, true);
        y += b.d(190);
    }
    for (qsizetype i = 0; i < l.fields.size(); ++i) {
        const LabelField &f = l.fields.at(i);
        const bool full = i == 0; // the SSCC has the full width, the others two to a row
        const int col = full ? 0 : int((i - 1) % 2);
        const int x = m + col * half;
        const int w = full ? W - 2 * m : half - m / 2;
        b.text(x, y, w, 90, f.title, false);
        b.text(x, y + b.d(115), w, 170, f.title == u"SSCC" ? formatSscc(f.value, 7) : f.value, true);
        if (full || col == 1 || i + 1 == l.fields.size())
            y += b.d(340);
    }
    const int barcodesTop = std::max(y, b.d(2500));
    b.rule(barcodesTop, b.d(20));
    // Bottom: the barcodes, the SSCC lowest; human-readable text under each.
    const int n = int(l.barcodes.size());
    if (n == 0)
        return;
    const int bottom = b.height() - b.d(150);
    const int slot = (bottom - barcodesTop - b.d(60)) / n;
    const int hri = b.d(140);
    const int barH = std::min(b.d(1250), slot - hri - b.d(110));
    int slotTop = bottom - n * slot;
    for (int i = 0; i < n; ++i, slotTop += slot) {
        const int top = slotTop + (slot - barH - hri - b.d(60));
        b.barcode(i, m, top, W - 2 * m, barH, kLogisticModuleMil);
        b.text(m, top + barH + b.d(40), W - 2 * m, 140, l.barcodes.at(i).hri, true, true);
    }
}

} // namespace

int linearModules(const LabelBarcode &barcode)
{
    switch (barcode.symbol) {
    case Symbol::Ean13:
    case Symbol::UpcA:
        return 95;
    case Symbol::Code128:
    case Symbol::Gs1_128: {
        auto c = code128ForZpl(barcode.data, barcode.isGs1());
        return c ? c->codewords * 11 + 2 : 0;
    }
    case Symbol::Gs1DataMatrix:
        return 0;
    }
    return 0;
}

std::pair<int, int> quietZones(Symbol symbol)
{
    switch (symbol) {
    case Symbol::Ean13:
        return {11, 7};
    case Symbol::UpcA:
        return {9, 9};
    case Symbol::Code128:
    case Symbol::Gs1_128:
        return {10, 10};
    case Symbol::Gs1DataMatrix:
        return {1, 1};
    }
    return {10, 10};
}

LabelLayout layoutLabel(const Label &label, int dpi)
{
    Builder b(label, dpi > 0 ? dpi : 203);
    switch (label.kind) {
    case LabelKind::Product:
        layoutProduct(label, b);
        break;
    case LabelKind::Location:
        layoutLocation(label, b);
        break;
    case LabelKind::Lot:
        layoutLot(label, b);
        break;
    case LabelKind::Logistic:
        layoutLogistic(label, b);
        break;
    }
    return b.take();
}

} // namespace stockhand::labels
