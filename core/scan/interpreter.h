// Interpretation of one scan, before anything is looked up: symbology identifier, GS1 data (element
// string, human-readable form or Digital Link), GTINs in their 14-digit normal form, or plain text.
// The rules for scans without a symbology identifier are conservative; docs/scanning.md lists them.
#pragma once

#include "result.h"
#include "scan/gs1.h"
#include "scan/symbology.h"

#include <QStringList>

#include <optional>

namespace stockhand::scan {

enum class ScanForm {
    Gs1, // GS1 element string / HRI / Digital Link: see Interpretation::gs1
    Gtin, // a bare EAN/UPC/ITF-14 GTIN: see Interpretation::gtins
    Text, // anything else: looked up as printed
};

enum class Gs1Source { None, ElementString, Hri, DigitalLink };

struct InterpretOptions
{
    QDate today = QDate(2026, 1, 1); // injected; used for two-digit years
    bool acceptHri = true; // "(01)...(10)..." typed or printed as text
    bool acceptDigitalLink = true;
    bool inferWithoutId = true; // apply the heuristics to scans without a symbology identifier
    bool checkRequisites = true; // a lone (10) is an error (scan.gs1.requires; the message is still parsed)
};

struct Interpretation
{
    QString raw;
    SymbologyId symbology;
    QString data; // the scan without its symbology identifier
    ScanForm form = ScanForm::Text;
    Gs1Source gs1Source = Gs1Source::None;
    bool inferred = false; // no symbology identifier said so: the form was inferred from the data
    Gs1Message gs1;
    QStringList gtins; // 14-digit GTIN candidates, most likely first (from AI 01/02 or EAN/UPC/ITF-14)
    std::optional<Error> error; // the scan claims to be GS1 or EAN/UPC but is not valid

    bool ok() const { return !error.has_value(); }
    QString gtin() const { return gtins.value(0); }
    // What the screen shows: "GTIN 09506000134352 · lot A12 · exp 2027-03-31 · qty 12"
    QString summary() const;
};

Interpretation interpret(QStringView scan, const InterpretOptions &options = {});

// Control characters made visible ("<GS>"), for messages and logs.
QString visibleText(QStringView s);
// The inverse for command lines and test tables: "<GS>" and "\x1d" (also "\x1D") become ASCII 29.
QString withControlCharacters(QStringView s);

const char *nameOf(ScanForm form);
const char *nameOf(Gs1Source source);

} // namespace stockhand::scan
