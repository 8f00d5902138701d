// What a scanner or a person sends is not always what the label says: a scanner adds a prefix space or a
// control character, caps lock changes the case, a wedge scanner set to another keyboard layout than the
// computer's types other characters. These functions undo what can be undone before resolution.
#pragma once

#include <QString>
#include <QStringView>

namespace stockhand::scan {

// Surrounding white space and every control character dropped, except GS (ASCII 29, FNC1), which
// separates GS1 elements (a leading GS stays too: it is a leading FNC1). Case is left to the lookups:
// they fold it for codes that are case-insensitive (locations, SKUs, references, badges, and lots when the
// site says so).
QString normalizeInput(QStringView input);

// A keyboard-wedge scanner configured for one layout on a computer set to another: the scanner sends the
// key positions of its layout, the computer reads them with its own.
enum class LayoutMismatch {
    None,
    UsScannerOnGermanKeyboard, // "-" arrives as "ß", "Y" and "Z" swapped, "/" as "-", ";" as "ö" ...
};

// The text the scanner meant, read back through the mismatch ("WH1ßA02ß05" -> "WH1-A02-05").
QString undoLayoutMismatch(QStringView received, LayoutMismatch mismatch);
// True when the text holds a character that a barcode almost never carries but the mismatch produces
// ("ß", "ö", "ä", "ü", "§", "´" ...): the scan was very probably typed through the wrong layout.
bool looksLikeLayoutMismatch(QStringView received, LayoutMismatch mismatch);

} // namespace stockhand::scan
