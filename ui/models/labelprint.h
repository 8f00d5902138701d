// Printing labels from the app (docs/labels.md): choose a kind, fill it from the store — a product, a
// location, a lot or serial (by id or by a scan), or a logistic label for a package with the device's next
// SSCC — preview it, choose copies, print to the station's printer (QSettings, ui/labels/printersettings.h),
// and see the queue with its failed jobs and Retry. The handheld's PrintLabelPage reprints a location or lot
// label on the floor with it; the desktop station uses the same model.
//
// Steps: 0 scan or choose, 1 confirm what will print (the preview and the summary), 2 sent (printed, or
// failed and kept in the queue for a retry).
#pragma once

#include "flowbase.h"
#include "labelprinter.h"
#include "labels/label.h"
#include "store/catalog.h"
#include "store/labeldata.h"

#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace stockhand::ui {

class LabelPrint : public FlowBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed) // product, location, lot, logistic
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QStringList details READ details NOTIFY changed) // what will print, a line each
    Q_PROPERTY(QVariantMap label READ labelJson NOTIFY changed) // for LabelPreview
    Q_PROPERTY(int copies READ copies WRITE setCopies NOTIFY changed)
    Q_PROPERTY(QString arrow READ arrow WRITE setArrow NOTIFY changed) // none, up, down
    Q_PROPERTY(bool dataMatrix READ dataMatrix WRITE setDataMatrix NOTIFY changed)
    Q_PROPERTY(QString sizeName READ sizeName WRITE setSizeName NOTIFY changed) // 2x1, 2.25x1.25
    Q_PROPERTY(QString printerName READ printerName NOTIFY printerChanged)
    Q_PROPERTY(QString printerSummary READ printerSummary NOTIFY printerChanged)
    Q_PROPERTY(int dpi READ dpi NOTIFY printerChanged)
    Q_PROPERTY(bool printing READ printing NOTIFY printingChanged)
    Q_PROPERTY(QVariantList jobs READ jobs NOTIFY jobsChanged) // newest first: id, title, state, error, attempts
    Q_PROPERTY(int failedCount READ failedCount NOTIFY jobsChanged)
    Q_PROPERTY(qint64 lastJobId READ lastJobId NOTIFY jobsChanged)

public:
    LabelPrint(UiContext &context, QObject *parent);

    // The station's printer; loaded from QSettings at construction.
    void setPrinter(const labels::PrinterSettings &printer);
    const labels::PrinterSettings &printer() const { return m_settings; }

    QString kind() const { return QLatin1String(labels::nameOf(m_kind)); }
    void setKind(const QString &kind);
    bool ready() const { return m_label.has_value(); }
    QString title() const { return m_label ? m_label->title() : QString(); }
    QStringList details() const;
    QVariantMap labelJson() const { return m_label ? m_label->toJson().toVariantMap() : QVariantMap(); }
    const std::optional<labels::Label> &label() const { return m_label; }
    int copies() const { return m_copies; }
    void setCopies(int copies);
    QString arrow() const;
    void setArrow(const QString &arrow);
    bool dataMatrix() const { return m_dataMatrix; }
    void setDataMatrix(bool on);
    QString sizeName() const { return m_size.name(); }
    void setSizeName(const QString &name);
    QString printerName() const { return m_settings.name; }
    QString printerSummary() const;
    int dpi() const { return m_settings.dpi; }
    bool printing() const { return m_printingJob != 0; }
    QVariantList jobs() const { return m_jobs; }
    int failedCount() const { return m_failedCount; }
    qint64 lastJobId() const { return m_lastJobId; }

    Q_INVOKABLE bool fillProduct(qint64 productId);
    Q_INVOKABLE bool fillLocation(qint64 locationId);
    Q_INVOKABLE bool fillLot(qint64 lotId);
    // A pallet at a location, with its content (product 0 = none): the label shows the next SSCC of this
    // device; print() takes it for good and records label_package.
    Q_INVOKABLE bool fillLogistic(qint64 locationId, qint64 productId, int count, const QString &lot,
        const QString &bestBefore, const QString &from, const QString &to, qint64 transferId = 0);
    Q_INVOKABLE void print();
    // The labels of what a receiving station recorded (ReceivingStation::labelsRequested): a lot label
    // (GS1, with expiry) for a line with a lot and a GTIN, else a product label, one copy each; they are
    // queued together and sent one after the other. Returns how many were queued.
    Q_INVOKABLE int printReceived(const QVariantList &lines);
    Q_INVOKABLE void retry(qint64 jobId);
    Q_INVOKABLE void cancel(qint64 jobId);
    Q_INVOKABLE void clear();
    Q_INVOKABLE void refreshJobs();

Q_SIGNALS:
    void changed();
    void printerChanged();
    void printingChanged();
    void jobsChanged();

protected:
    void handleScan(const scan::Resolution &resolution) override;
    scan::ScanContext scanContext() const override;

private:
    void rebuild();
    void onJobFinished(qint64 jobId, bool ok, const QString &code, const QString &message);
    void sendNext();

    labels::LabelPrinter m_printer;
    labels::PrinterSettings m_settings;
    labels::LabelKind m_kind = labels::LabelKind::Location;
    labels::LabelSize m_size = labels::kSize2x1;
    labels::Arrow m_arrow = labels::Arrow::None;
    bool m_dataMatrix = false;
    int m_copies = 1;
    // What the label is filled from.
    std::optional<store::ProductLabelData> m_product;
    std::optional<store::LocationInfo> m_location;
    std::optional<store::LotLabelData> m_lot;
    std::optional<labels::LogisticLabelInput> m_logistic;
    qint64 m_logisticLocation = 0, m_logisticTransfer = 0;
    std::optional<labels::Label> m_label;
    qint64 m_printingJob = 0;
    QList<qint64> m_waiting; // queued by printReceived, sent after the job being printed
    qint64 m_lastJobId = 0;
    QVariantList m_jobs;
    int m_failedCount = 0;
};

} // namespace stockhand::ui
