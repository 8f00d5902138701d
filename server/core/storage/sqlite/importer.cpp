// Import of master data and open work: JSON (all tables, parents first) or CSV (one table), one
// transaction each; book stock set by an import is recorded as an "import" move for the difference.
#include "admin.h"

#include "domain/quantity.h"
#include "serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace stockhand::server {

qint64 ImportSummary::total() const
{
    qint64 n = 0;
    for (auto it = rowsByTable.cbegin(); it != rowsByTable.cend(); ++it)
        n += it.value();
    return n;
}

namespace {

// Tables that can be imported, by the JSON key and the CSV table name.
const QHash<QString, QString> &importKeys()
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("warehouses"), QStringLiteral("warehouse")},
        {QStringLiteral("locations"), QStringLiteral("location")},
        {QStringLiteral("products"), QStringLiteral("product")},
        {QStringLiteral("barcodes"), QStringLiteral("product_barcode")},
        {QStringLiteral("lots"), QStringLiteral("lot")},
        {QStringLiteral("packages"), QStringLiteral("package")},
        {QStringLiteral("partners"), QStringLiteral("partner")},
        {QStringLiteral("quants"), QStringLiteral("quant")},
        {QStringLiteral("transfers"), QStringLiteral("transfer")},
        {QStringLiteral("transfer_lines"), QStringLiteral("transfer_line")},
        {QStringLiteral("count_tasks"), QStringLiteral("count_task")},
        {QStringLiteral("count_lines"), QStringLiteral("count_line")},
        {QStringLiteral("reason_codes"), QStringLiteral("reason_code")},
    };
    return keys;
}

const QStringList kOrder = {QStringLiteral("warehouses"), QStringLiteral("locations"), QStringLiteral("products"),
    QStringLiteral("barcodes"), QStringLiteral("lots"), QStringLiteral("packages"), QStringLiteral("partners"),
    QStringLiteral("quants"), QStringLiteral("transfers"), QStringLiteral("transfer_lines"),
    QStringLiteral("count_tasks"), QStringLiteral("count_lines"), QStringLiteral("reason_codes")};

bool isQuantityColumn(const QString &c)
{
    return c == QLatin1String("qty") || c == QLatin1String("qty_expected") || c == QLatin1String("qty_done");
}

QStringList tableColumns(const FeedTable &t)
{
    QStringList cols;
    for (const QString &c : QString::fromLatin1(t.columns).split(QLatin1Char(',')))
        cols.append(c.trimmed());
    return cols;
}

// One row as column -> text (null QString = NULL). Quantities arrive in units ("12.5") and are stored in milli.
using Row = QList<QPair<QString, QString>>;

Status upsertRow(db::Database &db, const FeedTable &t, const Row &row, int rowNumber)
{
    const QStringList allowed = tableColumns(t);
    QStringList cols, sets, params;
    for (const auto &kv : row) {
        if (!allowed.contains(kv.first) || (kv.first == QLatin1String("qty_done")))
            return makeError("import.unknown-column",
                QStringLiteral("%1 row %2: column %3 cannot be imported.")
                    .arg(QLatin1String(t.name))
                    .arg(rowNumber)
                    .arg(kv.first));
        cols.append(kv.first);
        params.append(QStringLiteral("?%1").arg(cols.size()));
        if (kv.first != QLatin1String(t.keyColumn))
            sets.append(kv.first + QStringLiteral(" = excluded.") + kv.first);
    }
    QString conflict = QLatin1String(t.keyColumn);
    const bool quant = QLatin1String(t.name) == QLatin1String("quant");
    if (quant && !cols.contains(QLatin1String("id")))
        conflict = QStringLiteral("location_id, product_id, ifnull(lot_id, 0), ifnull(package_id, 0)");
    QString sql
        = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO ")
              .arg(QLatin1String(t.name), cols.join(QLatin1String(", ")), params.join(QLatin1String(", ")), conflict);
    sql += sets.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + sets.join(QLatin1String(", "));
    Milli previousQty = 0;
    if (quant) {
        auto v = [&](const char *col) {
            for (const auto &kv : row) {
                if (kv.first == QLatin1String(col))
                    return kv.second.toLongLong();
            }
            return qint64(0);
        };
        auto prev = db.prepare("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                               "AND ifnull(lot_id, 0) = ?3 AND ifnull(package_id, 0) = ?4");
        if (!prev)
            return prev.error();
        auto r = prev->bind(1, v("location_id"))
                     .bind(2, v("product_id"))
                     .bind(3, v("lot_id"))
                     .bind(4, v("package_id"))
                     .step();
        SH_TRY(r);
        previousQty = r.value() ? prev->int64(0) : 0;
    }
    const QByteArray utf8 = sql.toUtf8();
    auto st = db.prepare(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!st)
        return st.error();
    for (int i = 0; i < row.size(); ++i) {
        const QString &v = row[i].second;
        if (v.isNull()) {
            st->bindNull(i + 1);
        } else if (isQuantityColumn(row[i].first)) {
            const auto q = parseQuantity(v);
            if (!q)
                return makeError("import.invalid-quantity",
                    QStringLiteral("%1 row %2: %3 is not a quantity.")
                        .arg(QLatin1String(t.name))
                        .arg(rowNumber)
                        .arg(v));
            st->bind(i + 1, *q);
        } else {
            bool isInt = false;
            const qint64 n = v.toLongLong(&isInt);
            if (isInt && row[i].first != QLatin1String("code") && row[i].first != QLatin1String("barcode"))
                st->bind(i + 1, n);
            else
                st->bind(i + 1, v);
        }
    }
    Status s = st->run();
    if (!s) {
        Error e = s.error();
        e.message = QStringLiteral("%1 row %2: %3").arg(QLatin1String(t.name)).arg(rowNumber).arg(e.message);
        return e;
    }
    if (quant) {
        // Book stock set by an import is part of the audit trail too: one move for the difference.
        auto value = [&](const char *col) {
            for (const auto &kv : row) {
                if (kv.first == QLatin1String(col))
                    return kv.second.toLongLong();
            }
            return qint64(0);
        };
        auto now = db.prepare("SELECT qty FROM quant WHERE location_id = ?1 AND product_id = ?2 "
                              "AND ifnull(lot_id, 0) = ?3 AND ifnull(package_id, 0) = ?4");
        if (!now)
            return now.error();
        auto r = now->bind(1, value("location_id"))
                     .bind(2, value("product_id"))
                     .bind(3, value("lot_id"))
                     .bind(4, value("package_id"))
                     .step();
        SH_TRY(r);
        const Milli after = r.value() ? now->int64(0) : 0;
        now->reset();
        const Milli delta = after - previousQty;
        if (delta != 0) {
            auto mv = db.prepare("INSERT INTO stock_move(kind, product_id, lot_id, package_id, from_location_id, "
                                 "to_location_id, qty, reason_code, recorded_at) VALUES ('import', ?1, ?2, ?3, ?4, ?5, "
                                 "?6, 'IMPORT', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
            if (!mv)
                return mv.error();
            mv->bind(1, value("product_id")).bindIdOrNull(2, value("lot_id")).bindIdOrNull(3, value("package_id"));
            mv->bindIdOrNull(4, delta < 0 ? value("location_id") : 0)
                .bindIdOrNull(5, delta > 0 ? value("location_id") : 0);
            SH_TRY(mv->bind(6, delta < 0 ? -delta : delta).run());
        }
    }
    return {};
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 3);
    }
    default:
        return v.toString();
    }
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldQuoted = false;
    auto endField = [&] {
        row.append(field.isEmpty() && !fieldQuoted ? QString() : field);
        field = QStringLiteral("");
        field.clear();
        fieldQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = fieldQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endField();
            if (!(row.size() == 1 && row.first().isNull()))
                rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        endField();
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<ImportSummary> importJsonObject(db::Database &db, const QJsonObject &root)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!importKeys().contains(it.key()))
            return makeError("import.unknown-table", QStringLiteral("Unknown key %1.").arg(it.key()));
    }
    ImportSummary summary;
    for (const QString &key : kOrder) {
        const QJsonArray rows = root.value(key).toArray();
        const FeedTable *t = feedTable(importKeys().value(key).toStdString());
        int n = 0;
        for (const QJsonValue &v : rows) {
            if (!v.isObject())
                return makeError("import.malformed", QStringLiteral("%1[%2] is not an object.").arg(key).arg(n));
            Row row;
            const QJsonObject o = v.toObject();
            for (auto c = o.begin(); c != o.end(); ++c)
                row.append({c.key(), jsonText(c.value())});
            SH_TRY(upsertRow(db, *t, row, ++n));
        }
        if (n)
            summary.rowsByTable.insert(QLatin1String(t->name), n);
    }
    return summary;
}

Result<ImportSummary> importJson(db::Database &db, const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError("import.malformed", QStringLiteral("Not a JSON object: %1").arg(err.errorString()));
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    auto summary = importJsonObject(db, doc.object());
    SH_TRY(summary);
    SH_TRY(tx.commit());
    return summary;
}

Result<ImportSummary> importCsv(db::Database &db, const QString &table, const QByteArray &csv)
{
    QString name = table;
    if (importKeys().contains(name))
        name = importKeys().value(name);
    const FeedTable *t = feedTable(name.toStdString());
    if (!t || !importKeys().values().contains(name))
        return makeError("import.unknown-table", QStringLiteral("Cannot import into %1.").arg(table));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
    if (rows.isEmpty())
        return makeError("import.malformed", QStringLiteral("The CSV has no header line."));
    const QStringList header = rows.first();
    ImportSummary summary;
    db::Transaction tx(db);
    SH_TRY(tx.begun());
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows[i].size() != header.size())
            return makeError("import.malformed",
                QStringLiteral("Line %1 has %2 fields, the header %3.")
                    .arg(i + 1)
                    .arg(rows[i].size())
                    .arg(header.size()));
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.append({header[c].trimmed(), rows[i][c]});
        SH_TRY(upsertRow(db, *t, row, int(i)));
    }
    SH_TRY(tx.commit());
    summary.rowsByTable.insert(name, rows.size() - 1);
    return summary;
}

} // namespace stockhand::server
