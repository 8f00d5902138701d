#include "gzip.h"

#include <zlib.h>

namespace stockhand::server {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream zs {};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> gzipDecompress(const QByteArray &data, qint64 maxBytes)
{
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return makeError("request.bad-encoding", QStringLiteral("Cannot start gzip decoding."));
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof(buf);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return makeError("request.bad-encoding", QStringLiteral("The body is not valid gzip."));
        }
        out.append(buf, qsizetype(sizeof(buf) - zs.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&zs);
            return makeError("request.too-large", QStringLiteral("The body is larger than %1 bytes.").arg(maxBytes));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return makeError("request.bad-encoding", QStringLiteral("The gzip body is truncated."));
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace stockhand::server
