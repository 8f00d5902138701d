// Barcodes encoded by Debian's libzint 2.11 (docs/labels.md, "Library"): GS1-128 and GS1 DataMatrix in
// GS1 mode (zint checks every AI's syntax again), EAN-13, UPC-A and Code 128. The result is the matrix of
// modules; labelpainter.h draws it, as rectangles, into any QPainter (image, PDF, printer).
#pragma once

#include "labels/label.h"

#include <vector>

namespace stockhand::labels {

struct BarcodeModules
{
    int rows = 0; // 1 for a linear symbol
    int columns = 0;
    std::vector<bool> dark; // rows x columns, row by row

    bool at(int row, int column) const { return dark[size_t(row) * size_t(columns) + size_t(column)]; }
    bool linear() const { return rows == 1; }
};

// Errors: labels.zint with zint's own message (data the symbol cannot carry).
Result<BarcodeModules> encodeBarcode(const LabelBarcode &barcode);

} // namespace stockhand::labels
