// Parses one row of the change feed: a JSON array of scalars (null, true/false, numbers, strings), fast
// and strictly (docs/sync-protocol.md). Rows are the bulk of a first sync, so this avoids QJsonDocument.
#pragma once

#include "store/feedwriter.h"

#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace stockhand::sync {

using RowValue = store::FeedValue;

class RowParser
{
public:
    // Parses `line` (without the newline). false with error() set when it is not an array of scalars.
    bool parse(std::string_view line);
    const std::vector<RowValue> &values() const { return m_values; }
    const QString &error() const { return m_error; }

private:
    bool fail(const char *what, size_t at);
    bool parseString(std::string_view line, size_t &i, RowValue &out);
    bool parseNumber(std::string_view line, size_t &i, RowValue &out);

    std::vector<RowValue> m_values;
    std::deque<std::string> m_scratch; // decoded escaped strings of the current row (stable addresses)
    size_t m_scratchUsed = 0;
    QString m_error;
};

} // namespace stockhand::sync
