// stockhand-cli's label commands (docs/labels.md, docs/cli.md): `label product|location|lot|logistic`
// draws a label from the store with the same code as the app (core/labels, ui/labels) and sends it to a
// raw TCP printer (--printer host:port, ZPL II), a PDF (--pdf FILE) or a ZPL file (--zpl FILE); a
// logistic label takes a new SSCC from this device's ranges and records label_package. `print-queue`
// lists the jobs and retries or cancels one.
#pragma once

#include "clicommands.h"

namespace stockhand::cli {

// args: "label" and what follows.
int labelCommand(Context &c, const QStringList &args);
// args: "print-queue" and what follows.
int printQueueCommand(Context &c, const QStringList &args);
extern const char *const kLabelUsage;
// true for the label commands, which draw with QPainter and need a QGuiApplication; sets the offscreen
// platform unless QT_QPA_PLATFORM says otherwise (the CLI never shows a window).
bool needsGui(int argc, char **argv);

} // namespace stockhand::cli
