#include "store/sscc.h"

namespace stockhand::store {

namespace {

SsccRange readRange(db::Statement &s)
{
    return SsccRange {s.int64(0), int(s.int64(1)), s.text(2), s.int64(3), s.int64(4), s.int64(5)};
}

} // namespace

Result<QList<SsccRange>> ssccRanges(db::Database &db)
{
    auto st = db.prepare("SELECT id, extension, company_prefix, first, last, next FROM sscc_range "
                         "ORDER BY next > last, id");
    return db::allRows(st, readRange);
}

Result<qint64> ssccRemaining(db::Database &db)
{
    return db.queryInt("SELECT ifnull(sum(last - next + 1), 0) FROM sscc_range WHERE next <= last");
}

Status addSsccRanges(db::Database &db, const QList<SsccRange> &ranges)
{
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    for (const SsccRange &r : ranges) {
        if (r.first > r.last || r.first < 0 || r.last > ssccMaxSerial(r.companyPrefix))
            return makeError("sscc.bad-range",
                QStringLiteral("SSCC range %1 (%2-%3) does not fit its company prefix.")
                    .arg(r.id)
                    .arg(r.first)
                    .arg(r.last));
        SH_TRY(composeSscc(r.extension, r.companyPrefix, r.first)); // prefix and extension are valid
        auto st = db.prepare("INSERT INTO sscc_range(id, extension, company_prefix, first, last, next) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?4) ON CONFLICT(id) DO NOTHING");
        if (!st)
            return st.error();
        SH_TRY(st->bind(1, r.id).bind(2, r.extension).bind(3, r.companyPrefix).bind(4, r.first).bind(5, r.last).run());
    }
    return tx.commit();
}

Result<QString> allocateSscc(db::Database &db)
{
    // One statement: the row's next moves on and the number it had is returned, so two callers (or a
    // crash between them) never see the same number.
    auto st = db.prepare("UPDATE sscc_range SET next = next + 1 WHERE id = (SELECT id FROM sscc_range "
                         "WHERE next <= last ORDER BY id LIMIT 1) RETURNING extension, company_prefix, next - 1");
    auto row = db::firstRow(st, [](db::Statement &s) {
        return std::tuple<int, QString, qint64> {int(s.int64(0)), s.text(1), s.int64(2)};
    });
    if (!row)
        return row.error();
    if (!*row)
        return makeError("sscc.exhausted",
            QStringLiteral("This device has no SSCC numbers left. Sync with the server to get a new range."));
    const auto &[extension, prefix, serial] = **row;
    return composeSscc(extension, prefix, serial);
}

} // namespace stockhand::store
