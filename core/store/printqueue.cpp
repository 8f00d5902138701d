#include "store/printqueue.h"

#include "clock.h"

namespace stockhand::store {

namespace {

using namespace Qt::StringLiterals;

constexpr std::string_view kColumns = "id, created_at, ifnull(user_id, 0), printer, label_kind, title, format, "
                                      "document, copies, state, attempts, ifnull(error_code, ''), "
                                      "ifnull(error_message, ''), ifnull(printed_at, '')";

PrintJob readJob(db::Statement &s)
{
    return PrintJob {s.int64(0), s.text(1), s.int64(2), s.text(3), s.text(4), s.text(5), s.text(6), s.blob(7),
        int(s.int64(8)), s.text(9), int(s.int64(10)), s.text(11), s.text(12), s.text(13)};
}

Error noSuchJob(qint64 id)
{
    return makeError("print_job.unknown", u"There is no print job %1."_s.arg(id));
}

// Runs an UPDATE of one job; print_job.unknown when it matched nothing.
Status updateOne(db::Database &db, Result<db::Statement> &st, qint64 id)
{
    if (!st)
        return st.error();
    SH_TRY(st->run());
    if (db.changes() == 0)
        return noSuchJob(id);
    return {};
}

} // namespace

Result<qint64> enqueuePrintJob(db::Database &db, const PrintJobDraft &draft, const QDateTime &now)
{
    if (draft.copies < 1)
        return makeError("print_job.bad-copies", u"A print job prints at least one copy."_s);
    if (draft.format != u"zpl" && draft.format != u"pdf" && draft.format != u"system")
        return makeError("print_job.bad-format", u"A print job is zpl, pdf or system."_s);
    auto st = db.prepare("INSERT INTO print_job(created_at, user_id, printer, label_kind, title, format, document, "
                         "copies) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return st.error();
    SH_TRY(st->bind(1, utcTime(now))
               .bindIdOrNull(2, draft.userId)
               .bind(3, draft.printer)
               .bind(4, draft.labelKind)
               .bind(5, draft.title)
               .bind(6, draft.format)
               .bindBlob(7, draft.document)
               .bind(8, draft.copies)
               .run());
    return db.lastInsertRowId();
}

Result<std::optional<PrintJob>> printJob(db::Database &db, qint64 id)
{
    auto st = db.prepare("SELECT " + std::string(kColumns) + " FROM print_job WHERE id = ?1");
    if (st)
        st->bind(1, id);
    return db::firstRow(st, readJob);
}

Result<QList<PrintJob>> printJobs(db::Database &db, const QStringList &states, int limit)
{
    // The states as one text, matched with instr: one cached statement for every filter.
    auto st = db.prepare("SELECT " + std::string(kColumns)
        + " FROM print_job WHERE ?1 = '' OR instr(?1, ',' || state || ',') > 0 ORDER BY id DESC LIMIT ?2");
    if (st)
        st->bind(1, states.isEmpty() ? QString() : u',' + states.join(u',') + u',').bind(2, limit);
    return db::allRows(st, readJob);
}

Status markPrintJobPrinted(db::Database &db, qint64 id, const QDateTime &now)
{
    auto st = db.prepare("UPDATE print_job SET state = 'printed', attempts = attempts + 1, error_code = NULL, "
                         "error_message = NULL, printed_at = ?2 WHERE id = ?1");
    if (st)
        st->bind(1, id).bind(2, utcTime(now));
    return updateOne(db, st, id);
}

Status markPrintJobFailed(db::Database &db, qint64 id, const Error &error)
{
    auto st = db.prepare("UPDATE print_job SET state = 'failed', attempts = attempts + 1, error_code = ?2, "
                         "error_message = ?3 WHERE id = ?1");
    if (st)
        st->bind(1, id).bind(2, error.code).bind(3, error.message);
    return updateOne(db, st, id);
}

Status retryPrintJob(db::Database &db, qint64 id)
{
    auto job = printJob(db, id);
    if (!job)
        return job.error();
    if (!*job)
        return noSuchJob(id);
    if ((*job)->state != u"failed")
        return makeError(
            "print_job.not-failed", u"Print job %1 is %2: only a failed job is retried."_s.arg(id).arg((*job)->state));
    auto st = db.prepare("UPDATE print_job SET state = 'queued' WHERE id = ?1 AND state = 'failed'");
    if (st)
        st->bind(1, id);
    return updateOne(db, st, id);
}

Status cancelPrintJob(db::Database &db, qint64 id)
{
    auto job = printJob(db, id);
    if (!job)
        return job.error();
    if (!*job)
        return noSuchJob(id);
    if ((*job)->state == u"printed")
        return makeError("print_job.printed", u"Print job %1 was printed already."_s.arg(id));
    auto st = db.prepare("UPDATE print_job SET state = 'cancelled' WHERE id = ?1 AND state != 'printed'");
    if (st)
        st->bind(1, id);
    return updateOne(db, st, id);
}

} // namespace stockhand::store
