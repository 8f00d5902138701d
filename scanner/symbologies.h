// Barcode formats the camera decoder may look for. Fewer formats decode faster and misread less
// (docs/scanning.md has the measurements), so each site configures only those it prints.
#pragma once

#include "result.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace stockhand::scanner {

enum class Symbology : quint32 {
    Ean13 = 1u << 0,
    Ean8 = 1u << 1,
    UpcA = 1u << 2,
    UpcE = 1u << 3,
    Code128 = 1u << 4,
    Code39 = 1u << 5,
    Code93 = 1u << 6,
    Codabar = 1u << 7,
    Itf = 1u << 8,
    DataBar = 1u << 9,
    DataBarExpanded = 1u << 10,
    DataMatrix = 1u << 11,
    QrCode = 1u << 12,
    MicroQrCode = 1u << 13,
    Pdf417 = 1u << 14,
    Aztec = 1u << 15,
};
Q_DECLARE_FLAGS(Symbologies, Symbology)
Q_DECLARE_OPERATORS_FOR_FLAGS(Symbologies)

// EAN/UPC, Code 128 (GS1-128), ITF-14, DataBar, Data Matrix and QR: what a warehouse sees on goods.
Symbologies warehouseSymbologies();
Symbologies allSymbologies();

// "ean13", "code128", ... (names as in docs/scanning.md)
QString symbologyName(Symbology s);
// "ean13,code128,qr" or "all"; exact error for an unknown name.
Result<Symbologies> parseSymbologies(QStringView list);

} // namespace stockhand::scanner
