#include "ops/exception.h"

namespace stockhand::ops {

QString ResolveException::actionName(Action a)
{
    return a == Action::Recount ? QStringLiteral("recount") : QStringLiteral("acknowledge");
}

QJsonObject ResolveException::toJson() const
{
    return PayloadWriter().id("exception_id", exceptionId).text("action", actionName(action)).text("note", note).take();
}

Result<ResolveException> ResolveException::parse(const QJsonObject &payload)
{
    const PayloadReader r(payload);
    auto id = r.requireId("exception_id");
    if (!id)
        return id.error();
    ResolveException p;
    p.exceptionId = id.value();
    const QString action = r.optionalString("action");
    if (action == QLatin1String("recount"))
        p.action = Action::Recount;
    else if (!action.isEmpty() && action != QLatin1String("acknowledge"))
        return makeError("op.wrong-type", QStringLiteral("action must be \"acknowledge\" or \"recount\"."));
    p.note = r.optionalString("note").left(500);
    if (p.action == Action::Acknowledge && p.note.isEmpty())
        return makeError("op.missing-field", QStringLiteral("note is required to acknowledge an exception."));
    return p;
}

} // namespace stockhand::ops
