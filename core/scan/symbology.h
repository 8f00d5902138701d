// AIM/ISO 15424 symbology identifiers ("]C1", "]E0", ...) that scanners put before the data.
#pragma once

#include <QString>

namespace stockhand::scan {

struct SymbologyId
{
    QString id; // "]C1", or empty when the scan carried none
    QString name; // "GS1-128", "EAN/UPC", ... or empty
    bool gs1 = false; // the data is a GS1 element string (FNC1 in first position)
    bool eanUpc = false; // ]E0/]E3/]E4: EAN-13, UPC-A, UPC-E, EAN-8
    bool itf = false; // ]I0/]I1
    bool present() const { return !id.isEmpty(); }
};

// Splits a scan into its symbology identifier and the data after it. `data` is the whole scan when it
// carries no identifier (or something that only looks like the start of one).
SymbologyId splitSymbologyId(QStringView scan, QStringView *data);

} // namespace stockhand::scan
