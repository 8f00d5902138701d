#include "rowwriter.h"

#include <charconv>

namespace stockhand::server {

void RowWriter::number(qint64 v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof(buf), v);
    m_out.append(buf, qsizetype(r.ptr - buf));
}

void RowWriter::string(std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(s.data() + start, qsizetype(i - start));
        start = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            m_out.append(esc, 6);
        }
        }
    }
    m_out.append(s.data() + start, qsizetype(s.size() - start));
    m_out.append('"');
}

} // namespace stockhand::server
