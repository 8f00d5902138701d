// `stockhand-server import` on PostgreSQL: the rows parsed and checked by the one parser
// (storage/sqlite/importrows.h), written with COPY into a staging table and one INSERT ... SELECT ... ON
// CONFLICT per run of rows. A run is a stretch of the file's rows of one table with the same columns and no
// key twice, so that every row is written exactly as the SQLite backend's row-by-row upsert writes it, in
// the file's order: the feed triggers add the same entries in the same order, and a quant's import move is
// the same difference.
#include "storage/postgresql/pgadmin.h"

#include "storage/sqlite/importrows.h"

#include <QSet>

namespace stockhand::server::pg {

namespace {

using importrows::Cell;
using importrows::Row;

// The table's column types (format_type), by name.
Result<QHash<QString, QString>> columnTypes(Connection &c, const char *table)
{
    auto r = c.query("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                     "WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped",
        Params().add(table));
    if (!r)
        return r.error();
    QHash<QString, QString> types;
    for (int i = 0; i < r->size(); ++i)
        types.insert(r->text(i, 0), r->text(i, 1));
    return types;
}

bool isInteger(const QString &type)
{
    return type == QLatin1String("bigint") || type == QLatin1String("integer");
}

class RunWriter
{
public:
    RunWriter(Connection &c, const importrows::Table &t, const QHash<QString, QString> &types)
        : m_c(c)
        , m_t(t)
        , m_types(types)
    { }

    // Rows [first, last] of the table: one run (same columns, no key twice).
    Status write(qsizetype first, qsizetype last)
    {
        m_first = first;
        m_rows = last - first + 1;
        const Row &head = m_t.rows[first];
        m_quant = QLatin1String(m_t.table->name) == QLatin1String("quant");
        SH_TRY(stage(head));
        if (m_quant) // the book before the import, for the moves
            SH_TRY(m_c.exec("UPDATE pg_temp.import_stage s SET prev = " + quantAt() + ";"));
        // The run at once; when PostgreSQL refuses it, the first row it refuses (by halves), with its number.
        {
            Transaction all(m_c);
            SH_TRY(all.begun());
            if (Status s = m_c.exec(insertSql(head, 0, m_rows - 1)); s)
                return finish(all);
        }
        qsizetype lo = 0, hi = m_rows - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            Transaction half(m_c);
            SH_TRY(half.begun());
            if (Status s = m_c.exec(insertSql(head, lo, mid)); s) {
                SH_TRY(half.commit());
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Transaction one(m_c);
        SH_TRY(one.begun());
        Status s = m_c.exec(insertSql(head, lo, lo));
        if (s) // refused only together with other rows: the run's error, without a row
            return makeError("storage.constraint",
                QStringLiteral("%1 rows %2-%3: refused together.")
                    .arg(QLatin1String(m_t.table->name))
                    .arg(m_t.rows[first].number)
                    .arg(m_t.rows[last].number));
        Error e = s.error();
        e.message = QStringLiteral("%1 row %2: %3")
                        .arg(QLatin1String(m_t.table->name))
                        .arg(m_t.rows[first + lo].number)
                        .arg(e.message);
        return e;
    }

private:
    Status finish(Transaction &all)
    {
        if (m_quant) {
            // Book stock set by an import is part of the audit trail too: one move for the difference.
            SH_TRY(m_c.exec("INSERT INTO stock_move(kind, product_id, lot_id, package_id, from_location_id, "
                            "to_location_id, qty, reason_code, recorded_at) SELECT 'import', d.product, "
                            "nullif(d.lot, 0), nullif(d.package, 0), CASE WHEN d.delta < 0 THEN nullif(d.location, 0) "
                            "END, CASE WHEN d.delta > 0 THEN nullif(d.location, 0) END, abs(d.delta), 'IMPORT', "
                            "to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                            "FROM (SELECT s.i, "
                + column("location_id") + " AS location, " + column("product_id") + " AS product, " + column("lot_id")
                + " AS lot, " + column("package_id") + " AS package, " + quantAt()
                + " - s.prev AS delta FROM pg_temp.import_stage s) d WHERE d.delta <> 0 ORDER BY d.i;"));
        }
        return all.commit();
    }

    // COPY of the run into pg_temp.import_stage(i, prev, the row's columns as text).
    Status stage(const Row &head)
    {
        std::string create = "DROP TABLE IF EXISTS pg_temp.import_stage; CREATE TEMP TABLE import_stage("
                             "i bigint PRIMARY KEY, prev bigint";
        std::string copy = "COPY pg_temp.import_stage(i";
        for (const QString &col : head.columns) {
            create += ", " + col.toStdString() + " text";
            copy += ", " + col.toStdString();
        }
        SH_TRY(m_c.exec(create + ") ON COMMIT DROP"));
        copy += ") FROM STDIN";
        QByteArray data;
        for (qsizetype r = 0; r < m_rows; ++r) {
            const Row &row = m_t.rows[m_first + r];
            data.append(QByteArray::number(r));
            for (qsizetype i = 0; i < row.cells.size(); ++i) {
                const Cell &cell = row.cells[i];
                data.append('\t');
                if (cell.kind == Cell::Null) {
                    data.append("\\N");
                } else if (cell.kind == Cell::Int) {
                    data.append(QByteArray::number(cell.n));
                } else if (isInteger(m_types.value(row.columns[i]))) {
                    // SQLite would keep the text in an integer column; PostgreSQL cannot.
                    return makeError("import.invalid-value",
                        QStringLiteral("%1 row %2: %3 is not an integer (%4).")
                            .arg(QLatin1String(m_t.table->name))
                            .arg(row.number)
                            .arg(cell.text, row.columns[i]));
                } else {
                    appendCopyText(data, cell.text.toUtf8());
                }
            }
            data.append('\n');
            if (data.size() > (8 << 20)) {
                SH_TRY(m_c.copyIn(copy, data));
                data.clear();
            }
        }
        return data.isEmpty() ? Status() : m_c.copyIn(copy, data);
    }

    std::string insertSql(const Row &head, qsizetype lo, qsizetype hi) const
    {
        const FeedTable &t = *m_t.table;
        std::string cols, values, sets;
        for (const QString &col : head.columns) {
            const std::string c = col.toStdString();
            const QString type = m_types.value(col);
            cols += (cols.empty() ? "" : ", ") + c;
            values += (values.empty() ? "s." : ", s.") + c
                + (type == QLatin1String("text") ? "" : "::" + type.toStdString());
            if (col != QLatin1String(t.keyColumn))
                sets += (sets.empty() ? "" : ", ") + c + " = excluded." + c;
        }
        const std::string conflict = importrows::keyedByPlace(m_t, head)
            ? "location_id, product_id, (coalesce(lot_id, 0)), (coalesce(package_id, 0))"
            : t.keyColumn;
        return "INSERT INTO " + std::string(t.name) + "(" + cols + ") SELECT " + values
            + " FROM pg_temp.import_stage s WHERE s.i BETWEEN " + std::to_string(lo) + " AND " + std::to_string(hi)
            + " ORDER BY s.i ON CONFLICT(" + conflict + ") DO "
            + (sets.empty() ? std::string("NOTHING") : "UPDATE SET " + sets);
    }

    // A column of the staging row as an integer (0 when the row has none or it is NULL).
    std::string column(const char *name) const
    {
        const Row &head = m_t.rows[m_first];
        return head.columns.contains(QLatin1String(name)) ? "coalesce(s." + std::string(name) + "::bigint, 0)" : "0";
    }

    // The quant at the staging row's place now (0 when there is none).
    std::string quantAt() const
    {
        return "coalesce((SELECT q.qty FROM quant q WHERE q.location_id = " + column("location_id")
            + " AND q.product_id = " + column("product_id") + " AND coalesce(q.lot_id, 0) = " + column("lot_id")
            + " AND coalesce(q.package_id, 0) = " + column("package_id") + "), 0)";
    }

    Connection &m_c;
    const importrows::Table &m_t;
    const QHash<QString, QString> &m_types;
    qsizetype m_first = 0, m_rows = 0;
    bool m_quant = false;
};

Status writeTable(Connection &c, const importrows::Table &t)
{
    auto types = columnTypes(c, t.table->name);
    if (!types)
        return types.error();
    RunWriter writer(c, t, types.value());
    qsizetype first = 0;
    QSet<QString> keys;
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const QString key = importrows::keyOf(t, t.rows[i]);
        const bool sameRun = t.rows[i].columns == t.rows[first].columns
            && importrows::keyedByPlace(t, t.rows[i]) == importrows::keyedByPlace(t, t.rows[first])
            && (key.isEmpty() || !keys.contains(key));
        if (!sameRun) {
            SH_TRY(writer.write(first, i - 1));
            first = i;
            keys.clear();
        }
        if (!key.isEmpty())
            keys.insert(key);
    }
    return t.rows.isEmpty() ? Status() : writer.write(first, t.rows.size() - 1);
}

Result<ImportSummary> write(Connection &c, const importrows::Parsed &parsed)
{
    SH_TRY(c.run("SELECT feed_lock()"));
    for (const importrows::Table &t : parsed.tables)
        SH_TRY(writeTable(c, t));
    return parsed.summary;
}

Result<ImportSummary> inTransaction(Connection &c, const importrows::Parsed &parsed)
{
    Transaction tx(c);
    SH_TRY(tx.begun());
    auto summary = write(c, parsed);
    SH_TRY(summary);
    SH_TRY(tx.commit());
    return summary;
}

} // namespace

Result<ImportSummary> importJsonObject(Connection &c, const QJsonObject &root)
{
    auto parsed = importrows::parseJson(root);
    if (!parsed)
        return parsed.error();
    return write(c, parsed.value());
}

Result<ImportSummary> importJson(Connection &c, const QByteArray &json)
{
    auto root = importrows::parseJsonText(json);
    if (!root)
        return root.error();
    auto parsed = importrows::parseJson(root.value());
    if (!parsed)
        return parsed.error();
    return inTransaction(c, parsed.value());
}

Result<ImportSummary> importCsv(Connection &c, const QString &table, const QByteArray &csv)
{
    auto parsed = importrows::parseCsv(table, csv);
    if (!parsed)
        return parsed.error();
    return inTransaction(c, parsed.value());
}

} // namespace stockhand::server::pg
