// resolve_exception: a supervisor resolves one of the server's exceptions (docs/operations.md): it is
// acknowledged with a note, or the place it is about is to be counted again. It predicts nothing on the
// device: the resolution reaches every device of the warehouse through the feed (table `exception`).
#pragma once

#include "ops/kinds.h"
#include "ops/payload.h"

namespace stockhand::ops {

struct ResolveException
{
    static constexpr Kind kKind = Kind::ResolveException;
    enum class Action { Acknowledge, Recount };

    qint64 exceptionId = 0;
    Action action = Action::Acknowledge;
    QString note; // required to acknowledge, optional with a recount

    QJsonObject toJson() const;
    // "action": "acknowledge" (default) or "recount"; op.wrong-type for another word, op.missing-field
    // for an acknowledgement without a note.
    static Result<ResolveException> parse(const QJsonObject &payload);
    static QString actionName(Action a);
    bool operator==(const ResolveException &) const = default;
};

} // namespace stockhand::ops
