// Label descriptions: what each kind of label shows (docs/labels.md). A Label is plain data — texts, the
// barcodes with the data they carry, the stock size — built and checked here (GS1 element strings with
// core/scan's AI table), laid out once (layout.h), then drawn by ui/labels (QPainter: preview, PDF,
// system printer) or written as ZPL II (zpl.h). It survives a round trip through JSON, the form the print
// queue keeps for a label to be drawn again.
#pragma once

#include "result.h"
#include "scan/gs1.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace stockhand::labels {

enum class LabelKind { Product, Location, Lot, Logistic };
const char *nameOf(LabelKind kind); // product, location, lot, logistic
std::optional<LabelKind> labelKindFromName(QStringView name);

enum class Symbol {
    Ean13,
    UpcA,
    Code128, // plain Code 128 (SKU, location barcode)
    Gs1_128, // Code 128 with FNC1 in first position and between variable-length fields
    Gs1DataMatrix, // Data Matrix ECC 200 with FNC1 in first position
};
const char *nameOf(Symbol symbol); // ean13, upca, code128, gs1-128, gs1-datamatrix
std::optional<Symbol> symbolFromName(QStringView name);

// Label stock, in thousandths of an inch.
struct LabelSize
{
    int widthMil = 2000;
    int heightMil = 1000;

    QString name() const; // "2x1", "2.25x1.25", "4x6"
    static std::optional<LabelSize> fromName(QStringView name);
    bool operator==(const LabelSize &) const = default;
};
inline constexpr LabelSize kSize2x1 {2000, 1000};
inline constexpr LabelSize kSize225x125 {2250, 1250};
inline constexpr LabelSize kSize4x6 {4000, 6000};

enum class Arrow { None, Up, Down };

struct LabelBarcode
{
    Symbol symbol = Symbol::Code128;
    // EAN-13: 13 digits, UPC-A: 12 digits (check digit included); Code 128: the text; GS1 symbols: the
    // element string with ASCII 29 where FNC1 separates fields (no leading FNC1: the symbol carries it).
    QString data;
    QString hri; // the human-readable text under it: "(00)106141411234567897" for GS1

    bool isGs1() const { return symbol == Symbol::Gs1_128 || symbol == Symbol::Gs1DataMatrix; }
    // GS1 symbols: the elements the data carries (empty for the others).
    scan::Gs1Message elements() const;
    bool operator==(const LabelBarcode &) const = default;
};

// One line of the logistic label's text block: a data title and its value ("BATCH/LOT", "A12").
struct LabelField
{
    QString title;
    QString value;
    bool operator==(const LabelField &) const = default;
};

struct Label
{
    LabelKind kind = LabelKind::Product;
    LabelSize size = kSize2x1;
    QString heading; // product name, location barcode (large), ...
    QString subheading; // SKU, location name, lot and expiry
    QString from, to; // logistic: the parties, one line each (newlines allowed)
    QList<LabelField> fields; // logistic: the text block with data titles
    QList<LabelBarcode> barcodes; // top to bottom (logistic: the SSCC last, the lowest)
    Arrow arrow = Arrow::None;

    // What the print queue shows: "SSCC 106141411234567897", "Location WH1-A01-01-1-01".
    QString title() const;
    // Every GS1 element the label's barcodes carry, in order (what a scanner reading them all gets).
    scan::Gs1Message gs1Elements() const;

    QJsonObject toJson() const;
    static Result<Label> fromJson(const QJsonObject &json);
    bool operator==(const Label &) const = default;
};

// Product label: the GTIN as EAN-13 (or UPC-A for a GTIN-12) when there is one, else Code 128 of the SKU.
struct ProductLabelInput
{
    QString sku;
    QString name;
    QString gtin; // empty, or a GTIN-12/13 (or GTIN-14 with leading zeros) with a valid check digit
    LabelSize size = kSize2x1;
};
Result<Label> productLabel(const ProductLabelInput &in);

// Location (bin) label: Code 128 of the location barcode, the barcode in large text, the location's name,
// an optional arrow towards the bin (up: the bin above the label, down: below).
struct LocationLabelInput
{
    QString barcode;
    QString name;
    Arrow arrow = Arrow::None;
    LabelSize size = kSize2x1;
};
Result<Label> locationLabel(const LocationLabelInput &in);

// Lot or serial label: (01)(10)(17) or (01)(21) as GS1-128 or GS1 DataMatrix.
struct LotLabelInput
{
    QString gtin; // 8-14 digits with a valid check digit (written as GTIN-14)
    QString productName;
    QString lot; // AI 10; empty for a serial label
    QDate expiry; // AI 17; optional
    QString serial; // AI 21; a serial label has no lot
    Symbol symbol = Symbol::Gs1_128;
    LabelSize size = kSize225x125;
};
Result<Label> lotLabel(const LotLabelInput &in);

// GS1 logistic label (GS1 Logistic Label Guideline), 4x6 in: from/to, a text block with data titles, the
// content barcode(s) (02)(15|17)(37)(10) when a content GTIN is given, and the SSCC (00) as GS1-128, the
// lowest barcode.
struct LogisticLabelInput
{
    QString sscc; // 18 digits, valid check digit
    QString contentGtin; // optional: the trade items on the pallet (AI 02, with the count AI 37)
    QString contentName; // optional: what the pallet holds, for people
    int count = 0; // AI 37: trade items on the pallet (needs a content GTIN)
    QString lot; // AI 10
    QDate bestBefore; // AI 15
    QDate useBy; // AI 17
    QString from, to;
};
Result<Label> logisticLabel(const LogisticLabelInput &in);

// "0 0614141 123456789 2" for people (extension, company prefix, serial, check) given the prefix length;
// the digits in groups of extension + 16 + check when the prefix is unknown.
QString formatSscc(const QString &sscc, int companyPrefixLength = 0);

} // namespace stockhand::labels
