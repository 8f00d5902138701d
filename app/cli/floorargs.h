// What a floor command of stockhand-cli reads before it records: its options, the user (badge + PIN,
// offline), the device's warehouse, and the entities named by id or by a scanned code, each checked
// against this device's replica the way the screens check them (floorcommands.h).
#pragma once

#include "clicommands.h"
#include "ops/kinds.h"
#include "ops/payload.h"
#include "scan/resolver.h"
#include "store/catalog.h"
#include "store/transferlines.h"
#include "store/users.h"

#include <QMap>

#include <initializer_list>
#include <vector>

namespace stockhand::cli::floor {

// Exit code of a failed command: 2 for usage (the command line, or a value the payload parser refuses:
// op.invalid-quantity, op.wrong-type, ...), 1 for everything else.
int exitCodeOf(const Error &error);
Error usage(const QString &message);

// "--name value" pairs and flags; anything else is a usage error. Every floor command takes --user and
// --pin.
class Args
{
public:
    static Result<Args> parse(
        const QStringList &args, const std::vector<const char *> &valued, const std::vector<const char *> &flags = {});

    bool has(const char *name) const { return m_values.contains(QLatin1String(name)); }
    QString text(const char *name) const { return m_values.value(QLatin1String(name)); }
    Result<QString> required(const char *name) const;
    // A positive integer id; usage error when malformed (or absent, for requiredId).
    Result<qint64> requiredId(const char *name) const;
    Result<qint64> optionalId(const char *name) const; // 0 when absent

private:
    QMap<QString, QString> m_values; // flags map to ""
};

// The product a --product option names, with the lot that came with its scan (a lot label, GS1 AI 10/21).
struct ProductArg
{
    store::ProductInfo product;
    ops::LotRef scannedLot;
};

// One floor command: the signed-in user, the device's warehouse, and the lookups.
class Floor
{
public:
    Floor(Context &c, Args args)
        : c(c)
        , args(std::move(args))
    { }

    // Badge + PIN against the replica (user.unknown, user.wrong-pin), then the kind's roles
    // (role.forbidden); `kind` nullopt = checked later (validate: by the transfer's kind).
    Status signIn(std::optional<ops::Kind> kind);

    // By id, or a scan (a location barcode, a product barcode or GS1 data, a lot label, a transfer
    // reference, a package name) resolved with the screens' resolver. Must be of this warehouse.
    Result<store::LocationInfo> location(const char *option);
    Result<ProductArg> product(const char *option);
    Result<store::TransferHeader> transfer(const char *option);
    Result<store::PackageInfo> package(const char *option);
    // A line of an open transfer of this warehouse of one of these kinds.
    Result<store::TransferLine> line(const char *option, std::initializer_list<const char *> kinds);
    // --lot-id / --lot for the product (a lot scanned with the product when neither is given). A lot id
    // must be one of the product's; a name becomes the lot's id when the replica knows it, else (unless
    // `mustBeKnown`) stays a name for the server to create. Tracked products need one (op.lot-required).
    Result<ops::LotRef> lot(const store::ProductInfo &p, const ops::LotRef &scanned, bool mustBeKnown, bool required);
    // A reason code of this kind (adjustment, short_pick, putaway_override); empty when absent and optional.
    Result<QString> reason(const char *option, const char *kind, bool required);

    db::Database &db() { return c.store.db(); }

    Context &c;
    const Args args;
    store::UserInfo user;
    qint64 warehouseId = 0;

private:
    // The id an option names: its value when that is an id, else what its scan resolves to.
    Result<qint64> idOf(const char *option, scan::EntityKind expected, scan::Resolution *scan = nullptr);
};

} // namespace stockhand::cli::floor
