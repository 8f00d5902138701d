#include "domain/operation.h"

namespace stockhand {

QString opStateName(OpState s)
{
    switch (s) {
    case OpState::Pending:
        return QStringLiteral("pending");
    case OpState::Applied:
        return QStringLiteral("applied");
    case OpState::Duplicate:
        return QStringLiteral("duplicate");
    case OpState::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<OpState> opStateFromName(QStringView name)
{
    for (OpState s : {OpState::Pending, OpState::Applied, OpState::Duplicate, OpState::Rejected}) {
        if (name == opStateName(s))
            return s;
    }
    return std::nullopt;
}

} // namespace stockhand
