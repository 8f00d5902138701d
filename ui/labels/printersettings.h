// The station's label printer, kept in QSettings (group "labelPrinter"; docs/labels.md, "Printer setup"):
// a name, the type (zpl-tcp: ZPL II to a raw TCP port; system: a printer of the system, CUPS; pdf: files),
// host:port, the label stock and the printer's resolution.
#pragma once

#include "labels/label.h"

#include <QString>

class QSettings;

namespace stockhand::labels {

struct PrinterSettings
{
    QString name = QStringLiteral("Label printer");
    QString type = QStringLiteral("pdf"); // zpl-tcp, system, pdf
    QString address; // zpl-tcp: host:port; system: the printer's name (empty = the default); pdf: a folder
    LabelSize size = kSize2x1; // the stock loaded (logistic labels are always 4x6)
    int dpi = 203; // 203 or 300
    int timeoutMs = 10000;

    // The print queue's format for this type: zpl, system, pdf.
    QString format() const;
    static PrinterSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // printer.bad-settings when the type, the address or the dpi make no sense.
    Status check() const;
};

} // namespace stockhand::labels
