// The import of master data and open work (`stockhand-server import`, docs/server.md "Import format"),
// parsed and checked once for both backends: a JSON document (every table, parents first) or a CSV file
// (one table) becomes rows of typed cells, with the errors a file gets on either backend (an unknown
// table or column, a bad quantity, a malformed line). Each backend writes the rows: importer.cpp (SQLite,
// row by row) and storage/postgresql/pgimport.cpp (PostgreSQL, COPY into a staging table).
#pragma once

#include "admin.h"
#include "serverschema.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace stockhand::server::importrows {

// One value as the file gave it: NULL, an integer (a quantity in thousandths), or text. A field that reads
// as an integer is one, except in the text keys `code` and `barcode`.
struct Cell
{
    enum Kind { Null, Int, Text } kind = Null;
    qint64 n = 0;
    QString text;
};

struct Row
{
    int number = 0; // in the errors: the JSON array index + 1, the CSV line - 1
    QStringList columns; // the row's own columns (JSON rows may differ), checked against the table
    QList<Cell> cells; // parallel to columns
    // The integer value of a column (0 when absent, NULL or text).
    qint64 intValue(QLatin1String column) const;
};

struct Table
{
    const FeedTable *table = nullptr;
    QList<Row> rows;
};

struct Parsed
{
    QList<Table> tables; // in the order they are written (parents first)
    ImportSummary summary;
};

// The JSON text as a document (import.malformed when it is not an object).
Result<QJsonObject> parseJsonText(const QByteArray &json);
Result<Parsed> parseJson(const QJsonObject &root);
// CSV with a header line of column names, for one table (its name or JSON key).
Result<Parsed> parseCsv(const QString &table, const QByteArray &csv);

// A quant row without an id is matched by its place (location, product, lot, package), every other row by
// its table's key column.
bool keyedByPlace(const Table &t, const Row &row);
// The row's key as text ("" when the row has none: it cannot meet another row).
QString keyOf(const Table &t, const Row &row);

} // namespace stockhand::server::importrows
