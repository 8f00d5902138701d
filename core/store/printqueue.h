// The print queue (table print_job, device schema v4): every label this device prints is a job here
// before it is sent, and stays here — printed, or failed with the printer's error and the number of
// attempts, for a retry — so that no label is lost silently (docs/labels.md, "Print queue").
#pragma once

#include "db/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace stockhand::store {

struct PrintJobDraft
{
    qint64 userId = 0; // 0 = nobody signed in (stockhand-cli without --user)
    QString printer; // the station's printer name, "host:port", or "pdf:<path>"
    QString labelKind; // product, location, lot, logistic
    QString title; // what the queue shows
    QString format; // zpl, pdf, system
    QByteArray document; // ZPL as sent, or the label's JSON (labels::Label) to draw again
    int copies = 1;
};

struct PrintJob
{
    qint64 id = 0;
    QString createdAt;
    qint64 userId = 0;
    QString printer, labelKind, title, format;
    QByteArray document;
    int copies = 1;
    QString state; // queued, printed, failed, cancelled
    int attempts = 0;
    QString errorCode, errorMessage; // of the last failed attempt
    QString printedAt;
};

// A new queued job; its id.
Result<qint64> enqueuePrintJob(db::Database &db, const PrintJobDraft &draft, const QDateTime &now);
// nullopt when there is no such job.
Result<std::optional<PrintJob>> printJob(db::Database &db, qint64 id);
// Newest first; only those in `states` unless it is empty.
Result<QList<PrintJob>> printJobs(db::Database &db, const QStringList &states = {}, int limit = 200);
// An attempt that reached the printer: state printed, attempts + 1, the error cleared.
Status markPrintJobPrinted(db::Database &db, qint64 id, const QDateTime &now);
// An attempt that failed: state failed, attempts + 1, the error kept.
Status markPrintJobFailed(db::Database &db, qint64 id, const Error &error);
// A failed job queued again (print_job.not-failed for any other state).
Status retryPrintJob(db::Database &db, qint64 id);
// A queued or failed job that will not be printed (print_job.printed for one that was).
Status cancelPrintJob(db::Database &db, qint64 id);

} // namespace stockhand::store
