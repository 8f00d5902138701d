#include "floorargs.h"

#include "store/usersessions.h"

#include "scan/interpreter.h"

#include <QRegularExpression>

namespace stockhand::cli::floor {

using scan::EntityKind;

int exitCodeOf(const Error &error)
{
    // The codes of the payload parser (core/ops/payload.h): the value typed is not one the server takes.
    static const QStringList usageCodes {QStringLiteral("usage"), QStringLiteral("op.missing-field"),
        QStringLiteral("op.wrong-type"), QStringLiteral("op.invalid-quantity"), QStringLiteral("op.same-location")};
    return usageCodes.contains(error.code) ? 2 : 1;
}

Error usage(const QString &message)
{
    return makeError("usage", message);
}

Result<Args> Args::parse(
    const QStringList &args, const std::vector<const char *> &valued, const std::vector<const char *> &flags)
{
    auto known = [](const std::vector<const char *> &names, const QString &arg) {
        for (const char *n : names) {
            if (arg == QLatin1String(n))
                return true;
        }
        return false;
    };
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool isValued = a == u"--user" || a == u"--pin" || known(valued, a);
        if (!isValued && !known(flags, a))
            return usage(QStringLiteral("unknown option or argument: %1")
                             .arg(a.startsWith(u"--") ? a : QStringLiteral("(a value)")));
        if (out.m_values.contains(a))
            return usage(QStringLiteral("%1 is given twice").arg(a));
        if (isValued && (i + 1 >= args.size() || args.at(i + 1).isEmpty()))
            return usage(QStringLiteral("%1 needs a value").arg(a));
        out.m_values.insert(a, isValued ? args.at(++i) : QString());
    }
    if (!out.has("--user"))
        return usage(QStringLiteral("every floor command needs --user BADGE and --pin PIN (or a session: sign-in)"));
    return out;
}

Result<QString> Args::required(const char *name) const
{
    if (!has(name))
        return usage(QStringLiteral("%1 is required").arg(QLatin1String(name)));
    return text(name);
}

namespace {

// "12" is an id; "0", "012" or anything longer than 9 digits is not (it is scanned: a numeric barcode).
std::optional<qint64> plainId(const QString &value)
{
    static const QRegularExpression id(QStringLiteral("^[1-9][0-9]{0,8}$"));
    if (!id.match(value).hasMatch())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

Result<qint64> Args::requiredId(const char *name) const
{
    auto v = required(name);
    if (!v)
        return v.error();
    const auto id = plainId(*v);
    if (!id)
        return usage(QStringLiteral("%1 needs a positive integer id, not %2").arg(QLatin1String(name), *v));
    return *id;
}

Result<qint64> Args::optionalId(const char *name) const
{
    return has(name) ? requiredId(name) : Result<qint64>(qint64(0));
}

Status Floor::signIn(std::optional<ops::Kind> kind)
{
    // A PIN is checked offline; without one the user must have signed in online on this device
    // (stockhand-cli sign-in: supervisors and admins, whose verifiers devices never hold).
    auto u = args.has("--pin") ? store::checkBadgeAndPin(db(), args.text("--user"), args.text("--pin"))
                               : store::userByBadgeOrLogin(db(), args.text("--user"));
    if (!u)
        return u.error();
    user = std::move(u).value();
    store::UserSessions sessions(db(), c.store.clock());
    auto session = sessions.live(user.id);
    if (!session)
        return session.error();
    if (!args.has("--pin") && !*session)
        return usage(QStringLiteral("%1 needs --pin PIN, or a session signed in online on this device (sign-in)")
                         .arg(user.badge));
    auto wh = c.store.workingWarehouse(user.warehouseId);
    if (!wh)
        return wh.error();
    warehouseId = *wh;
    if (kind && !ops::rolesAllow(user.roles, *kind))
        return makeError("role.forbidden",
            QStringLiteral("%1 may not %2: it needs the role %3.")
                .arg(user.badge, ops::kindName(*kind), ops::rolesText(*kind)));
    if (kind && ops::kindInfo(*kind).needsSession && !*session)
        return makeError("session.required",
            QStringLiteral("%1 is a supervisor's decision: the server accepts it only with a session signed in "
                           "online on this device (stockhand-cli sign-in --login L --password-file F).")
                .arg(ops::kindName(*kind)));
    return {};
}

Result<qint64> Floor::idOf(const char *option, EntityKind expected, scan::Resolution *out)
{
    auto value = args.required(option);
    if (!value)
        return value.error();
    if (const auto id = plainId(*value))
        return *id;
    const QString data = value->startsWith(u"scan:") ? value->mid(5) : *value;
    scan::InterpretOptions o;
    o.today = c.store.clock().now().date();
    scan::ScanContext context;
    context.expected = expected;
    scan::Resolver resolver(db());
    auto r = resolver.resolve(scan::interpret(scan::withControlCharacters(data), o), context);
    if (!r)
        return r.error();
    const bool productScan = expected == EntityKind::Product
        && (r->kind == EntityKind::Product || r->kind == EntityKind::Lot || r->kind == EntityKind::Serial);
    if (r->kind != expected && !productScan) {
        const char *what = scan::nameOf(expected);
        const QString why
            = r->kind == EntityKind::Unknown || r->kind == EntityKind::Invalid || r->kind == EntityKind::Ambiguous
            ? r->message
            : QStringLiteral("it is a %1").arg(QLatin1String(scan::nameOf(r->kind)));
        return Error {QStringLiteral("op.unknown-%1").arg(QLatin1String(what)),
            QStringLiteral("%1 %2 is not a %3 on this device: %4")
                .arg(QLatin1String(option), scan::visibleText(data), QLatin1String(what), why),
            0};
    }
    if (out)
        *out = *r;
    return r->kind == EntityKind::Product || !productScan ? r->match.id : r->match.productId;
}

Result<store::LocationInfo> Floor::location(const char *option)
{
    auto id = idOf(option, EntityKind::Location);
    if (!id)
        return id.error();
    auto loc = store::locationInfo(db(), *id);
    if (!loc)
        return loc.error();
    if (!*loc || (*loc)->warehouseId != warehouseId)
        return makeError("op.unknown-location",
            QStringLiteral("Location %1 is not a location of this warehouse.").arg(args.text(option)));
    return **loc;
}

Result<ProductArg> Floor::product(const char *option)
{
    scan::Resolution r;
    auto id = idOf(option, EntityKind::Product, &r);
    if (!id)
        return id.error();
    auto p = store::productInfo(db(), *id);
    if (!p)
        return p.error();
    if (!*p)
        return makeError(
            "op.unknown-product", QStringLiteral("Product %1 is not known on this device.").arg(args.text(option)));
    ProductArg out {**p, {}};
    if (r.kind == EntityKind::Lot || r.kind == EntityKind::Serial)
        out.scannedLot = {r.match.id, {}};
    else if (r.lotId)
        out.scannedLot = {r.lotId, {}};
    else
        out.scannedLot = {0, !r.serial.isEmpty() ? r.serial : r.lotName};
    return out;
}

Result<store::TransferHeader> Floor::transfer(const char *option)
{
    auto id = idOf(option, EntityKind::Transfer);
    if (!id)
        return id.error();
    auto t = store::loadTransfer(db(), *id);
    if (!t)
        return t.error();
    if (!*t || (*t)->warehouseId != warehouseId)
        return makeError("op.unknown-transfer",
            QStringLiteral("Transfer %1 is not a transfer of this warehouse.").arg(args.text(option)));
    return **t;
}

Result<store::PackageInfo> Floor::package(const char *option)
{
    auto id = idOf(option, EntityKind::Package);
    if (!id)
        return id.error();
    auto p = store::packageInfo(db(), *id);
    if (!p)
        return p.error();
    if (!*p)
        return makeError(
            "op.unknown-package", QStringLiteral("Package %1 is not known on this device.").arg(args.text(option)));
    return **p;
}

Result<store::TransferLine> Floor::line(const char *option, std::initializer_list<const char *> kinds)
{
    auto id = args.requiredId(option);
    if (!id)
        return id.error();
    auto l = store::loadTransferLine(db(), *id);
    if (!l)
        return l.error();
    std::optional<store::TransferHeader> transfer;
    if (*l) {
        auto t = store::loadTransfer(db(), (*l)->transferId);
        if (!t)
            return t.error();
        transfer = *t;
    }
    if (!transfer || transfer->warehouseId != warehouseId)
        return makeError(
            "op.unknown-line", QStringLiteral("Line %1 is not a transfer line of this warehouse.").arg(*id));
    const store::TransferLine &line = **l;
    bool kindOk = false;
    QStringList names;
    for (const char *k : kinds) {
        kindOk = kindOk || transfer->kind == QLatin1String(k);
        names.append(QLatin1String(k));
    }
    if (!kindOk)
        return makeError("op.wrong-transfer-kind",
            QStringLiteral("Line %1 belongs to %2, a %3, not a %4.")
                .arg(
                    QString::number(line.id), transfer->reference, transfer->kind, names.join(QStringLiteral(" or "))));
    if (transfer->closed())
        return makeError(
            "op.transfer-closed", QStringLiteral("%1 is already %2.").arg(transfer->reference, transfer->state));
    return line;
}

Result<ops::LotRef> Floor::lot(const store::ProductInfo &p, const ops::LotRef &scanned, bool mustBeKnown, bool required)
{
    if (args.has("--lot-id") && args.has("--lot"))
        return usage(QStringLiteral("give --lot-id or --lot, not both"));
    auto lotId = args.optionalId("--lot-id");
    if (!lotId)
        return lotId.error();
    ops::LotRef out = scanned;
    if (*lotId)
        out = {*lotId, {}};
    else if (args.has("--lot"))
        out = {0, args.text("--lot").trimmed()};
    if (out.id) {
        auto l = store::lotInfo(db(), out.id);
        if (!l)
            return l.error();
        if (!*l || (*l)->productId != p.id)
            return makeError("op.unknown-lot", QStringLiteral("Lot %1 is not a lot of %2.").arg(out.id).arg(p.sku));
    } else if (!out.name.isEmpty()) {
        auto l = store::findLot(db(), p.id, out.name);
        if (!l)
            return l.error();
        if (*l)
            out = {(*l)->id, {}};
        else if (mustBeKnown)
            return makeError("op.unknown-lot", QStringLiteral("Lot %1 is not known for %2.").arg(out.name, p.sku));
    }
    if (required && out.isEmpty() && p.tracking != u"none")
        return makeError("op.lot-required",
            QStringLiteral("%1 is tracked by %2: give --lot NAME or --lot-id ID.").arg(p.sku, p.tracking));
    return out;
}

Result<QString> Floor::reason(const char *option, const char *kind, bool required)
{
    if (!args.has(option)) {
        if (required)
            return usage(QStringLiteral("%1 CODE is required (a reason of kind %2)")
                             .arg(QLatin1String(option), QLatin1String(kind)));
        return QString();
    }
    const QString code = args.text(option).trimmed();
    auto known = store::isReason(db(), code, QLatin1String(kind));
    if (!known)
        return known.error();
    if (!*known)
        return makeError("op.unknown-reason",
            QStringLiteral("%1 is not a reason of kind %2 on this device.").arg(code, QLatin1String(kind)));
    return code;
}

} // namespace stockhand::cli::floor
