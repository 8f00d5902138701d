#include "labelprint.h"

#include "ops/package.h"
#include "session.h"
#include "store/printqueue.h"
#include "store/sscc.h"

#include <QSettings>

namespace stockhand::ui {

using namespace Qt::StringLiterals;

LabelPrint::LabelPrint(UiContext &context, QObject *parent)
    : FlowBase(context, parent)
    , m_printer(context.store, context.clock)
{
    QSettings settings;
    m_settings = labels::PrinterSettings::load(settings);
    m_size = m_settings.size;
    connect(&m_printer, &labels::LabelPrinter::jobFinished, this, &LabelPrint::onJobFinished);
    refreshJobs();
}

void LabelPrint::setPrinter(const labels::PrinterSettings &printer)
{
    m_settings = printer;
    m_size = printer.size;
    Q_EMIT printerChanged();
    rebuild();
}

QString LabelPrint::printerSummary() const
{
    if (m_settings.type == u"zpl-tcp")
        return tr("%1 (ZPL, %2, %3 dpi)").arg(m_settings.name, m_settings.address).arg(m_settings.dpi);
    if (m_settings.type == u"system")
        return tr("%1 (system printer)").arg(m_settings.address.isEmpty() ? m_settings.name : m_settings.address);
    return tr("PDF files in %1").arg(m_settings.address.isEmpty() ? tr("the temporary folder") : m_settings.address);
}

void LabelPrint::setKind(const QString &kind)
{
    const auto k = labels::labelKindFromName(kind);
    if (!k || *k == m_kind)
        return;
    m_kind = *k;
    m_label.reset();
    setStep(0);
    clearMessage();
    Q_EMIT changed();
}

QStringList LabelPrint::details() const
{
    if (!m_label)
        return {};
    QStringList out;
    if (!m_label->heading.isEmpty())
        out << m_label->heading;
    if (!m_label->subheading.isEmpty())
        out << m_label->subheading;
    for (const labels::LabelField &f : m_label->fields)
        out << f.title + u": "_s + f.value;
    for (const labels::LabelBarcode &b : m_label->barcodes)
        out << b.hri;
    out << tr("%n label(s), %1 in", nullptr, m_copies).arg(m_label->size.name());
    return out;
}

void LabelPrint::setCopies(int copies)
{
    copies = qBound(1, copies, 99);
    if (copies == m_copies)
        return;
    m_copies = copies;
    Q_EMIT changed();
}

QString LabelPrint::arrow() const
{
    return m_arrow == labels::Arrow::Up ? u"up"_s : m_arrow == labels::Arrow::Down ? u"down"_s : u"none"_s;
}

void LabelPrint::setArrow(const QString &arrow)
{
    m_arrow = arrow == u"up" ? labels::Arrow::Up : arrow == u"down" ? labels::Arrow::Down : labels::Arrow::None;
    rebuild();
}

void LabelPrint::setDataMatrix(bool on)
{
    m_dataMatrix = on;
    rebuild();
}

void LabelPrint::setSizeName(const QString &name)
{
    if (const auto s = labels::LabelSize::fromName(name)) {
        m_size = *s;
        rebuild();
    }
}

bool LabelPrint::fillProduct(qint64 productId)
{
    auto p = store::productLabelData(m_ctx.store.db(), productId);
    if (!p || !*p) {
        p ? refuse(tr("This device does not know that product.")) : fail(p.error());
        return false;
    }
    m_kind = labels::LabelKind::Product;
    m_product = **p;
    rebuild();
    return ready();
}

bool LabelPrint::fillLocation(qint64 locationId)
{
    auto l = store::locationInfo(m_ctx.store.db(), locationId);
    if (!l || !*l) {
        l ? refuse(tr("This device does not know that location.")) : fail(l.error());
        return false;
    }
    m_kind = labels::LabelKind::Location;
    m_location = **l;
    rebuild();
    return ready();
}

bool LabelPrint::fillLot(qint64 lotId)
{
    auto l = store::lotLabelData(m_ctx.store.db(), lotId);
    if (!l || !*l) {
        l ? refuse(tr("This device does not know that lot.")) : fail(l.error());
        return false;
    }
    m_kind = labels::LabelKind::Lot;
    m_lot = **l;
    rebuild();
    return ready();
}

bool LabelPrint::fillLogistic(qint64 locationId, qint64 productId, int count, const QString &lot,
    const QString &bestBefore, const QString &from, const QString &to, qint64 transferId)
{
    labels::LogisticLabelInput in;
    if (productId > 0) {
        auto p = store::productLabelData(m_ctx.store.db(), productId);
        if (!p || !*p || (*p)->gtin.isEmpty()) {
            refuse(tr("The pallet's content needs a product with a GTIN."));
            return false;
        }
        in.contentGtin = (*p)->gtin;
        in.contentName = (*p)->name;
        in.count = count;
    }
    in.lot = lot.trimmed();
    in.bestBefore = QDate::fromString(bestBefore, Qt::ISODate);
    in.from = from;
    in.to = to;
    m_kind = labels::LabelKind::Logistic;
    m_logistic = in;
    m_logisticLocation = locationId;
    m_logisticTransfer = transferId;
    rebuild();
    return ready();
}

void LabelPrint::rebuild()
{
    Result<labels::Label> label = makeError("labels.empty", tr("Scan what the label is for."));
    switch (m_kind) {
    case labels::LabelKind::Product:
        if (m_product)
            label = labels::productLabel({m_product->sku, m_product->name, m_product->gtin, m_size});
        break;
    case labels::LabelKind::Location:
        if (m_location)
            label = labels::locationLabel({m_location->barcode, m_location->name, m_arrow, m_size});
        break;
    case labels::LabelKind::Lot:
        if (m_lot) {
            if (m_lot->product.gtin.isEmpty()) {
                label
                    = makeError("labels.no-gtin", tr("%1 has no GTIN: a lot label needs one.").arg(m_lot->product.sku));
                break;
            }
            labels::LotLabelInput in;
            in.gtin = m_lot->product.gtin;
            in.productName = m_lot->product.name;
            (m_lot->serial ? in.serial : in.lot) = m_lot->name;
            in.expiry = QDate::fromString(m_lot->expiry, Qt::ISODate);
            in.symbol = m_dataMatrix ? labels::Symbol::Gs1DataMatrix : labels::Symbol::Gs1_128;
            in.size = m_size.widthMil >= 2250 ? m_size : labels::kSize225x125;
            label = labels::lotLabel(in);
        }
        break;
    case labels::LabelKind::Logistic:
        if (m_logistic) {
            // The preview shows the SSCC this device hands out next; print() takes it for good.
            auto ranges = store::ssccRanges(m_ctx.store.db());
            if (!ranges) {
                label = ranges.error();
                break;
            }
            const SsccRange *open = nullptr;
            for (const SsccRange &r : *ranges) {
                if (r.remaining() > 0) {
                    open = &r;
                    break;
                }
            }
            if (!open) {
                label = makeError("sscc.exhausted", tr("This device has no SSCC numbers left. Sync to get new ones."));
                break;
            }
            labels::LogisticLabelInput in = *m_logistic;
            in.sscc = composeSscc(open->extension, open->companyPrefix, open->next).valueOr(QString());
            label = labels::logisticLabel(in);
        }
        break;
    }
    if (label) {
        m_label = *label;
        clearMessage();
        setStep(1);
    } else {
        m_label.reset();
        setStep(0);
        const bool nothingYet = label.error().code == u"labels.empty";
        if (!nothingYet)
            refuse(label.error().message);
    }
    Q_EMIT changed();
}

scan::ScanContext LabelPrint::scanContext() const
{
    scan::ScanContext c;
    c.expected = m_kind == labels::LabelKind::Location ? scan::EntityKind::Location
        : m_kind == labels::LabelKind::Lot             ? scan::EntityKind::Lot
        : m_kind == labels::LabelKind::Product         ? scan::EntityKind::Product
                                                       : scan::EntityKind::Unknown;
    return c;
}

void LabelPrint::handleScan(const scan::Resolution &r)
{
    if (m_printingJob != 0) {
        warn(tr("A label is being sent; wait for it."));
        return;
    }
    switch (r.kind) {
    case scan::EntityKind::Location:
        if (m_kind != labels::LabelKind::Location && m_kind != labels::LabelKind::Logistic)
            m_kind = labels::LabelKind::Location;
        if (m_kind == labels::LabelKind::Logistic && m_logistic) {
            m_logisticLocation = r.match.id;
            rebuild();
        } else {
            fillLocation(r.match.id);
        }
        break;
    case scan::EntityKind::Lot:
    case scan::EntityKind::Serial:
        fillLot(r.match.id);
        break;
    case scan::EntityKind::Product:
        if (r.lotId > 0 && m_kind != labels::LabelKind::Product)
            fillLot(r.lotId);
        else if (m_kind == labels::LabelKind::Lot)
            refuse(tr("Scan the lot label, or the product's GS1 barcode with its lot."));
        else
            fillProduct(r.match.id);
        break;
    default:
        refuse(r.message.isEmpty() ? tr("Not a location, lot or product of this device.") : r.message);
        return;
    }
    if (m_label)
        accept(QString()); // the ok sound; the step header shows what will print
}

void LabelPrint::print()
{
    if (!m_label) {
        refuse(tr("Scan what the label is for first."));
        return;
    }
    if (m_printingJob != 0) {
        warn(tr("A label is being sent; wait for it."));
        return;
    }
    labels::Label label = *m_label;
    if (m_kind == labels::LabelKind::Logistic) {
        // The SSCC is taken and recorded with its package before the label exists anywhere: a label that
        // fails to print stays in the queue, and the number is never handed out twice.
        if (!requireRole(ops::Kind::LabelPackage))
            return;
        if (m_logisticLocation <= 0) {
            refuse(tr("Scan the location of the pallet first."));
            return;
        }
        auto sscc = store::allocateSscc(m_ctx.store.db());
        if (!sscc) {
            fail(sscc.error());
            return;
        }
        if (!record(ops::LabelPackage {*sscc, m_logisticLocation, m_logisticTransfer}))
            return;
        labels::LogisticLabelInput in = *m_logistic;
        in.sscc = *sscc;
        auto withSscc = labels::logisticLabel(in);
        if (!withSscc) {
            fail(withSscc.error());
            return;
        }
        label = *withSscc;
    }
    auto draft = m_printer.draft(label, m_copies, m_settings, m_ctx.session.userId());
    if (!draft) {
        fail(draft.error());
        return;
    }
    auto id = store::enqueuePrintJob(m_ctx.store.db(), *draft, m_ctx.clock.now());
    if (!id) {
        fail(id.error());
        return;
    }
    m_lastJobId = *id;
    m_printingJob = *id;
    Q_EMIT printingChanged();
    m_printer.send(*id, m_settings.timeoutMs);
}

int LabelPrint::printReceived(const QVariantList &lines)
{
    int queued = 0;
    for (const QVariant &v : lines) {
        const QVariantMap line = v.toMap();
        const qint64 productId = line.value(QStringLiteral("productId")).toLongLong();
        auto product = store::productLabelData(m_ctx.store.db(), productId);
        if (!product) {
            fail(product.error());
            break;
        }
        if (!*product)
            continue;
        Result<labels::Label> label = makeError("labels.empty", QString());
        const QString lotName = line.value(QStringLiteral("lot")).toString();
        if (!lotName.isEmpty() && !(*product)->gtin.isEmpty()) {
            bool serial = false;
            if (auto lot = store::findLot(m_ctx.store.db(), productId, lotName); lot && *lot) {
                auto data = store::lotLabelData(m_ctx.store.db(), (*lot)->id);
                serial = data && *data && (*data)->serial;
            }
            labels::LotLabelInput in;
            in.gtin = (*product)->gtin;
            in.productName = (*product)->name;
            (serial ? in.serial : in.lot) = lotName;
            in.expiry = QDate::fromString(line.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
            in.symbol = m_dataMatrix ? labels::Symbol::Gs1DataMatrix : labels::Symbol::Gs1_128;
            in.size = m_size.widthMil >= 2250 ? m_size : labels::kSize225x125;
            label = labels::lotLabel(in);
        } else {
            label = labels::productLabel({(*product)->sku, (*product)->name, (*product)->gtin, m_size});
        }
        if (!label) {
            fail(label.error());
            break;
        }
        auto draft = m_printer.draft(*label, 1, m_settings, m_ctx.session.userId());
        if (!draft) {
            fail(draft.error());
            break;
        }
        auto id = store::enqueuePrintJob(m_ctx.store.db(), *draft, m_ctx.clock.now());
        if (!id) {
            fail(id.error());
            break;
        }
        m_waiting.append(*id);
        ++queued;
    }
    refreshJobs();
    if (queued)
        accept(tr("%n label(s) queued for %1.", nullptr, queued).arg(printerSummary()));
    sendNext();
    return queued;
}

void LabelPrint::sendNext()
{
    if (m_printingJob != 0 || m_waiting.isEmpty())
        return;
    m_printingJob = m_waiting.takeFirst();
    m_lastJobId = m_printingJob;
    Q_EMIT printingChanged();
    m_printer.send(m_printingJob, m_settings.timeoutMs);
}

void LabelPrint::onJobFinished(qint64 jobId, bool ok, const QString &code, const QString &message)
{
    if (jobId == m_printingJob) {
        m_printingJob = 0;
        Q_EMIT printingChanged();
    }
    const QString printed = title();
    if (m_kind == labels::LabelKind::Logistic)
        rebuild(); // the next pallet gets the next SSCC
    setStep(2);
    if (ok)
        accept(tr("Printed: %1").arg(printed));
    else
        refuse(tr("Not printed (%1): %2 The label is kept in the queue: Retry when the printer is ready.")
                   .arg(code, message));
    refreshJobs();
    sendNext();
}

void LabelPrint::retry(qint64 jobId)
{
    if (m_printingJob != 0) {
        warn(tr("A label is being sent; wait for it."));
        return;
    }
    if (Status s = store::retryPrintJob(m_ctx.store.db(), jobId); !s) {
        fail(s.error());
        return;
    }
    m_lastJobId = jobId;
    m_printingJob = jobId;
    Q_EMIT printingChanged();
    m_printer.send(jobId, m_settings.timeoutMs);
}

void LabelPrint::cancel(qint64 jobId)
{
    if (Status s = store::cancelPrintJob(m_ctx.store.db(), jobId); !s)
        fail(s.error());
    refreshJobs();
}

void LabelPrint::clear()
{
    m_product.reset();
    m_location.reset();
    m_lot.reset();
    m_logistic.reset();
    m_label.reset();
    m_copies = 1;
    setStep(0);
    clearMessage();
    Q_EMIT changed();
}

void LabelPrint::refreshJobs()
{
    auto jobs = store::printJobs(m_ctx.store.db(), {}, 50);
    m_jobs.clear();
    m_failedCount = 0;
    if (jobs) {
        for (const store::PrintJob &j : *jobs) {
            m_jobs.append(QVariantMap {{u"id"_s, j.id}, {u"title"_s, j.title}, {u"state"_s, j.state},
                {u"error"_s, j.errorMessage}, {u"errorCode"_s, j.errorCode}, {u"attempts"_s, j.attempts},
                {u"copies"_s, j.copies}, {u"createdAt"_s, j.createdAt}});
            m_failedCount += j.state == u"failed" ? 1 : 0;
        }
    }
    Q_EMIT jobsChanged();
}

} // namespace stockhand::ui
