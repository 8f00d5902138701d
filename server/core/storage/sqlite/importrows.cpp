#include "storage/sqlite/importrows.h"

#include "domain/quantity.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace stockhand::server::importrows {

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

// One row of the file as column -> text (null QString = NULL); quantities arrive in units ("12.5").
using Fields = QList<QPair<QString, QString>>;

Result<Row> typedRow(const FeedTable &t, const Fields &fields, int rowNumber)
{
    const QStringList allowed = tableColumns(t);
    Row row;
    row.number = rowNumber;
    for (const auto &kv : fields) {
        if (!allowed.contains(kv.first) || (kv.first == QLatin1String("qty_done")))
            return makeError("import.unknown-column",
                QStringLiteral("%1 row %2: column %3 cannot be imported.")
                    .arg(QLatin1String(t.name))
                    .arg(rowNumber)
                    .arg(kv.first));
        row.columns.append(kv.first);
    }
    for (const auto &kv : fields) {
        const QString &v = kv.second;
        Cell cell;
        if (v.isNull()) {
            cell.kind = Cell::Null;
        } else if (isQuantityColumn(kv.first)) {
            const auto q = parseQuantity(v);
            if (!q)
                return makeError("import.invalid-quantity",
                    QStringLiteral("%1 row %2: %3 is not a quantity.")
                        .arg(QLatin1String(t.name))
                        .arg(rowNumber)
                        .arg(v));
            cell.kind = Cell::Int;
            cell.n = *q;
        } else {
            bool isInt = false;
            const qint64 n = v.toLongLong(&isInt);
            if (isInt && kv.first != QLatin1String("code") && kv.first != QLatin1String("barcode")) {
                cell.kind = Cell::Int;
                cell.n = n;
            } else {
                cell.kind = Cell::Text;
                cell.text = v;
            }
        }
        row.cells.append(cell);
    }
    return row;
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

QList<QStringList> csvLines(const QString &text)
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

qint64 Row::intValue(QLatin1String column) const
{
    const qsizetype i = columns.indexOf(column);
    return i >= 0 && cells[i].kind == Cell::Int ? cells[i].n : 0;
}

Result<QJsonObject> parseJsonText(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError("import.malformed", QStringLiteral("Not a JSON object: %1").arg(err.errorString()));
    return doc.object();
}

Result<Parsed> parseJson(const QJsonObject &root)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!importKeys().contains(it.key()))
            return makeError("import.unknown-table", QStringLiteral("Unknown key %1.").arg(it.key()));
    }
    Parsed parsed;
    for (const QString &key : kOrder) {
        const QJsonArray rows = root.value(key).toArray();
        Table table;
        table.table = feedTable(importKeys().value(key).toStdString());
        int n = 0;
        for (const QJsonValue &v : rows) {
            if (!v.isObject())
                return makeError("import.malformed", QStringLiteral("%1[%2] is not an object.").arg(key).arg(n));
            Fields fields;
            const QJsonObject o = v.toObject();
            for (auto c = o.begin(); c != o.end(); ++c)
                fields.append({c.key(), jsonText(c.value())});
            auto row = typedRow(*table.table, fields, ++n);
            if (!row)
                return row.error();
            table.rows.append(std::move(row.value()));
        }
        if (n) {
            parsed.summary.rowsByTable.insert(QLatin1String(table.table->name), n);
            parsed.tables.append(std::move(table));
        }
    }
    return parsed;
}

Result<Parsed> parseCsv(const QString &tableName, const QByteArray &csv)
{
    QString name = tableName;
    if (importKeys().contains(name))
        name = importKeys().value(name);
    const FeedTable *t = feedTable(name.toStdString());
    if (!t || !importKeys().values().contains(name))
        return makeError("import.unknown-table", QStringLiteral("Cannot import into %1.").arg(tableName));
    const QList<QStringList> lines = csvLines(QString::fromUtf8(csv));
    if (lines.isEmpty())
        return makeError("import.malformed", QStringLiteral("The CSV has no header line."));
    const QStringList header = lines.first();
    Table table;
    table.table = t;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].size() != header.size())
            return makeError("import.malformed",
                QStringLiteral("Line %1 has %2 fields, the header %3.")
                    .arg(i + 1)
                    .arg(lines[i].size())
                    .arg(header.size()));
        Fields fields;
        for (qsizetype c = 0; c < header.size(); ++c)
            fields.append({header[c].trimmed(), lines[i][c]});
        auto row = typedRow(*t, fields, int(i));
        if (!row)
            return row.error();
        table.rows.append(std::move(row.value()));
    }
    Parsed parsed;
    parsed.summary.rowsByTable.insert(name, lines.size() - 1);
    parsed.tables.append(std::move(table));
    return parsed;
}

bool keyedByPlace(const Table &t, const Row &row)
{
    return QLatin1String(t.table->name) == QLatin1String("quant") && !row.columns.contains(QLatin1String("id"));
}

QString keyOf(const Table &t, const Row &row)
{
    auto text = [&](const QString &column) {
        const qsizetype i = row.columns.indexOf(column);
        if (i < 0 || row.cells[i].kind == Cell::Null)
            return QString();
        return row.cells[i].kind == Cell::Int ? QString::number(row.cells[i].n) : row.cells[i].text;
    };
    if (keyedByPlace(t, row)) {
        return QString::number(row.intValue(QLatin1String("location_id"))) + QLatin1Char('/')
            + QString::number(row.intValue(QLatin1String("product_id"))) + QLatin1Char('/')
            + QString::number(row.intValue(QLatin1String("lot_id"))) + QLatin1Char('/')
            + QString::number(row.intValue(QLatin1String("package_id")));
    }
    return text(QLatin1String(t.table->keyColumn));
}

} // namespace stockhand::server::importrows
