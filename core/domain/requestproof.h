// A supervisor's online request (the fleet, the KPIs, enrolment codes: docs/security.md) proven to the
// server the way a supervisor's operations are: under the secret of the user session the server issued to
// that supervisor on that device. The request carries the header
//     X-Stockhand-User-Session: id=<session id>; time=<UTC ISO 8601>; proof=<base64url HMAC-SHA256>
// where the MAC covers the method, the path, the query pairs, the time and the SHA-256 of the body, one per
// line. The server accepts a time within its clock tolerance only, so a captured request cannot be replayed
// later, and a proof cannot be moved to another request.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace stockhand {

inline constexpr char kUserSessionHeader[] = "X-Stockhand-User-Session";

struct RequestProof
{
    QString sessionId;
    QString time; // the device's clock, UTC ISO 8601
    QString proof; // base64url, no padding

    // What the proof signs.
    static QByteArray message(const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, const QString &time, const QByteArray &body);
    // The header for this request under the session's secret.
    static RequestProof sign(const QByteArray &secret, const QString &sessionId, const QString &time,
        const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &query,
        const QByteArray &body);
    // Constant-time check of `proof` against the request under the secret.
    bool validFor(const QByteArray &secret, const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, const QByteArray &body) const;

    QByteArray header() const;
    // nullopt when the header is not id=...; time=...; proof=... (in any order, each once).
    static std::optional<RequestProof> parse(const QByteArray &header);
};

} // namespace stockhand
