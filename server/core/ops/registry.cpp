#include "ops/opcontext.h"

namespace stockhand::server {

const OpKindSpec *opKindSpec(const QString &kind)
{
    static const OpKindSpec specs[] = {
        {ops::Kind::Receive, applyReceive},
        {ops::Kind::Pick, applyPick},
        {ops::Kind::ShortPick, applyShortPick},
        {ops::Kind::Move, applyMove},
        {ops::Kind::Count, applyCount},
        {ops::Kind::ApproveAdjustment, applyApproveAdjustment, authorizeAdjustmentDecision},
        {ops::Kind::RejectAdjustment, applyRejectAdjustment, authorizeAdjustmentDecision},
        {ops::Kind::ValidateTransfer, applyValidateTransfer, authorizeValidateTransfer},
        {ops::Kind::RequestRecount, applyRequestRecount},
        {ops::Kind::ResolveException, applyResolveException},
        {ops::Kind::SetCountPolicy, applySetCountPolicy, authorizeSetCountPolicy},
        {ops::Kind::AttachBarcode, applyAttachBarcode},
        {ops::Kind::ReportDiscrepancy, applyReportDiscrepancy},
        {ops::Kind::LabelPackage, applyLabelPackage},
    };
    const ops::KindInfo *info = ops::findKind(kind);
    return info ? &specs[int(info->kind)] : nullptr;
}

} // namespace stockhand::server
