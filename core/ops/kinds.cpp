#include "ops/kinds.h"

#include <iterator>

namespace stockhand::ops {

namespace {

constexpr KindInfo kKinds[] = {
    {Kind::Receive, "receive", {"receiver", nullptr}},
    {Kind::Pick, "pick", {"picker", nullptr}},
    {Kind::ShortPick, "short_pick", {"picker", nullptr}},
    {Kind::Move, "move", {"receiver", "picker"}},
    {Kind::Count, "count", {"counter", nullptr}},
    {Kind::ApproveAdjustment, "approve_adjustment", {nullptr, nullptr}, true},
    {Kind::RejectAdjustment, "reject_adjustment", {nullptr, nullptr}, true},
    // Which of the two depends on the transfer's kind: validate.h, mayValidate().
    {Kind::ValidateTransfer, "validate_transfer", {"picker", "receiver"}},
    {Kind::RequestRecount, "request_recount", {nullptr, nullptr}, true},
    {Kind::ResolveException, "resolve_exception", {nullptr, nullptr}, true},
    {Kind::SetCountPolicy, "set_count_policy", {nullptr, nullptr}, true},
    {Kind::AttachBarcode, "attach_barcode", {"receiver", "counter"}},
    {Kind::ReportDiscrepancy, "report_discrepancy", {"receiver", nullptr}},
    {Kind::LabelPackage, "label_package", {"receiver", "picker"}},
};

constexpr bool inEnumOrder()
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (int(kKinds[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kKinds is indexed by Kind");

} // namespace

const KindInfo &kindInfo(Kind kind)
{
    return kKinds[int(kind)];
}

const KindInfo *findKind(QStringView name)
{
    for (const KindInfo &k : kKinds) {
        if (name == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

QString kindName(Kind kind)
{
    return QLatin1String(kindInfo(kind).name);
}

bool needsSession(QStringView kindName)
{
    const KindInfo *k = findKind(kindName);
    return k && k->needsSession;
}

bool isSupervisor(const QStringList &userRoles)
{
    return userRoles.contains(QLatin1String("supervisor")) || userRoles.contains(QLatin1String("admin"));
}

bool rolesAllow(const QStringList &userRoles, Kind kind)
{
    if (isSupervisor(userRoles))
        return true;
    for (const char *r : kindInfo(kind).roles) {
        if (r && userRoles.contains(QLatin1String(r)))
            return true;
    }
    return false;
}

QString rolesText(Kind kind)
{
    QStringList names;
    for (const char *r : kindInfo(kind).roles) {
        if (r)
            names.append(QLatin1String(r));
    }
    return names.isEmpty() ? QStringLiteral("supervisor") : names.join(QStringLiteral(" / "));
}

} // namespace stockhand::ops
