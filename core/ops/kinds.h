// The operation kinds: each one's name on the wire and the roles that may send it. Every kind has its
// own module here (pick.h, receive.h, ...) with its payload struct, its one parser and the effects it
// predicts on the device. The screens, stockhand-cli, the test fixtures and the server's rules all use
// them (docs/operations.md).
#pragma once

#include "domain/operation.h"

#include <QStringList>

#include <array>

namespace stockhand::ops {

enum class Kind {
    Receive,
    Pick,
    ShortPick,
    Move,
    Count,
    ApproveAdjustment,
    RejectAdjustment,
    ValidateTransfer,
    RequestRecount,
    ResolveException,
    SetCountPolicy,
    AttachBarcode,
    ReportDiscrepancy,
    LabelPackage,
};

struct KindInfo
{
    Kind kind;
    const char *name; // as sent: "short_pick"
    std::array<const char *, 2> roles; // any of these may send it (supervisor and admin always may); nullptr = none
    // A decision of supervisor authority: the server accepts it only with a proof of a user session it
    // issued to that user on that device (docs/security.md); the device attaches it when it records.
    bool needsSession = false;
};

const KindInfo &kindInfo(Kind kind);
const KindInfo *findKind(QStringView name); // nullptr for an unknown kind
QString kindName(Kind kind);
// True for the kinds of supervisor authority (approve/reject adjustments, recounts, resolving exceptions).
bool needsSession(QStringView kindName);

// Supervisors and admins may do anything; others need one of the kind's roles.
bool isSupervisor(const QStringList &userRoles);
bool rolesAllow(const QStringList &userRoles, Kind kind);
// The roles a kind needs, for a message ("picker / receiver"; "supervisor" when only supervisors may).
QString rolesText(Kind kind);

// A recorded operation before the store gives it a sequence, uuid and time.
template<typename P> OperationDraft draft(const P &payload, qint64 userId, Effects effects = {})
{
    return OperationDraft {kindName(P::kKind), payload.toJson(), userId, std::move(effects)};
}

} // namespace stockhand::ops
