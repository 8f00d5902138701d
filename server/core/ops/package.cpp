// SCAFFOLD: the rules of this kind are being written (issue 13); until then the server refuses it.
#include "ops/opcontext.h"

namespace stockhand::server {

Status applyLabelPackage(OpContext &ctx)
{
    auto p = ctx.payload<ops::LabelPackage>();
    SH_TRY(p);
    return ctx.reject("op.unsupported", QStringLiteral("This server does not apply %1 yet.").arg(ctx.op.kind));
}

} // namespace stockhand::server
