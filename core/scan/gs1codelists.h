// The code lists the GS1 linters check against (data/gs1-codelists.txt, from scripts/gs1-codelists.py).
#pragma once

#include <QStringList>

namespace stockhand::scan {

enum class CodeList : quint8 {
    Iso3166, // numeric country codes, "276"
    Iso3166Alpha2, // "DE"
    Iso4217, // numeric currency codes, "978"
    PackageType, // UN/ECE Recommendation 21, "PX"
    MediaType, // AIDC media types, "01"
};

bool inCodeList(CodeList list, QStringView code);
// How many codes a list holds (tests check that every list was read).
qsizetype codeListSize(CodeList list);

} // namespace stockhand::scan
