// Plain request/response structs: the server core speaks HTTP semantics without sockets, so that tests
// drive it in-process and the executable only translates (docs/sync-protocol.md).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace stockhand::server {

struct Request
{
    QByteArray method; // "GET", "POST"
    QString path; // "/v1/push"
    QList<QPair<QString, QString>> query;
    QByteArray authorization; // the Authorization header as sent ("Bearer <token>")
    QByteArray userSession; // X-Stockhand-User-Session: a supervisor's request proof (core/domain/requestproof.h)
    QByteArray contentEncoding;
    QByteArray acceptEncoding;
    QByteArray deviceReport; // X-Stockhand-Device-Report (domain/devicereport.h), or empty
    QByteArray range; // the Range header ("bytes=N-"), or empty
    QByteArray body;
    QString requestId;

    QString queryValue(const QString &key, const QString &fallback = QString()) const;
};

// A long poll the front end parks until the device's feed moves past `cursor` or the time runs out.
struct Wait
{
    qint64 warehouseId = 0;
    qint64 cursor = 0;
    int timeoutMs = 0;
};

struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray contentEncoding; // "gzip" when the body is compressed
    QByteArray body;
    // A file answer (a snapshot file): `fileLength` bytes of the file from `fileOffset`, streamed from disk
    // by the front end instead of `body`.
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // further headers (Content-Range, ETag, ...)
    QString deviceId; // for the access log
    bool wait = false;
    Wait waitFor;
};

Response jsonResponse(int status, const QJsonObject &object);
// {"error": {"code": ..., "message": ...}}
Response errorResponse(int status, const QString &code, const QString &message);

} // namespace stockhand::server
