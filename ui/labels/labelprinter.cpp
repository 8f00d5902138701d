#include "labelprinter.h"

#include "labelpainter.h"
#include "labels/zpl.h"
#include "store/printqueue.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QPrinter>

namespace stockhand::labels {

using namespace Qt::StringLiterals;

LabelPrinter::LabelPrinter(store::DeviceStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_client, &RawPrinterClient::finished, this, [this](bool ok, const QString &code, const QString &message) {
        const qint64 id = m_sending;
        m_sending = 0;
        done(id, ok ? Status() : Status(Error {code, message, 0}));
    });
}

Result<store::PrintJobDraft> LabelPrinter::draft(
    const Label &label, int copies, const PrinterSettings &printer, qint64 userId, const QString &pdfPath) const
{
    SH_TRY(printer.check());
    store::PrintJobDraft d;
    d.userId = userId;
    d.labelKind = QLatin1String(nameOf(label.kind));
    d.title = label.title();
    d.format = printer.format();
    d.copies = copies;
    if (d.format == u"zpl") {
        auto zpl = toZpl(label, printer.dpi, copies);
        if (!zpl)
            return zpl.error();
        d.printer = printer.address;
        d.document = *zpl;
        return d;
    }
    if (copies < 1 || copies > 999)
        return makeError("labels.bad-copies", u"Print 1 to 999 copies of a label."_s);
    // The label itself, with the resolution it is drawn at, to draw again on every attempt.
    QJsonObject doc {{u"label"_s, label.toJson()}, {u"dpi"_s, printer.dpi}};
    if (d.format == u"pdf") {
        QString path = pdfPath;
        if (path.isEmpty()) {
            const QString dir = printer.address.isEmpty() ? QDir::tempPath() : printer.address;
            path = QDir(dir).filePath(
                u"label-%1-%2.pdf"_s.arg(d.labelKind, m_clock.now().toUTC().toString(u"yyyyMMdd-HHmmsszzz"_s)));
        }
        doc.insert(u"path"_s, path);
        d.printer = u"pdf:"_s + path;
    } else {
        d.printer = printer.address;
    }
    d.document = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    return d;
}

Result<qint64> LabelPrinter::print(
    const Label &label, int copies, const PrinterSettings &printer, qint64 userId, const QString &pdfPath)
{
    auto d = draft(label, copies, printer, userId, pdfPath);
    if (!d)
        return d.error();
    auto id = store::enqueuePrintJob(m_store.db(), *d, m_clock.now());
    if (!id)
        return id.error();
    send(*id, printer.timeoutMs);
    return id;
}

void LabelPrinter::send(qint64 jobId, int timeoutMs)
{
    auto job = store::printJob(m_store.db(), jobId);
    if (!job || !*job) {
        Q_EMIT jobFinished(jobId, false, job ? u"print_job.unknown"_s : job.error().code,
            job ? u"There is no print job %1."_s.arg(jobId) : job.error().message);
        return;
    }
    const store::PrintJob &j = **job;
    if (j.state != u"queued") {
        Q_EMIT jobFinished(jobId, false, u"print_job.not-queued"_s, u"Print job %1 is %2."_s.arg(jobId).arg(j.state));
        return;
    }
    if (j.format == u"zpl") {
        auto address = RawPrinterClient::parseAddress(j.printer);
        if (!address) {
            done(jobId, address.error());
            return;
        }
        if (m_sending != 0) {
            Q_EMIT jobFinished(jobId, false, u"printer.busy"_s, u"A label is still being sent; try again."_s);
            return;
        }
        m_sending = jobId;
        m_client.send(address->first, address->second, j.document, timeoutMs);
        return;
    }
    const QJsonObject doc = QJsonDocument::fromJson(j.document).object();
    auto label = Label::fromJson(doc.value(u"label"_s).toObject());
    if (!label) {
        done(jobId, label.error());
        return;
    }
    const int dpi = doc.value(u"dpi"_s).toInt(203);
    if (j.format == u"pdf") {
        done(jobId, writeLabelPdf(*label, doc.value(u"path"_s).toString(), dpi, j.copies));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (!j.printer.isEmpty())
        printer.setPrinterName(j.printer);
    if (!printer.isValid()) {
        done(jobId, makeError("printer.system", u"The system has no printer \"%1\"."_s.arg(j.printer)));
        return;
    }
    done(jobId, printLabel(*label, printer, dpi, j.copies));
}

Status LabelPrinter::retry(qint64 jobId, int timeoutMs)
{
    SH_TRY(store::retryPrintJob(m_store.db(), jobId));
    send(jobId, timeoutMs);
    return {};
}

void LabelPrinter::done(qint64 jobId, const Status &status)
{
    Status marked = status ? store::markPrintJobPrinted(m_store.db(), jobId, m_clock.now())
                           : store::markPrintJobFailed(m_store.db(), jobId, status.error());
    const Status &shown = !status ? status : marked;
    if (shown)
        Q_EMIT jobFinished(jobId, true, QString(), QString());
    else
        Q_EMIT jobFinished(jobId, false, shown.error().code, shown.error().message);
}

Status LabelPrinter::sendBlocking(qint64 jobId, int timeoutMs)
{
    Status result = makeError("print_job.unfinished", u"The print job did not finish."_s);
    bool finished = false;
    QEventLoop loop;
    auto c = connect(
        this, &LabelPrinter::jobFinished, &loop, [&](qint64 id, bool ok, const QString &code, const QString &message) {
            if (id != jobId)
                return;
            finished = true;
            result = ok ? Status() : Status(Error {code, message, 0});
            loop.quit();
        });
    send(jobId, timeoutMs);
    if (!finished)
        loop.exec();
    disconnect(c);
    return result;
}

} // namespace stockhand::labels
