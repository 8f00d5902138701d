#include "linemodel.h"

namespace stockhand::ui {

QString lineStateName(TransferLine::State state)
{
    switch (state) {
    case TransferLine::State::Open:
        return QStringLiteral("open");
    case TransferLine::State::Done:
        return QStringLiteral("done");
    case TransferLine::State::Short:
        return QStringLiteral("short");
    case TransferLine::State::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("open");
}

LineModel::LineModel(QObject *parent)
    : ListModelBase({"lineId", "sku", "productName", "location", "destination", "lot", "expected", "done", "remaining",
                        "status", "current", "reference", "pending"},
        parent)
{ }

void LineModel::setLines(const QList<TransferLine> &lines, qint64 currentLineId, Milli pending)
{
    QList<QVariantList> rows;
    rows.reserve(lines.size());
    int current = -1;
    const auto finished = [](const TransferLine &l) {
        return l.state == TransferLine::State::Done || l.state == TransferLine::State::Short;
    };
    for (const bool done : {false, true}) {
        for (const TransferLine &l : lines) {
            if (finished(l) != done)
                continue;
            if (l.id == currentLineId)
                current = int(rows.size());
            rows.append({l.id, l.sku, l.productName, l.fromName, l.toName, l.lotName, formatQuantity(l.qtyExpected),
                formatQuantity(l.qtyDone), formatQuantity(l.remaining()), lineStateName(l.state), l.id == currentLineId,
                l.reference, l.id == currentLineId && pending > 0 ? formatQuantity(pending) : QString()});
        }
    }
    setRows(std::move(rows));
    m_currentRow = current;
    Q_EMIT currentRowChanged();
}

CountLineModel::CountLineModel(QObject *parent)
    : ListModelBase({"lineId", "location", "product", "counted", "current"}, parent)
{ }

void CountLineModel::setLines(const QList<CountLocation> &lines, qint64 currentLineId)
{
    QList<QVariantList> rows;
    rows.reserve(lines.size());
    for (const CountLocation &l : lines)
        rows.append({l.lineId, l.locationName, l.productLabel, l.counted, l.lineId == currentLineId});
    setRows(std::move(rows));
}

} // namespace stockhand::ui
