// GS1 element strings: FNC1-separated data (GS1-128, GS1 DataMatrix, GS1 QR, DataBar), the
// parenthesised human-readable form and GS1 Digital Link URIs, all validated against the AI table.
#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stockhand::scan {

inline constexpr char16_t kGroupSeparator = 0x1d; // how scanners transmit FNC1 inside the data

struct Gs1Element
{
    QString ai;
    QString value; // as encoded
    QString title; // data title from the AI table, e.g. "BATCH/LOT"
    QDate date; // date AIs (11-17, 7003, 7006, 7007, 8008): DD=00 already turned into the month's last day
    QString decimal; // AIs with implied decimals (310n, 392n ...): "12.5"; count AIs (30, 37): the number
    QString currency; // 391n/393n: ISO 4217 numeric code

    bool operator==(const Gs1Element &o) const { return ai == o.ai && value == o.value; }
};

struct Gs1Message
{
    QList<Gs1Element> elements;

    const Gs1Element *find(QStringView ai) const;
    QString value(QStringView ai) const; // empty when absent
    // "(01)09506000134352(10)A12"
    QString toHri() const;
    // "0109506000134352" GS "10A12": FNC1 separators only where required
    QString toElementString() const;
};

struct Gs1Options
{
    // Reference date for two-digit years (GS1 General Specifications 7.12: a sliding 100-year window
    // from 49 years back to 50 years ahead). Injected: the device clock may be wrong, tests say so.
    QDate today = QDate(2026, 1, 1);
    // Mandatory associations ("req=" of the GS1 Barcode Syntax Dictionary, GS1 General Specifications
    // 4.14) are checked on each message: a lone (10) is an error. The standard evaluates them over all the
    // symbols on an item; a caller that combines several symbols into one message turns this off for the
    // parts and checks the combined message. Invalid pairs ("ex=") are always checked.
    bool checkRequisites = true;
};

// Data after the symbology identifier: AIs and values, FNC1 (GS, 0x1d) after variable-length fields.
// A leading FNC1 is accepted. An AI the dictionary does not define is an error.
Result<Gs1Message> parseGs1ElementString(QStringView data, const Gs1Options &options = {});
// "(01)09506000134352(17)270331(10)A12". "(" + 2 to 4 digits + ")" always starts an element: an unknown AI
// there is an error, never part of the previous value.
Result<Gs1Message> parseGs1Hri(QStringView text, const Gs1Options &options = {});
// https://id.gs1.org/01/09506000134352/10/A12?17=270331 (GS1 Digital Link URI syntax: any host and path
// prefix; the primary key and its qualifiers, in order, end the path; data attributes in the query)
Result<Gs1Message> parseGs1DigitalLink(QStringView uri, const Gs1Options &options = {});

// Validates one value against its AI (lengths, character set, check digit, dates) and fills in the
// parsed fields of `element`. The message names the AI.
Status validateGs1Element(Gs1Element &element, const Gs1Options &options);
// Rules between elements: an AI repeated with another value, invalid pairs, mandatory associations.
Status validateGs1Message(const Gs1Message &message, const Gs1Options &options = {});
// The mandatory associations alone (scan.gs1.requires), counting `elsewhere` as present: AIs that another
// symbol of the same item carries (GS1 General Specifications 4.14 evaluates them over all the symbols).
Status checkGs1Requisites(const Gs1Message &message, const QStringList &elsewhere = {});

// Two-digit year -> four-digit year, GS1 General Specifications 7.12.
int gs1FullYear(int yy, const QDate &today);

} // namespace stockhand::scan
