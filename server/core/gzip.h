// gzip for request and response bodies (zlib).
#pragma once

#include "result.h"

#include <QByteArray>

namespace stockhand::server {

QByteArray gzipCompress(const QByteArray &data, int level = 1);
// Fails when the data is not gzip or inflates past maxBytes (a zip bomb must not take the server down).
Result<QByteArray> gzipDecompress(const QByteArray &data, qint64 maxBytes);

} // namespace stockhand::server
