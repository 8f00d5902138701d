#include "labelpainter.h"

#include "barcodes.h"

#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>

namespace stockhand::labels {

namespace {

using namespace Qt::StringLiterals;

QPageSize pageSizeOf(const Label &label)
{
    return QPageSize(QSizeF(label.size.widthMil / 1000.0, label.size.heightMil / 1000.0), QPageSize::Inch,
        u"Label "_s + label.size.name(), QPageSize::ExactMatch);
}

void paintText(QPainter &p, const LayoutItem &item)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(std::max(1, item.fontDots));
    font.setBold(item.bold);
    font.setStretch(QFont::SemiCondensed);
    // The printer's font and ours differ a little in width: a line slightly too wide is narrowed a little
    // before it is shortened.
    const int natural = QFontMetrics(font).horizontalAdvance(item.text);
    if (natural > item.rect.width() && natural * 85 / 100 <= item.rect.width())
        font.setStretch(QFont::SemiCondensed * item.rect.width() / natural);
    else if (natural > item.rect.width())
        font.setStretch(QFont::Condensed);
    p.setFont(font);
    const QRect box(item.rect.x(), item.rect.y(), item.rect.width(), item.fontDots * 5 / 4);
    const QString shown = QFontMetrics(font).elidedText(item.text, Qt::ElideRight, box.width());
    p.drawText(box, (item.center ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop, shown);
}

// The same geometry as the ZPL (core/labels/zpl.cpp: a stem and two strokes).
void paintArrow(QPainter &p, const LayoutItem &item)
{
    const QRect r = item.rect;
    const int t = std::max(2, r.width() / 6), head = r.width() / 2, cx = r.x() + r.width() / 2;
    const bool up = item.arrow == Arrow::Up;
    p.fillRect(QRect(cx - t / 2, r.y(), t, r.height()), Qt::black);
    const int tipY = up ? r.y() : r.bottom();
    const int baseY = up ? r.y() + head : r.bottom() - head;
    QPen pen(Qt::black, t, Qt::SolidLine, Qt::SquareCap);
    p.setPen(pen);
    p.drawLine(QPointF(cx, tipY), QPointF(cx - head + t / 2.0, baseY));
    p.drawLine(QPointF(cx, tipY), QPointF(cx + head - t / 2.0, baseY));
    p.setPen(Qt::black);
}

Status paintBarcode(QPainter &p, const Label &label, const LayoutItem &item)
{
    auto modules = encodeBarcode(label.barcodes.at(item.barcode));
    if (!modules)
        return modules.error();
    const QRect r = item.rect;
    if (modules->linear()) {
        // Centred where the layout put it: zint's width is the layout's unless zint chose other subsets.
        const int m = std::max(1, item.moduleDots);
        const int x0 = r.x() + (r.width() - modules->columns * m) / 2;
        for (int c = 0; c < modules->columns;) {
            if (!modules->at(0, c)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < modules->columns && modules->at(0, end))
                ++end;
            p.fillRect(QRect(x0 + c * m, r.y(), (end - c) * m, r.height()), Qt::black);
            c = end;
        }
        return {};
    }
    const int m = std::max(1, std::min(item.moduleDots, r.height() / std::max(1, modules->rows)));
    for (int row = 0; row < modules->rows; ++row) {
        for (int c = 0; c < modules->columns; ++c) {
            if (modules->at(row, c))
                p.fillRect(QRect(r.x() + c * m, r.y() + row * m, m, m), Qt::black);
        }
    }
    return {};
}

} // namespace

Status paintLabel(QPainter &painter, const Label &label, const LabelLayout &layout)
{
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), layout.sizeDots), Qt::white);
    painter.setPen(Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    Status status;
    for (const LayoutItem &item : layout.items) {
        switch (item.type) {
        case LayoutItem::Type::Text:
            paintText(painter, item);
            break;
        case LayoutItem::Type::Rule:
            painter.fillRect(item.rect, Qt::black);
            break;
        case LayoutItem::Type::Arrow:
            paintArrow(painter, item);
            break;
        case LayoutItem::Type::Barcode:
            if (Status s = paintBarcode(painter, label, item); !s && status)
                status = s;
            break;
        }
    }
    painter.restore();
    return status;
}

Result<QImage> renderLabel(const Label &label, int dpi)
{
    const LabelLayout layout = layoutLabel(label, dpi);
    QImage image(layout.sizeDots, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    Status s = paintLabel(p, label, layout);
    p.end();
    if (!s)
        return s.error();
    return image;
}

Status writeLabelPdf(const Label &label, const QString &path, int dpi, int copies)
{
    if (copies < 1)
        return makeError("labels.bad-copies", u"Print at least one copy."_s);
    const LabelLayout layout = layoutLabel(label, dpi);
    QPdfWriter pdf(path);
    pdf.setResolution(layout.dpi);
    pdf.setPageSize(pageSizeOf(label));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setCreator(u"Stockhand"_s);
    pdf.setTitle(label.title());
    QPainter p;
    if (!p.begin(&pdf))
        return makeError("labels.pdf", u"Cannot write %1."_s.arg(path));
    for (int i = 0; i < copies; ++i) {
        if (i > 0)
            pdf.newPage();
        if (Status s = paintLabel(p, label, layout); !s) {
            p.end();
            return s;
        }
    }
    if (!p.end())
        return makeError("labels.pdf", u"Cannot write %1."_s.arg(path));
    return {};
}

Status printLabel(const Label &label, QPrinter &printer, int dpi, int copies)
{
    if (copies < 1)
        return makeError("labels.bad-copies", u"Print at least one copy."_s);
    const LabelLayout layout = layoutLabel(label, dpi);
    printer.setFullPage(true);
    printer.setPageSize(pageSizeOf(label));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(label.title());
    QPainter p;
    if (!p.begin(&printer))
        return makeError("printer.system", u"The printer %1 cannot be opened."_s.arg(printer.printerName()));
    const double scale = double(printer.resolution()) / layout.dpi;
    for (int i = 0; i < copies; ++i) {
        if (i > 0)
            printer.newPage();
        p.save();
        p.scale(scale, scale);
        Status s = paintLabel(p, label, layout);
        p.restore();
        if (!s) {
            p.end();
            return s;
        }
    }
    if (!p.end())
        return makeError("printer.system", u"The printer %1 did not take the job."_s.arg(printer.printerName()));
    return {};
}

} // namespace stockhand::labels
