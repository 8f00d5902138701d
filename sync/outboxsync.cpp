#include "outboxsync.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace stockhand::sync {

QByteArray pushRequestBody(const QList<Operation> &batch)
{
    QJsonArray array;
    for (const Operation &op : batch)
        array.append(op.toJson()); // as in an export file (docs/sync-protocol.md, "Push")
    return QJsonDocument(QJsonObject {{QStringLiteral("operations"), array}}).toJson(QJsonDocument::Compact);
}

Result<QList<store::OpAnswer>> readPushAnswers(const QList<Operation> &sent, const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
    if (err.error != QJsonParseError::NoError || results.size() != sent.size())
        return makeError("push.bad-answer",
            QStringLiteral("The server's answer to a push is not readable; the batch will be sent again."));
    QHash<QString, const Operation *> byUuid;
    for (const Operation &op : sent)
        byUuid.insert(op.uuid, &op);
    QList<store::OpAnswer> answers;
    answers.reserve(results.size());
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const Operation *op = byUuid.value(r.value(QStringLiteral("uuid")).toString());
        if (!op)
            return makeError(
                "push.bad-answer", QStringLiteral("The server answered for an operation it was not sent."));
        store::OpAnswer a;
        a.op = *op;
        QString status = r.value(QStringLiteral("status")).toString();
        const bool duplicate = status == u"duplicate";
        if (duplicate)
            status = r.value(QStringLiteral("original_status")).toString();
        if (status == u"rejected") {
            a.outcome = store::OpAnswer::Outcome::Rejected;
            a.code = r.value(QStringLiteral("code")).toString();
            a.message = r.value(QStringLiteral("message")).toString();
        } else if (status == u"applied") {
            a.outcome = duplicate ? store::OpAnswer::Outcome::Duplicate : store::OpAnswer::Outcome::Applied;
            a.result = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
        } else {
            return makeError(
                "push.bad-answer", QStringLiteral("Unknown status \"%1\" in the server's answer.").arg(status));
        }
        answers.append(std::move(a));
    }
    return answers;
}

} // namespace stockhand::sync
