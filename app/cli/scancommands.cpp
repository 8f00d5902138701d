#include "scancommands.h"

#include "barcodedecoder.h"
#include "clock.h"
#include "scan/scanjson.h"
#include "store/devicestore.h"
#include "store/scanmatches.h"
#include "store/sitesettings.h"

#include <QJsonArray>

#include <QCommandLineParser>
#include <QImage>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace stockhand;

namespace {

struct Common
{
    QCommandLineParser parser;
    Common(const QString &positional, const QString &description)
    {
        parser.addPositionalArgument(positional, description);
        parser.addOptions({
            {u"store"_s, u"Device store to resolve against."_s, u"path"_s},
            {u"expect"_s, u"What the current step expects: product, location, lot, package, transfer, user."_s,
                u"kind"_s},
            {u"product"_s, u"Id of the product the step is about."_s, u"id"_s},
            {u"receiver"_s, u"The user may attach barcodes and create lots."_s},
            {u"today"_s, u"Reference date for two-digit years (default: today)."_s, u"date"_s},
            {u"location-prefix"_s, u"Codes with this prefix are locations only."_s, u"prefix"_s},
            {u"badge-prefix"_s, u"Codes with this prefix are user badges only."_s, u"prefix"_s},
            {u"formats"_s, u"Barcode formats to look for (decode), e.g. ean13,code128,qr or all."_s, u"list"_s},
        });
    }
};

std::optional<scan::EntityKind> parseKind(const QString &s)
{
    using K = scan::EntityKind;
    for (K k : {K::Product, K::Location, K::Lot, K::Serial, K::Package, K::Transfer, K::CountTask, K::User}) {
        if (s == QLatin1String(scan::nameOf(k)))
            return k;
    }
    return std::nullopt;
}

// Parses, interprets, resolves; fills `json`. Returns an exit code.
int interpretAndResolve(const QString &data, const QCommandLineParser &p, QJsonObject &json, QTextStream &err)
{
    QDate today = QDate::currentDate(); // the command line is the edge: the wall clock is read here only
    if (p.isSet(u"today"_s)) {
        today = QDate::fromString(p.value(u"today"_s), Qt::ISODate);
        if (!today.isValid()) {
            err << "invalid --today date: " << p.value(u"today"_s) << Qt::endl;
            return 2;
        }
    }
    const scan::Interpretation in = scan::interpret(data, {today});
    json.insert(u"interpretation"_s, scan::toJson(in));
    if (!p.isSet(u"store"_s))
        return in.ok() ? 0 : 1;
    scan::ScanContext ctx;
    if (p.isSet(u"expect"_s)) {
        const auto kind = parseKind(p.value(u"expect"_s));
        if (!kind) {
            err << "unknown --expect kind: " << p.value(u"expect"_s) << Qt::endl;
            return 2;
        }
        ctx.expected = *kind;
    }
    ctx.expectedProductId = p.value(u"product"_s).toLongLong();
    ctx.mayAttachBarcode = ctx.mayCreateLot = p.isSet(u"receiver"_s);
    db::OpenOptions options;
    options.create = false;
    auto store = store::DeviceStore::open(p.value(u"store"_s), SystemClock::instance(), options);
    if (!store) {
        err << store.error().toString() << Qt::endl;
        return 3;
    }
    scan::ResolverRules rules;
    rules.locationPrefixes = p.values(u"location-prefix"_s);
    rules.badgePrefixes = p.values(u"badge-prefix"_s);
    scan::Resolver resolver((*store)->db(), rules);
    auto r = resolver.resolve(in, ctx);
    if (!r) {
        err << r.error().toString() << Qt::endl;
        return 3;
    }
    json.insert(u"resolution"_s, scan::toJson(*r, ctx));
    return in.ok() ? 0 : 1;
}

bool parse(QCommandLineParser &p, const QString &command, const QStringList &args, QTextStream &err)
{
    if (!p.parse(QStringList {command} + args)) {
        err << p.errorText() << Qt::endl;
        return false;
    }
    if (p.positionalArguments().size() != 1) {
        err << "usage: stockhand-cli " << command << (command == u"scan" ? " DATA" : " IMAGE") << " [options]"
            << Qt::endl;
        return false;
    }
    return true;
}

void print(QTextStream &out, const QJsonObject &json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

int runScanCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Common c(u"data"_s, u"The scan, e.g. ]C10109506000134352<GS>10A12"_s);
    if (!parse(c.parser, u"scan"_s, args, err))
        return 2;
    QJsonObject json;
    const int rc
        = interpretAndResolve(scan::withControlCharacters(c.parser.positionalArguments().front()), c.parser, json, err);
    if (rc != 2 && rc != 3)
        print(out, json);
    return rc;
}

int runDecodeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Common c(u"image"_s, u"Image file (PNG, JPEG, ...)"_s);
    if (!parse(c.parser, u"decode"_s, args, err))
        return 2;
    scanner::DecoderSettings settings;
    if (c.parser.isSet(u"formats"_s)) {
        auto formats = scanner::parseSymbologies(c.parser.value(u"formats"_s));
        if (!formats) {
            err << formats.error().message << Qt::endl;
            return 2;
        }
        settings.formats = *formats;
    }
    const QString path = c.parser.positionalArguments().front();
    const QImage image(path);
    if (image.isNull()) {
        err << "cannot read image " << path << Qt::endl;
        return 3;
    }
    auto decoded = scanner::BarcodeDecoder(settings).decode(image);
    if (!decoded) {
        err << decoded.error().message << Qt::endl;
        return 3;
    }
    QJsonObject json {{u"image"_s, path}, {u"found"_s, decoded->has_value()}};
    if (!decoded->has_value()) {
        print(out, json);
        return 1;
    }
    const scanner::Decoded &d = **decoded;
    json.insert(u"format"_s, scanner::symbologyName(d.format));
    json.insert(u"symbologyId"_s, d.symbologyId);
    json.insert(u"text"_s, scan::visibleText(d.text));
    const int rc = interpretAndResolve(d.scan(), c.parser, json, err);
    if (rc != 2 && rc != 3)
        print(out, json);
    return rc;
}

int runLookupCommand(store::DeviceStore &store, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"code"_s, u"A code as scanned or typed (location name, SKU, lot, ...)."_s);
    p.addOption(
        {u"warehouse"_s, u"The device's warehouse (id; default: the enrolled one, else every one)."_s, u"id"_s});
    if (!p.parse(QStringList {u"lookup"_s} + args) || p.positionalArguments().size() != 1) {
        err << "usage: stockhand-cli lookup CODE [--warehouse ID]" << Qt::endl;
        return 2;
    }
    qint64 warehouse = p.value(u"warehouse"_s).toLongLong();
    if (!p.isSet(u"warehouse"_s))
        warehouse = store.workingWarehouse(0).valueOr(0);
    auto site = store::siteSettings(store.db(), warehouse);
    if (!site) {
        err << site.error().toString() << Qt::endl;
        return 3;
    }
    scan::ResolverRules rules;
    rules.warehouseId = warehouse;
    rules.lotsCaseSensitive = site->lotsCaseSensitive;
    scan::Resolver resolver(store.db(), rules);
    auto r = resolver.resolveInput(p.positionalArguments().first(), {QDate::currentDate()}, {});
    if (!r) {
        err << r.error().toString() << Qt::endl;
        return 3;
    }
    QJsonObject json {{u"resolution"_s, scan::toJson(*r, {})}};
    Result<QList<store::PlaceRow>> places = QList<store::PlaceRow> {};
    if (r->kind == scan::EntityKind::Location)
        places = store::stockAtLocation(store.db(), r->match.id);
    else if (r->kind == scan::EntityKind::Product || r->kind == scan::EntityKind::Lot
        || r->kind == scan::EntityKind::Serial)
        places = store::placesOfProduct(store.db(), r->match.productId, warehouse);
    if (!places) {
        err << places.error().toString() << Qt::endl;
        return 3;
    }
    QJsonArray rows;
    for (const store::PlaceRow &row : *places) {
        if ((r->kind == scan::EntityKind::Lot || r->kind == scan::EntityKind::Serial) && row.lot != r->match.code)
            continue;
        rows.append(QJsonObject {{u"location"_s, row.location}, {u"product"_s, row.product}, {u"lot"_s, row.lot},
            {u"package"_s, row.package}, {u"qty"_s, formatQuantity(row.qty)}, {u"uom"_s, row.uom}});
    }
    json.insert(u"places"_s, rows);
    print(out, json);
    return r->kind == scan::EntityKind::Unknown || r->kind == scan::EntityKind::Ambiguous
            || r->kind == scan::EntityKind::Invalid
        ? 1
        : 0;
}
