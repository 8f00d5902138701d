// One drawing of a label with QPainter (docs/labels.md): the same code fills the preview image, the PDF
// (QPdfWriter) and the system printer's page (QPrinter, CUPS), from the layout that the ZPL is written
// from (core/labels/layout.h). Barcodes come from zint (barcodes.h), drawn as filled rectangles.
#pragma once

#include "labels/label.h"
#include "labels/layout.h"

#include <QImage>

class QPainter;
class QPrinter;

namespace stockhand::labels {

// Draws the label into `painter`, whose coordinates are the layout's dots (scale it for other devices).
Status paintLabel(QPainter &painter, const Label &label, const LabelLayout &layout);
// The label as an image, one pixel a printer dot, black on white.
Result<QImage> renderLabel(const Label &label, int dpi);
// A PDF of `copies` pages, each the label's exact size, drawn at `dpi`.
Status writeLabelPdf(const Label &label, const QString &path, int dpi, int copies);
// The system printer (QPrinter: CUPS, or a PDF file when the printer is set so): `copies` pages of the
// label's size.
Status printLabel(const Label &label, QPrinter &printer, int dpi, int copies);

} // namespace stockhand::labels
