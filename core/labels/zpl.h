// ZPL II for a label (Zebra Programming Guide): the layout of layout.h as ^FO fields, text in the
// scalable font with UTF-8 (^CI28), Code 128 with explicit subsets (>; start C, >: start B, >5 and >6 to
// switch, >8 FNC1 for GS1-128), EAN-13 (^BE), UPC-A (^BU), GS1 DataMatrix (^BX quality 200, FNC1 as the
// escape sequence _1), rules (^GB, ^GD) and the number of labels (^PQ).
#pragma once

#include "labels/label.h"

#include <QByteArray>

namespace stockhand::labels {

// The ^FD data of a Code 128 field (invocation codes included) and its number of codewords (start,
// data, subset changes, FNC1, check and stop), for a label that shows `data` (ASCII 32-126; GS1: the
// element string with ASCII 29 between fields, FNC1 first).
struct Code128Fields
{
    QString fieldData;
    int codewords = 0;
};
Result<Code128Fields> code128ForZpl(QStringView data, bool gs1);

// One label format, ^XA ... ^PQcopies ... ^XZ, UTF-8.
Result<QByteArray> toZpl(const Label &label, int dpi, int copies);

} // namespace stockhand::labels
