#include "labelcommands.h"

#include "floorargs.h"
#include "labelprinter.h"
#include "labels/zpl.h"
#include "ops/package.h"
#include "store/labeldata.h"
#include "store/printqueue.h"
#include "store/sscc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace stockhand::cli {

using namespace Qt::StringLiterals;

const char *const kLabelUsage = R"(
Labels (each needs --user BADGE --pin PIN; output: --printer HOST:PORT (ZPL II, raw TCP, port 9100 by
default) | --pdf FILE | --zpl FILE; [--copies N] [--dpi 203|300] [--size 2x1|2.25x1.25]):
  label product --product PRODUCT                     EAN-13/UPC-A of its GTIN, else Code 128 of the SKU
  label location --location LOC [--arrow up|down]     Code 128 of the location's barcode
  label lot --product PRODUCT (--lot NAME | --lot-id ID) [--datamatrix]
                                                      GS1-128 (or GS1 DataMatrix) (01)(17)(10) or (01)(21)
  label logistic --location LOC [--product PRODUCT [--count N] [--lot NAME] [--best-before D | --use-by D]]
                 [--from TEXT] [--to TEXT] [--transfer TRANSFER]
                                                      4x6 GS1 logistic label with a new SSCC of this device
                                                      (records label_package)
  print-queue [--failed] [--retry ID | --cancel ID]   the print jobs; retry a failed one, cancel one
  Exit: 0 printed (or written), 1 refused or the printer failed (the job stays in the queue), 2 usage.
)";

namespace {

using floor::Args;
using floor::Floor;

const std::vector<const char *> kValued {"--printer", "--pdf", "--zpl", "--copies", "--dpi", "--size", "--product",
    "--location", "--arrow", "--lot", "--lot-id", "--count", "--best-before", "--use-by", "--from", "--to",
    "--transfer", "--timeout-ms"};
const std::vector<const char *> kFlags {"--datamatrix"};

int fail(Context &c, const Error &e)
{
    c.err << "refused: " << e.toString() << Qt::endl;
    return floor::exitCodeOf(e);
}

void print(Context &c, const QJsonObject &o)
{
    c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    c.out.flush();
}

QJsonObject jobJson(const store::PrintJob &j)
{
    QJsonObject o {{u"id"_s, j.id}, {u"created_at"_s, j.createdAt}, {u"printer"_s, j.printer},
        {u"label_kind"_s, j.labelKind}, {u"title"_s, j.title}, {u"format"_s, j.format}, {u"copies"_s, j.copies},
        {u"state"_s, j.state}, {u"attempts"_s, j.attempts}};
    if (!j.errorCode.isEmpty()) {
        o.insert(u"error_code"_s, j.errorCode);
        o.insert(u"error_message"_s, j.errorMessage);
    }
    if (!j.printedAt.isEmpty())
        o.insert(u"printed_at"_s, j.printedAt);
    return o;
}

Result<QDate> dateOption(const Args &a, const char *name)
{
    if (!a.has(name))
        return QDate();
    const QDate d = QDate::fromString(a.text(name), Qt::ISODate);
    if (!d.isValid())
        return floor::usage(u"%1 takes a date YYYY-MM-DD"_s.arg(QLatin1String(name)));
    return d;
}

Result<labels::Label> productLabel(Floor &f, labels::LabelSize size)
{
    auto p = f.product("--product");
    if (!p)
        return p.error();
    auto data = store::productLabelData(f.db(), p->product.id);
    if (!data)
        return data.error();
    if (!*data)
        return makeError("label.unknown-product", u"This device does not know product %1."_s.arg(p->product.id));
    return labels::productLabel({(*data)->sku, (*data)->name, (*data)->gtin, size});
}

Result<labels::Label> locationLabel(Floor &f, labels::LabelSize size)
{
    auto loc = f.location("--location");
    if (!loc)
        return loc.error();
    const QString arrow = f.args.text("--arrow");
    if (!arrow.isEmpty() && arrow != u"up" && arrow != u"down")
        return floor::usage(u"--arrow is up or down"_s);
    return labels::locationLabel({loc->barcode, loc->name,
        arrow == u"up"         ? labels::Arrow::Up
            : arrow == u"down" ? labels::Arrow::Down
                               : labels::Arrow::None,
        size});
}

Result<labels::Label> lotLabel(Floor &f, labels::LabelSize size)
{
    auto p = f.product("--product");
    if (!p)
        return p.error();
    auto lot = f.lot(p->product, p->scannedLot, true, true);
    if (!lot)
        return lot.error();
    auto data = store::lotLabelData(f.db(), lot->id);
    if (!data)
        return data.error();
    if (!*data)
        return makeError("label.unknown-lot", u"This device does not know that lot."_s);
    const store::LotLabelData &d = **data;
    if (d.product.gtin.isEmpty())
        return makeError("label.no-gtin",
            u"%1 has no GTIN: a GS1 lot label needs one (attach a barcode, or print a product label)."_s.arg(
                d.product.sku));
    labels::LotLabelInput in;
    in.gtin = d.product.gtin;
    in.productName = d.product.name;
    (d.serial ? in.serial : in.lot) = d.name;
    in.expiry = QDate::fromString(d.expiry, Qt::ISODate);
    in.symbol = f.args.has("--datamatrix") ? labels::Symbol::Gs1DataMatrix : labels::Symbol::Gs1_128;
    in.size = size;
    return labels::lotLabel(in);
}

// A new SSCC from this device's ranges, recorded with the package it labels (label_package) before the
// label exists anywhere: a label that fails to print is still in the queue, its SSCC never handed out again.
Result<labels::Label> logisticLabel(Floor &f, QJsonObject &extra)
{
    auto loc = f.location("--location");
    if (!loc)
        return loc.error();
    labels::LogisticLabelInput in;
    if (f.args.has("--product")) {
        auto p = f.product("--product");
        if (!p)
            return p.error();
        auto data = store::productLabelData(f.db(), p->product.id);
        if (!data)
            return data.error();
        if (!*data || (*data)->gtin.isEmpty())
            return makeError("label.no-gtin", u"The content needs a product with a GTIN."_s);
        in.contentGtin = (*data)->gtin;
        in.contentName = (*data)->name;
    }
    if (f.args.has("--count")) {
        bool ok = false;
        in.count = f.args.text("--count").toInt(&ok);
        if (!ok || in.count <= 0)
            return floor::usage(u"--count is a whole number of trade items"_s);
    }
    in.lot = f.args.text("--lot");
    auto bb = dateOption(f.args, "--best-before");
    auto ub = dateOption(f.args, "--use-by");
    if (!bb)
        return bb.error();
    if (!ub)
        return ub.error();
    in.bestBefore = *bb;
    in.useBy = *ub;
    in.from = f.args.text("--from");
    in.to = f.args.text("--to");
    qint64 transferId = 0;
    if (f.args.has("--transfer")) {
        auto t = f.transfer("--transfer");
        if (!t)
            return t.error();
        transferId = t->id;
    }
    // Check the label with a placeholder first, so that a refused label takes no SSCC.
    in.sscc = u"000000000000000000"_s;
    if (auto check = labels::logisticLabel(in); !check)
        return check.error();
    auto sscc = store::allocateSscc(f.db());
    if (!sscc)
        return sscc.error();
    in.sscc = *sscc;
    const ops::LabelPackage package {*sscc, loc->id, transferId};
    auto op = f.c.store.record(ops::draft(package, f.user.id));
    if (!op)
        return op.error();
    extra.insert(u"sscc"_s, *sscc);
    extra.insert(u"operation"_s, op->toJson());
    return labels::logisticLabel(in);
}

} // namespace

int labelCommand(Context &c, const QStringList &args)
{
    const QString kind = args.value(1);
    const auto labelKind = labels::labelKindFromName(kind);
    auto parsed = Args::parse(args.mid(2), kValued, kFlags);
    if (!labelKind || !parsed) {
        c.err << "usage: " << (parsed ? u"label product|location|lot|logistic ..."_s : parsed.error().message)
              << Qt::endl
              << kLabelUsage;
        return 2;
    }
    Floor f(c, std::move(parsed).value());
    const int outputs = int(f.args.has("--printer")) + int(f.args.has("--pdf")) + int(f.args.has("--zpl"));
    if (outputs != 1)
        return fail(c, floor::usage(u"give one of --printer HOST:PORT, --pdf FILE, --zpl FILE"_s));
    bool ok = true;
    const int copies = f.args.has("--copies") ? f.args.text("--copies").toInt(&ok) : 1;
    if (!ok || copies < 1 || copies > 999)
        return fail(c, floor::usage(u"--copies is 1 to 999"_s));
    const int dpi = f.args.has("--dpi") ? f.args.text("--dpi").toInt(&ok) : 203;
    if (!ok || (dpi != 203 && dpi != 300))
        return fail(c, floor::usage(u"--dpi is 203 or 300"_s));
    const auto size = labels::LabelSize::fromName(f.args.has("--size") ? f.args.text("--size") : u"2x1"_s);
    if (!size)
        return fail(c, floor::usage(u"--size is WIDTHxHEIGHT in inches: 2x1, 2.25x1.25"_s));
    if (Status s
        = f.signIn(*labelKind == labels::LabelKind::Logistic ? std::optional(ops::Kind::LabelPackage) : std::nullopt);
        !s)
        return fail(c, s.error());

    QJsonObject out;
    Result<labels::Label> label = makeError("label.kind", u"unknown label kind"_s);
    switch (*labelKind) {
    case labels::LabelKind::Product:
        label = productLabel(f, *size);
        break;
    case labels::LabelKind::Location:
        label = locationLabel(f, *size);
        break;
    case labels::LabelKind::Lot:
        label = lotLabel(f, f.args.has("--size") ? *size : labels::kSize225x125);
        break;
    case labels::LabelKind::Logistic:
        label = logisticLabel(f, out);
        break;
    }
    if (!label)
        return fail(c, label.error());
    out.insert(u"label"_s, label->toJson());

    if (f.args.has("--zpl")) { // a file for another tool to send: not a print job
        auto zpl = labels::toZpl(*label, dpi, copies);
        if (!zpl)
            return fail(c, zpl.error());
        QFile file(f.args.text("--zpl"));
        if (!file.open(QIODevice::WriteOnly) || file.write(*zpl) != zpl->size() || !file.flush())
            return fail(c, makeError("label.write", u"Cannot write %1."_s.arg(file.fileName())));
        out.insert(u"zpl"_s, file.fileName());
        print(c, out);
        return 0;
    }
    labels::PrinterSettings printer;
    printer.dpi = dpi;
    if (f.args.has("--printer")) {
        printer.type = u"zpl-tcp"_s;
        printer.address = f.args.text("--printer");
        printer.timeoutMs = f.args.has("--timeout-ms") ? f.args.text("--timeout-ms").toInt() : 10000;
    } else {
        printer.type = u"pdf"_s;
    }
    labels::LabelPrinter lp(c.store, c.store.clock());
    auto draft = lp.draft(*label, copies, printer, f.user.id, f.args.text("--pdf"));
    if (!draft)
        return fail(c, draft.error());
    auto id = store::enqueuePrintJob(c.store.db(), *draft, c.store.clock().now());
    if (!id)
        return fail(c, id.error());
    const Status sent = lp.sendBlocking(*id, printer.timeoutMs);
    auto job = store::printJob(c.store.db(), *id);
    if (job && *job)
        out.insert(u"job"_s, jobJson(**job));
    print(c, out);
    if (!sent) {
        c.err << "printer failed: " << sent.error().toString() << " (the job stays in the queue: print-queue --retry "
              << *id << ")" << Qt::endl;
        return 1;
    }
    return 0;
}

bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--store") {
            ++i;
            continue;
        }
        if (a != "label" && a != "print-queue")
            return false;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
    return false;
}

int printQueueCommand(Context &c, const QStringList &args)
{
    const QStringList rest = args.mid(1);
    const auto option = [&](const QString &name) {
        const qsizetype i = rest.indexOf(name);
        return i >= 0 && i + 1 < rest.size() ? rest.at(i + 1) : QString();
    };
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        if (a == u"--failed")
            continue;
        if ((a == u"--retry" || a == u"--cancel" || a == u"--timeout-ms") && i + 1 < rest.size()) {
            ++i;
            continue;
        }
        c.err << "usage: print-queue [--failed] [--retry ID | --cancel ID]" << Qt::endl;
        return 2;
    }
    bool ok = true;
    if (const QString id = option(u"--cancel"_s); !id.isEmpty()) {
        const qint64 jobId = id.toLongLong(&ok);
        if (!ok)
            return fail(c, floor::usage(u"--cancel takes a job id"_s));
        if (Status s = store::cancelPrintJob(c.store.db(), jobId); !s)
            return fail(c, s.error());
        print(c, jobJson(**store::printJob(c.store.db(), jobId)));
        return 0;
    }
    if (const QString id = option(u"--retry"_s); !id.isEmpty()) {
        const qint64 jobId = id.toLongLong(&ok);
        if (!ok)
            return fail(c, floor::usage(u"--retry takes a job id"_s));
        if (Status s = store::retryPrintJob(c.store.db(), jobId); !s)
            return fail(c, s.error());
        labels::LabelPrinter lp(c.store, c.store.clock());
        const int timeout = rest.contains(u"--timeout-ms"_s) ? option(u"--timeout-ms"_s).toInt() : 10000;
        const Status sent = lp.sendBlocking(jobId, timeout);
        print(c, jobJson(**store::printJob(c.store.db(), jobId)));
        if (!sent) {
            c.err << "printer failed: " << sent.error().toString() << Qt::endl;
            return 1;
        }
        return 0;
    }
    auto jobs
        = store::printJobs(c.store.db(), rest.contains(u"--failed"_s) ? QStringList {u"failed"_s} : QStringList {});
    if (!jobs)
        return fail(c, jobs.error());
    QJsonArray list;
    for (const store::PrintJob &j : *jobs)
        list.append(jobJson(j));
    print(c, QJsonObject {{u"jobs"_s, list}});
    return 0;
}

} // namespace stockhand::cli
