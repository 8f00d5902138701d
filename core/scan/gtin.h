// GTIN arithmetic: check digits and the 14-digit normal form under which product barcodes are stored.
#pragma once

#include <QString>

#include <optional>

namespace stockhand::scan {

// true when `s` is not empty and holds ASCII digits only.
bool isAllDigits(QStringView s);
// Mod-10 check digit (GS1 General Specifications 7.9.1) over the digits that precede it.
int gs1CheckDigit(QStringView digitsWithoutCheck);
// true when the last digit is the check digit of the others (any GS1 key: GTIN-8/12/13/14, SSCC, GLN).
bool hasValidCheckDigit(QStringView digits);
// GTIN-8/12/13/14 -> 14 digits with leading zeros; nullopt when not a GTIN of those lengths.
std::optional<QString> normalizeGtin(QStringView digits);
// UPC-E (8 digits: number system 0 or 1, six data digits, check digit) -> the 12-digit UPC-A it stands for;
// nullopt when the input is not a UPC-E or its check digit is wrong.
std::optional<QString> expandUpcE(QStringView digits);
// Appends the check digit to 7/11/12/13 data digits.
QString withCheckDigit(QStringView digitsWithoutCheck);

} // namespace stockhand::scan
