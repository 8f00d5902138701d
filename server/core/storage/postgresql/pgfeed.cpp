#include "storage/postgresql/pgfeed.h"

#include "feedtables.h"
#include "rowwriter.h"
#include "storage/postgresql/pgschema.h"

namespace stockhand::server::pg {

namespace {

// PostgreSQL's type OIDs (pg_type.h) of the columns the schema uses.
constexpr unsigned kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
                   kNumeric = 1700;

// A read of its own, or a savepoint inside the caller's transaction (the push path's batch).
Status beginRead(Connection &c, bool &nested)
{
    nested = c.inTransaction();
    return c.exec(nested ? "SAVEPOINT rd" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void endRead(Connection &c, bool nested)
{
    (void)c.exec(nested ? "RELEASE SAVEPOINT rd" : "COMMIT");
}

} // namespace

void writePgRow(QByteArray &out, const Rows &rows, int i)
{
    RowWriter w(out);
    const int n = rows.columns();
    out.append('[');
    for (int col = 0; col < n; ++col) {
        if (col)
            out.append(',');
        if (rows.isNull(i, col)) {
            out.append("null", 4);
            continue;
        }
        switch (rows.typeOf(col)) {
        case kInt8:
        case kInt4:
        case kInt2:
        case kFloat4:
        case kFloat8:
        case kNumeric: {
            const QByteArray v = rows.raw(i, col);
            out.append(v);
            break;
        }
        case kBool:
            out.append(rows.raw(i, col) == "t" ? "1" : "0");
            break;
        case kBytea: {
            const QByteArray b = rows.bytes(i, col).toBase64();
            w.string(std::string_view(b.constData(), size_t(b.size())));
            break;
        }
        default: {
            const QByteArray v = rows.raw(i, col);
            w.string(std::string_view(v.constData(), size_t(v.size())));
        }
        }
    }
    out.append("]\n", 2);
}

Result<qint64> pgLatestCursor(Connection &c, qint64 warehouseId)
{
    return c.queryInt("SELECT greatest(coalesce((SELECT max(seq) FROM change_log WHERE warehouse_id = $1), 0), "
                      "coalesce((SELECT max(seq) FROM change_log WHERE warehouse_id IS NULL), 0))",
        Params().add(warehouseId));
}

Result<std::unique_ptr<PgFeedReader>> PgFeedReader::begin(Connection &c)
{
    std::unique_ptr<PgFeedReader> r(new PgFeedReader(c));
    SH_TRY(beginRead(c, r->m_nested));
    r->m_open = true;
    return r;
}

PgFeedReader::~PgFeedReader()
{
    if (m_open)
        endRead(m_c, m_nested);
}

Result<qint64> PgFeedReader::latestCursor(qint64 warehouseId)
{
    return pgLatestCursor(m_c, warehouseId);
}

Result<qint64> PgFeedReader::head()
{
    return m_c.queryInt("SELECT coalesce(max(seq), 0) FROM change_log");
}

Result<qint64> PgFeedReader::countRows(const FeedTable &t, qint64 warehouseId)
{
    const std::string sql = std::string("SELECT count(*) FROM ") + t.name + " WHERE " + scopeClause(t);
    return m_c.queryInt(sql.c_str(), scopeUsesWarehouse(t) ? Params().add(warehouseId) : Params());
}

Result<SnapshotSlice> PgFeedReader::writeRows(
    const FeedTable &t, qint64 warehouseId, const QByteArray &afterKey, int limit, QByteArray &out)
{
    // Parameters: $1 the warehouse (when the scope has one), then the key after which to start, the limit.
    const bool scoped = scopeUsesWarehouse(t);
    Params p;
    if (scoped)
        p.add(warehouseId);
    const std::string key = t.keyColumn;
    std::string sql = std::string("SELECT ") + t.columns + " FROM " + t.name + " WHERE (" + scopeClause(t) + ")";
    int next = scoped ? 2 : 1;
    if (!afterKey.isEmpty()) {
        sql += " AND " + key + " > $" + std::to_string(next++);
        if (t.textKey)
            p.add(QString::fromUtf8(afterKey));
        else
            p.add(afterKey.toLongLong());
    }
    sql += " ORDER BY " + key + " LIMIT $" + std::to_string(next);
    p.add(qint64(limit) + 1);
    auto r = m_c.query(sql, p);
    if (!r)
        return r.error();
    SnapshotSlice slice;
    for (int i = 0; i < r->size(); ++i) {
        if (slice.rows == limit) {
            slice.more = true;
            break;
        }
        writePgRow(out, *r, i);
        slice.lastKey = r->raw(i, 0);
        ++slice.rows;
    }
    return slice;
}

Result<FeedReader::ChangePage> PgFeedReader::changesSince(qint64 cursor, qint64 warehouseId, int limit)
{
    auto r = m_c.query("SELECT seq, tbl, key FROM change_log WHERE seq > $1 "
                       "AND (warehouse_id = $2 OR warehouse_id IS NULL) ORDER BY seq LIMIT $3",
        Params().add(cursor).add(warehouseId).add(qint64(limit) + 1));
    if (!r)
        return r.error();
    ChangePage page;
    for (int i = 0; i < r->size(); ++i) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change c;
        c.seq = r->int64(i, 0);
        c.table = feedTable(r->raw(i, 1).toStdString());
        c.key = r->raw(i, 2);
        page.changes.append(std::move(c));
    }
    return page;
}

Result<std::vector<bool>> PgFeedReader::writeRowsByKey(
    const FeedTable &t, qint64 warehouseId, const QList<QByteArray> &keys, QByteArray &out)
{
    std::vector<bool> written;
    written.reserve(size_t(keys.size()));
    if (keys.isEmpty())
        return written;
    // One statement for the page's keys of this table: unnest keeps their order.
    const std::string sql = std::string("SELECT k.ord, ") +
        [&] {
            std::string cols;
            for (const char *p = t.columns;;) {
                const char *comma = std::strchr(p, ',');
                std::string col(p, comma ? size_t(comma - p) : std::strlen(p));
                while (!col.empty() && col.front() == ' ')
                    col.erase(0, 1);
                cols += (cols.empty() ? "" : ", ") + std::string(t.name) + "." + col;
                if (!comma)
                    break;
                p = comma + 1;
            }
            return cols;
        }()
        + " FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord) JOIN " + t.name + " ON " + t.name + "." + t.keyColumn
        + (t.textKey ? " = k.key" : " = k.key::bigint") + " WHERE " + rowInScopeClause(t, "$2") + " ORDER BY k.ord";
    QByteArray array = "{";
    for (int i = 0; i < keys.size(); ++i) {
        if (i)
            array.append(',');
        array.append('"');
        for (char ch : keys.at(i)) {
            if (ch == '"' || ch == '\\')
                array.append('\\');
            array.append(ch);
        }
        array.append('"');
    }
    array.append('}');
    auto r = m_c.query(sql, Params().add(QString::fromUtf8(array)).add(warehouseId));
    if (!r)
        return r.error();
    written.assign(size_t(keys.size()), false);
    // Without the first column (the key's position), as the feed's columns.
    QByteArray row;
    for (int i = 0; i < r->size(); ++i) {
        const qint64 ord = r->int64(i, 0);
        row.clear();
        writePgRow(row, *r, i);
        // "[ord,..." -> "[..."
        const qsizetype comma = row.indexOf(',');
        out.append('[');
        out.append(row.constData() + comma + 1, row.size() - comma - 1);
        written[size_t(ord - 1)] = true;
    }
    return written;
}

namespace {

constexpr const char *kLineColumns
    = "l.id, l.transfer_id, t.warehouse_id, t.kind, t.state, t.reference, coalesce(t.scheduled, ''), l.qty_expected, "
      "l.qty_done";

TransferLineFact readLine(const Rows &r, int i)
{
    return TransferLineFact {r.int64(i, 0), r.int64(i, 1), r.int64(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5),
        r.text(i, 6), r.int64(i, 7), r.int64(i, 8)};
}

} // namespace

Result<std::unique_ptr<PgKpiReader>> PgKpiReader::begin(Connection &c)
{
    std::unique_ptr<PgKpiReader> r(new PgKpiReader(c));
    SH_TRY(beginRead(c, r->m_nested));
    r->m_open = true;
    return r;
}

PgKpiReader::~PgKpiReader()
{
    if (m_open)
        endRead(m_c, m_nested);
}

Result<QList<LoggedOperationFact>> PgKpiReader::appliedOperations(
    const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
{
    auto r = m_c.query(
        "SELECT o.id, d.warehouse_id, o.at, o.received_at, o.payload, o.answer FROM "
        "(SELECT id, device_id, coalesce(nullif(local_time, ''), received_at) AS at, received_at, payload, answer "
        "FROM op_log WHERE kind = $1 AND status = 'applied') o JOIN device d ON d.id = o.device_id "
        "WHERE ($2::bigint = 0 OR d.warehouse_id = $2::bigint) AND ($3::text = '' OR o.at >= $3::text) "
        "AND ($4::text = '' OR o.at < $4::text) ORDER BY o.id",
        Params().add(kind).add(warehouseId).add(from).add(to));
    if (!r)
        return r.error();
    QList<LoggedOperationFact> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(LoggedOperationFact {
            r->int64(i, 0), r->int64(i, 1), r->text(i, 2), r->text(i, 3), r->raw(i, 4), r->raw(i, 5)});
    return out;
}

Result<QList<MoveFact>> PgKpiReader::moves(
    const QString &kind, qint64 warehouseId, const QString &from, const QString &to)
{
    auto r = m_c.query(
        "SELECT * FROM (SELECT m.id, coalesce(lf.warehouse_id, lt.warehouse_id, 0) AS wh, m.product_id, "
        "coalesce(m.lot_id, 0), coalesce(m.from_location_id, 0), coalesce(m.to_location_id, 0), "
        "coalesce(m.transfer_line_id, 0), m.qty, coalesce(nullif(m.physical_time, ''), m.recorded_at) AS at "
        "FROM stock_move m LEFT JOIN location lf ON lf.id = m.from_location_id "
        "LEFT JOIN location lt ON lt.id = m.to_location_id WHERE m.kind = $1) x "
        "WHERE ($2::bigint = 0 OR wh = $2::bigint) AND ($3::text = '' OR at >= $3::text) "
        "AND ($4::text = '' OR at < $4::text) ORDER BY at COLLATE \"C\", id",
        Params().add(kind).add(warehouseId).add(from).add(to));
    if (!r)
        return r.error();
    QList<MoveFact> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(MoveFact {r->int64(i, 0), r->int64(i, 1), r->int64(i, 2), r->int64(i, 3), r->int64(i, 4),
            r->int64(i, 5), r->int64(i, 6), r->int64(i, 7), r->text(i, 8)});
    return out;
}

Result<QList<TransferLineFact>> PgKpiReader::transferLines(const QList<qint64> &transferIds)
{
    QList<TransferLineFact> out;
    for (qint64 id : transferIds) {
        auto r = m_c.query(std::string("SELECT ") + kLineColumns
                + " FROM transfer_line l JOIN transfer t ON t.id = l.transfer_id WHERE l.transfer_id = $1 "
                  "ORDER BY l.seq, l.id",
            Params().add(id));
        if (!r)
            return r.error();
        for (int i = 0; i < r->size(); ++i)
            out.append(readLine(*r, i));
    }
    return out;
}

Result<QList<TransferLineFact>> PgKpiReader::openLines(const QString &transferKind, qint64 warehouseId)
{
    auto r = m_c.query(std::string("SELECT ") + kLineColumns
            + " FROM transfer t JOIN transfer_line l ON l.transfer_id = t.id WHERE t.kind = $1 "
              "AND t.state IN ('open', 'in_progress') AND ($2::bigint = 0 OR t.warehouse_id = $2::bigint) "
              "AND l.qty_done < l.qty_expected ORDER BY t.id, l.seq, l.id",
        Params().add(transferKind).add(warehouseId));
    if (!r)
        return r.error();
    QList<TransferLineFact> out;
    for (int i = 0; i < r->size(); ++i)
        out.append(readLine(*r, i));
    return out;
}

Result<Milli> PgKpiReader::pickedOnLineBefore(qint64 lineId, qint64 opId)
{
    return m_c.queryInt("SELECT coalesce(sum(qty), 0) FROM stock_move WHERE transfer_line_id = $1 AND kind = 'pick' "
                        "AND op_id < $2",
        Params().add(lineId).add(opId));
}

Result<qint64> PgKpiReader::unitValueCents(qint64 productId)
{
    return m_c.queryInt("SELECT unit_value_cents FROM product WHERE id = $1", Params().add(productId));
}

} // namespace stockhand::server::pg
