// Every failure of a sync is classified in ONE place (STYLE.md: ownCloud classifyError) into one decision
// that the push and pull jobs and the engine act on: HTTP replies, network errors, the server's error body,
// and local failures (applying a page, the store).
#pragma once

#include <QList>
#include <QNetworkReply>
#include <QStringList>

namespace stockhand::sync {

enum class Decision {
    Proceed, // success
    RetryLater, // network down, timeout, 5xx, 429, a page cut short, the store busy: back off, nothing is lost
    SetAsideOne, // push: one operation can never be applied (a batch of one refused as malformed, or a 403
                 // naming it): it goes to the exceptions inbox and the others go on
    ShrinkBatch, // push: the batch as a whole was refused as malformed: send one at a time to find the culprit
    Resync, // the server's epoch changed (restored or reset): take a new snapshot, push the acknowledged again
    Reenrol, // 401: the device token is missing, expired or revoked
    Fatal, // the request itself is wrong and retrying cannot help: automatic retries stop, health says why
};

enum class RequestKind { Push, Feed, Other };

// What came back, as the classifier needs it.
struct Reply
{
    RequestKind request = RequestKind::Other;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0; // 0 = no HTTP answer
    QString code; // the server's error code, or the code of a local failure
    QString message;
    QString operation; // the operation a 403 names (role.forbidden), canonical uuid
    QStringList batch; // push: the uuids of the operations sent

    // Reads status, network error and the server's error body ({"error": {"code", "message", "operation"}}).
    static Reply from(QNetworkReply *reply, RequestKind request, const QByteArray &body);
    // A failure on this side (applying a page, the store): `code` as the Error carries it.
    static Reply local(RequestKind request, const QString &code, const QString &message);
    QString describe(const QString &what, const QString &networkErrorText = QString()) const;
};

Decision classify(const Reply &reply);
const char *decisionName(Decision d);

} // namespace stockhand::sync
