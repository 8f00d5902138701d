// The GS1 data files of core/scan/data as bytes, compiled in (core/scan/sources.cmake generates the
// definitions from the files at configure time; nothing is read from disk at run time).
#pragma once

#include <QByteArrayView>

namespace stockhand::scan::data {

QByteArrayView syntaxDictionary(); // data/gs1-syntax-dictionary.txt
QByteArrayView codeLists(); // data/gs1-codelists.txt

} // namespace stockhand::scan::data
