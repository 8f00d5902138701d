#include "ops/opcontext.h"

#include "domain/operation.h"

namespace stockhand::server {

const OpKindSpec *opKindSpec(const QString &kind)
{
    static const OpKindSpec specs[] = {
        {"receive", {"receiver", nullptr}, applyReceive},
        {"pick", {"picker", nullptr}, applyPick},
        {"short_pick", {"picker", nullptr}, applyShortPick},
        {"move", {"receiver", "picker"}, applyMove},
        {"count", {"counter", nullptr}, applyCount},
        {"approve_adjustment", {nullptr, nullptr}, applyApproveAdjustment},
        {"reject_adjustment", {nullptr, nullptr}, applyRejectAdjustment},
        {"validate_transfer", {"picker", "receiver"}, applyValidateTransfer, authorizeValidateTransfer},
        {"request_recount", {nullptr, nullptr}, applyRequestRecount},
    };
    for (const auto &s : specs) {
        if (kind == QLatin1String(s.kind))
            return &s;
    }
    return nullptr;
}

} // namespace stockhand::server
