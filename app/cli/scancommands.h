// stockhand-cli scan / decode: interpretation and resolution of one scan, or of the barcode in an image,
// printed as JSON (docs/scanning.md).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace stockhand::store {
class DeviceStore;
}

// scan DATA [--store PATH] [--expect KIND] [--product ID] [--receiver] [--today YYYY-MM-DD]
//      [--location-prefix P]... [--badge-prefix P]...
// DATA may spell FNC1/GS as "<GS>" or "\x1d". Exit: 0 understood, 1 invalid scan, 2 usage, 3 store error.
int runScanCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// decode IMAGE [--formats LIST] [--store PATH] [--expect KIND] [--today YYYY-MM-DD]
// Exit: 0 decoded, 1 no barcode or invalid scan, 2 usage, 3 unreadable image or store error.
int runDecodeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// lookup CODE [--warehouse ID]: what a typed or scanned code is, and "what is here?" (a location's stock)
// or where a product or lot is, as the handheld's lookup screen shows it (JSON). Exit: 0 found, 1 unknown or
// ambiguous (the candidates are listed), 2 usage, 3 store error.
int runLookupCommand(stockhand::store::DeviceStore &store, const QStringList &args, QTextStream &out, QTextStream &err);
