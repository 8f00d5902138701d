// Printing through the print queue (core/store/printqueue.h): a label becomes a queued job first, then
// goes to the printer — ZPL II over raw TCP, a PDF file, or the system's printer — and the job is marked
// printed, or failed with the error and kept for a retry. Shared by the app's screens and stockhand-cli.
#pragma once

#include "labels/label.h"
#include "printersettings.h"
#include "rawprinter.h"
#include "store/devicestore.h"
#include "store/printqueue.h"

#include <QObject>

namespace stockhand::labels {

class LabelPrinter : public QObject
{
    Q_OBJECT

public:
    LabelPrinter(store::DeviceStore &store, const Clock &clock, QObject *parent = nullptr);

    // The job as the queue keeps it: the ZPL to send (zpl), or the label to draw again (pdf, system).
    // pdfPath: the file a pdf job writes (empty: a file named after the job in the settings' folder).
    Result<store::PrintJobDraft> draft(const Label &label, int copies, const PrinterSettings &printer, qint64 userId,
        const QString &pdfPath = {}) const;
    // Queues the label and sends it (`jobFinished` tells the outcome); the job's id.
    Result<qint64> print(
        const Label &label, int copies, const PrinterSettings &printer, qint64 userId, const QString &pdfPath = {});
    // Sends a queued job (a new one, or one queued again by retry()).
    void send(qint64 jobId, int timeoutMs = 10000);
    // A failed job queued again and sent.
    Status retry(qint64 jobId, int timeoutMs = 10000);
    bool busy() const { return m_sending != 0; }

    // Sends a job and waits for its outcome in a local event loop (stockhand-cli).
    Status sendBlocking(qint64 jobId, int timeoutMs = 10000);

Q_SIGNALS:
    void jobFinished(qint64 jobId, bool ok, const QString &errorCode, const QString &errorMessage);

private:
    void done(qint64 jobId, const Status &status);

    store::DeviceStore &m_store;
    const Clock &m_clock;
    RawPrinterClient m_client;
    qint64 m_sending = 0;
};

} // namespace stockhand::labels
