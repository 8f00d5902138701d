// Resolution of an interpreted scan against the device's store: product (with packaging quantity),
// location, lot or serial (with its product), package/SSCC, transfer, count task, user badge — or unknown,
// with what can be done about it. Only prepared statements, only indexed lookups.
#pragma once

#include "db/database.h"
#include "domain/quantity.h"
#include "scan/interpreter.h"
#include "scan/typedinput.h"

#include <QList>
#include <QStringList>

namespace stockhand::scan {

enum class EntityKind {
    Unknown,
    Product,
    Location,
    Lot,
    Serial,
    Package,
    Transfer,
    CountTask,
    User,
    Ambiguous,
    Invalid
};

const char *nameOf(EntityKind kind);

// Configurable rules. A prefix rule makes a code that starts with it mean only that kind of thing (a code
// "LOC-..." is never looked up as a product).
struct ResolverRules
{
    QStringList locationPrefixes;
    QStringList badgePrefixes;
    QStringList transferPrefixes; // transfers and count tasks
    QStringList packagePrefixes; // LPNs
    // The device's site: location names (as the screens show them, "A02-05-3-03") are looked up in this
    // warehouse only (0: in every warehouse). Location barcodes, SKUs, references, badges and package names
    // are case-insensitive; lot and serial names too unless the site says they are case-sensitive.
    qint64 warehouseId = 0;
    bool lotsCaseSensitive = false;
    // The layout a keyboard-wedge scan is read back through when it resolves only that way.
    LayoutMismatch wedgeLayout = LayoutMismatch::UsScannerOnGermanKeyboard;
};

// What the current step expects; decides codes that could be two things.
struct ScanContext
{
    EntityKind expected = EntityKind::Unknown; // Unknown = anything
    qint64 expectedProductId = 0; // e.g. the line being received or picked
    bool mayAttachBarcode = false; // the user may attach an unknown barcode to a product
    bool mayCreateLot = false; // receiving: a new lot may be created
    bool keyboardWedge = false; // the scan came from a wedge scanner (its keys, read through the layout)
};

struct Match
{
    EntityKind kind = EntityKind::Unknown;
    qint64 id = 0; // row id of the matched entity (product id for products)
    qint64 productId = 0; // products, lots, serials
    QString code; // the code that matched (barcode, name, reference, badge)
    QString label; // "SKU · name", location name, user name ...
    QString packaging; // products: unit, case, pallet
    Milli packQty = 0; // products: quantity per scanned packaging
    QString detail; // state, tracking, lot expiry ...
};

enum class ScanAction { AttachBarcode, CreateLot, EnterManually, Rescan };
const char *nameOf(ScanAction action);

struct Resolution
{
    EntityKind kind = EntityKind::Unknown;
    Match match; // valid unless kind is Unknown, Ambiguous or Invalid
    QList<Match> alternatives; // other meanings of the same code
    // GS1 data that accompanies a product (lot/serial, possibly not yet in the store), and quantities.
    QString lotName;
    qint64 lotId = 0;
    QString serial;
    QDate expiry;
    std::optional<Milli> quantity; // from AI 30/37 (items), times nothing: the screen decides the unit
    QString sscc;
    QList<ScanAction> actions;
    QString attachCode; // with AttachBarcode: the code to store (GTIN-14 normal form, or the text as printed)
    QString message; // for people: what was understood, or why not
    QString resolvedText; // the text that was looked up (normalised; read back through the layout)
    bool layoutMismatch = false; // a wedge scan that resolved only through LayoutMismatch, or was refused for it
};

// How the device acknowledges a scan (sound, vibration, colour; played by the UI).
enum class ScanSeverity { Ok, Warning, Error };
const char *nameOf(ScanSeverity severity);
// Error: an invalid scan. Warning: unknown, ambiguous, another kind than the step expects, or a lot that is
// not in the store while the user may not create one. Ok: everything else.
ScanSeverity severityOf(const Resolution &r, const ScanContext &ctx);

// "Lot L1 of SKU-0000042" / "Serial S1 of ..." in the worker's language.
QString lotLabel(bool serial, const QString &name, const QString &sku);

class Resolver
{
public:
    explicit Resolver(db::Database &db, ResolverRules rules = {});

    // Errors are store errors only; an unknown or invalid scan is a Resolution.
    Result<Resolution> resolve(const Interpretation &scan, const ScanContext &context = {});
    // Typed or scanned text as it arrived: normalised (normalizeInput), interpreted, resolved; a
    // keyboard-wedge scan that is unknown as received is read back through the wedge layout.
    Result<Resolution> resolveInput(
        const QString &input, const InterpretOptions &options, const ScanContext &context = {});

    void setSite(qint64 warehouseId, bool lotsCaseSensitive);

    const ResolverRules &rules() const { return m_rules; }

private:
    Status resolveGs1(const Interpretation &scan, const ScanContext &ctx, Resolution &out);
    Status resolveCode(const Interpretation &scan, const ScanContext &ctx, Resolution &out);
    Status findProduct(const QString &code, QList<Match> &out);
    Status findLots(const QString &name, qint64 productId, QList<Match> &out);
    Status findSimple(EntityKind kind, const QString &code, QList<Match> &out);
    Status findSku(const QString &code, QList<Match> &out);
    Status findLocationName(const QString &name, QList<Match> &out);
    Status readSimple(db::Statement &st, EntityKind kind, const QString &code, qint64 second, QList<Match> &out);
    void decide(QList<Match> candidates, const ScanContext &ctx, const QString &shown, Resolution &out);
    void offerActions(const Interpretation &scan, const ScanContext &ctx, Resolution &out);

    db::Database &m_db;
    ResolverRules m_rules;
};

} // namespace stockhand::scan
