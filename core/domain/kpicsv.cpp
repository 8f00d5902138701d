#include "domain/kpicsv.h"

#include <QJsonArray>

namespace stockhand {

namespace {

enum class Format { Int, Ratio, Qty, Money, Decimal };

struct Column
{
    const char *key;
    Format format;
    const char *header = nullptr; // the key when null
};

// The columns, in order: the JSON's keys (docs/sync-protocol.md); money in currency units, not cents
// (variance_value_net, variance_value_abs).
const Column kColumns[] = {
    {"counted_locations", Format::Int},
    {"accurate_locations", Format::Int},
    {"accuracy", Format::Ratio},
    {"counts", Format::Int},
    {"variance_net", Format::Qty},
    {"variance_abs", Format::Qty},
    {"variance_value_net_cents", Format::Money, "variance_value_net"},
    {"variance_value_abs_cents", Format::Money, "variance_value_abs"},
    {"lines_picked", Format::Int},
    {"pick_hours", Format::Int},
    {"picked_per_hour", Format::Decimal},
    {"lines_received", Format::Int},
    {"receive_hours", Format::Int},
    {"received_per_hour", Format::Decimal},
    {"pick_lines_validated", Format::Int},
    {"pick_lines_filled", Format::Int},
    {"fill_rate", Format::Ratio},
    {"putaways", Format::Int},
    {"dock_to_stock_median_h", Format::Decimal},
    {"dock_to_stock_p90_h", Format::Decimal},
};

QString cell(const QJsonValue &v, Format format)
{
    if (!v.isDouble())
        return QString();
    const double d = v.toDouble();
    switch (format) {
    case Format::Int:
        return QString::number(qint64(d));
    case Format::Ratio:
        return QString::number(d, 'f', 4);
    case Format::Qty:
        return QString::number(d, 'f', 3);
    case Format::Money:
        return QString::number(d / 100.0, 'f', 2);
    case Format::Decimal:
        return QString::number(d, 'f', 2);
    }
    return QString();
}

} // namespace

QString kpiCsv(const QJsonObject &figures)
{
    QString out = QStringLiteral("date");
    for (const Column &c : kColumns)
        out += u',' + QLatin1String(c.header ? c.header : c.key);
    out += u'\n';
    auto row = [&](const QString &first, const QJsonObject &o) {
        out += first;
        for (const Column &c : kColumns)
            out += u',' + cell(o.value(QLatin1String(c.key)), c.format);
        out += u'\n';
    };
    for (const QJsonValue &day : figures.value(QStringLiteral("days")).toArray())
        row(day[QStringLiteral("date")].toString(), day.toObject());
    row(QStringLiteral("total"), figures.value(QStringLiteral("totals")).toObject());
    out += QStringLiteral("\nbackorder_age_days,lines,transfers,qty_open\n");
    for (const QJsonValue &b :
        figures.value(QStringLiteral("backorders")).toObject().value(QStringLiteral("buckets")).toArray()) {
        out += b[QStringLiteral("bucket")].toString() + u',' + QString::number(b[QStringLiteral("lines")].toInt())
            + u',' + QString::number(b[QStringLiteral("transfers")].toInt()) + u','
            + QString::number(b[QStringLiteral("qty_open")].toDouble(), 'f', 3) + u'\n';
    }
    return out;
}

} // namespace stockhand
