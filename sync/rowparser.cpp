#include "rowparser.h"

#include <charconv>

namespace stockhand::sync {

namespace {

void skipSpace(std::string_view s, size_t &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
        ++i;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

bool RowParser::fail(const char *what, size_t at)
{
    m_error = QStringLiteral("%1 at byte %2").arg(QString::fromLatin1(what)).arg(at);
    return false;
}

bool RowParser::parse(std::string_view line)
{
    m_values.clear();
    m_scratchUsed = 0;
    m_error.clear();
    size_t i = 0;
    skipSpace(line, i);
    if (i >= line.size() || line[i] != '[')
        return fail("a row must be a JSON array", i);
    ++i;
    skipSpace(line, i);
    if (i < line.size() && line[i] == ']') {
        ++i;
    } else {
        for (;;) {
            skipSpace(line, i);
            if (i >= line.size())
                return fail("the row ends inside the array", i);
            RowValue v;
            const char c = line[i];
            if (c == '"') {
                if (!parseString(line, i, v))
                    return false;
            } else if (c == 'n' && line.substr(i, 4) == "null") {
                i += 4;
            } else if (c == 't' && line.substr(i, 4) == "true") {
                v.type = RowValue::Type::Integer;
                v.integer = 1;
                i += 4;
            } else if (c == 'f' && line.substr(i, 5) == "false") {
                v.type = RowValue::Type::Integer;
                i += 5;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!parseNumber(line, i, v))
                    return false;
            } else {
                return fail("a row value must be null, a boolean, a number or a string", i);
            }
            m_values.push_back(v);
            skipSpace(line, i);
            if (i < line.size() && line[i] == ',') {
                ++i;
                continue;
            }
            if (i < line.size() && line[i] == ']') {
                ++i;
                break;
            }
            return fail("expected , or ] in the row", i);
        }
    }
    skipSpace(line, i);
    if (i != line.size())
        return fail("trailing characters after the row", i);
    return true;
}

bool RowParser::parseString(std::string_view s, size_t &i, RowValue &out)
{
    const size_t start = ++i; // after the quote
    size_t j = start;
    while (j < s.size() && s[j] != '"' && s[j] != '\\') {
        if (static_cast<unsigned char>(s[j]) < 0x20)
            return fail("control character in a string", j);
        ++j;
    }
    if (j >= s.size())
        return fail("unterminated string", start);
    out.type = RowValue::Type::Text;
    if (s[j] == '"') { // the common case: no escapes, point into the line
        out.text = s.substr(start, j - start);
        i = j + 1;
        return true;
    }
    if (m_scratchUsed == m_scratch.size())
        m_scratch.emplace_back();
    std::string &buf = m_scratch[m_scratchUsed++];
    buf.assign(s.substr(start, j - start));
    while (j < s.size()) {
        const char c = s[j];
        if (c == '"') {
            out.text = buf;
            i = j + 1;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail("control character in a string", j);
        if (c != '\\') {
            buf += c;
            ++j;
            continue;
        }
        if (++j >= s.size())
            return fail("unterminated escape", j);
        switch (s[j]) {
        case '"':
            buf += '"';
            break;
        case '\\':
            buf += '\\';
            break;
        case '/':
            buf += '/';
            break;
        case 'b':
            buf += '\b';
            break;
        case 'f':
            buf += '\f';
            break;
        case 'n':
            buf += '\n';
            break;
        case 'r':
            buf += '\r';
            break;
        case 't':
            buf += '\t';
            break;
        case 'u': {
            auto hex4 = [&](size_t at, char32_t &cp) {
                if (at + 4 > s.size())
                    return false;
                cp = 0;
                for (size_t k = at; k < at + 4; ++k) {
                    const int h = hexValue(s[k]);
                    if (h < 0)
                        return false;
                    cp = cp * 16 + char32_t(h);
                }
                return true;
            };
            char32_t cp = 0;
            if (!hex4(j + 1, cp))
                return fail("bad \\u escape", j);
            j += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (j + 2 >= s.size() || s[j + 1] != '\\' || s[j + 2] != 'u' || !hex4(j + 3, low) || low < 0xDC00
                    || low > 0xDFFF)
                    return fail("unpaired surrogate", j);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                j += 6;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail("unpaired surrogate", j);
            }
            appendUtf8(buf, cp);
            break;
        }
        default:
            return fail("unknown escape", j);
        }
        ++j;
    }
    return fail("unterminated string", start);
}

bool RowParser::parseNumber(std::string_view s, size_t &i, RowValue &out)
{
    size_t j = i;
    bool real = false;
    if (j < s.size() && s[j] == '-')
        ++j;
    while (j < s.size()) {
        const char c = s[j];
        if (c >= '0' && c <= '9') {
            ++j;
        } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
            real = true;
            ++j;
        } else {
            break;
        }
    }
    const char *first = s.data() + i;
    const char *last = s.data() + j;
    if (!real) {
        auto [p, ec] = std::from_chars(first, last, out.integer);
        if (ec != std::errc() || p != last)
            return fail("bad integer", i);
        out.type = RowValue::Type::Integer;
    } else {
        auto [p, ec] = std::from_chars(first, last, out.real);
        if (ec != std::errc() || p != last)
            return fail("bad number", i);
        out.type = RowValue::Type::Real;
    }
    i = j;
    return true;
}

} // namespace stockhand::sync
