// Import of master data and open work into the SQLite backend: the rows parsed and checked by importrows.h,
// written row by row as upserts, one transaction per file; book stock set by an import is recorded as an
// "import" move for the difference.
#include "admin.h"

#include "storage/sqlite/importrows.h"

namespace stockhand::server {

qint64 ImportSummary::total() const
{
    qint64 n = 0;
    for (auto it = rowsByTable.cbegin(); it != rowsByTable.cend(); ++it)
        n += it.value();
    return n;
}

namespace {

using importrows::Cell;

Result<Milli> quantAt(db::Database &db, const importrows::Row &row)
{
    auto st = db.prepare("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                         "AND ifnull(lot_id, 0) = ?3 AND ifnull(package_id, 0) = ?4");
    if (!st)
        return st.error();
    auto r = st->bind(1, row.intValue(QLatin1String("location_id")))
                 .bind(2, row.intValue(QLatin1String("product_id")))
                 .bind(3, row.intValue(QLatin1String("lot_id")))
                 .bind(4, row.intValue(QLatin1String("package_id")))
                 .step();
    if (!r)
        return r.error();
    const Milli qty = r.value() ? st->int64(0) : 0;
    st->reset();
    return qty;
}

Status upsertRow(db::Database &db, const importrows::Table &table, const importrows::Row &row)
{
    const FeedTable &t = *table.table;
    QStringList params, sets;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        params.append(QStringLiteral("?%1").arg(i + 1));
        if (row.columns[i] != QLatin1String(t.keyColumn))
            sets.append(row.columns[i] + QStringLiteral(" = excluded.") + row.columns[i]);
    }
    const bool quant = QLatin1String(t.name) == QLatin1String("quant");
    const QString conflict = importrows::keyedByPlace(table, row)
        ? QStringLiteral("location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0)")
        : QLatin1String(t.keyColumn);
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO ")
                      .arg(QLatin1String(t.name), row.columns.join(QLatin1String(", ")),
                          params.join(QLatin1String(", ")), conflict);
    sql += sets.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + sets.join(QLatin1String(", "));
    Milli previousQty = 0;
    if (quant) {
        auto prev = quantAt(db, row);
        if (!prev)
            return prev.error();
        previousQty = prev.value();
    }
    const QByteArray utf8 = sql.toUtf8();
    auto st = db.prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!st)
        return st.error();
    for (int i = 0; i < row.cells.size(); ++i) {
        const Cell &c = row.cells[i];
        if (c.kind == Cell::Null)
            st->bindNull(i + 1);
        else if (c.kind == Cell::Int)
            st->bind(i + 1, c.n);
        else
            st->bind(i + 1, c.text);
    }
    Status s = st->run();
    if (!s) {
        Error e = s.error();
        e.message = QStringLiteral("%1 row %2: %3").arg(QLatin1String(t.name)).arg(row.number).arg(e.message);
        return e;
    }
    if (quant) {
        // Book stock set by an import is part of the audit trail too: one move for the difference.
        auto after = quantAt(db, row);
        if (!after)
            return after.error();
        const Milli delta = after.value() - previousQty;
        if (delta != 0) {
            auto mv = db.prepare("INSERT INTO stock_move(kind, product_id, lot_id, package_id, from_location_id, "
                                 "to_location_id, qty, reason_code, recorded_at) VALUES ('import', ?1, ?2, ?3, ?4, ?5, "
                                 "?6, 'IMPORT', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
            if (!mv)
                return mv.error();
            const qint64 location = row.intValue(QLatin1String("location_id"));
            mv->bind(1, row.intValue(QLatin1String("product_id")))
                .bindIdOrNull(2, row.intValue(QLatin1String("lot_id")))
                .bindIdOrNull(3, row.intValue(QLatin1String("package_id")));
            mv->bindIdOrNull(4, delta < 0 ? location : 0).bindIdOrNull(5, delta > 0 ? location : 0);
            SH_TRY(mv->bind(6, delta < 0 ? -delta : delta).run());
        }
    }
    return {};
}

Result<ImportSummary> write(db::Database &db, const importrows::Parsed &parsed)
{
    for (const importrows::Table &t : parsed.tables) {
        for (const importrows::Row &row : t.rows)
            SH_TRY(upsertRow(db, t, row));
    }
    return parsed.summary;
}

} // namespace

Result<ImportSummary> importJsonObject(db::Database &db, const QJsonObject &root)
{
    auto parsed = importrows::parseJson(root);
    if (!parsed)
        return parsed.error();
    return write(db, parsed.value());
}

Result<ImportSummary> importJson(db::Database &db, const QByteArray &json)
{
    auto root = importrows::parseJsonText(json);
    if (!root)
        return root.error();
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    auto summary = importJsonObject(db, root.value());
    SH_TRY(summary);
    SH_TRY(tx.commit());
    return summary;
}

Result<ImportSummary> importCsv(db::Database &db, const QString &table, const QByteArray &csv)
{
    auto parsed = importrows::parseCsv(table, csv);
    if (!parsed)
        return parsed.error();
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    auto summary = write(db, parsed.value());
    SH_TRY(summary);
    SH_TRY(tx.commit());
    return summary;
}

} // namespace stockhand::server
