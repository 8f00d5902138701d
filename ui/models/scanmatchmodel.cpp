#include "scanmatchmodel.h"

#include "session.h"
#include "store/scanmatches.h"

namespace stockhand::ui {

ScanMatchModel::ScanMatchModel(UiContext &context, QObject *parent)
    : ListModelBase({"kind", "code", "label", "detail"}, parent)
    , m_ctx(context)
{ }

void ScanMatchModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    QList<QVariantList> rows;
    auto matches = store::scanMatches(m_ctx.store.db(), m_ctx.session.warehouseId(), text, kLimit);
    if (matches) {
        for (const store::ScanMatch &m : *matches)
            rows.append({m.kind, m.code, m.label, m.detail});
    }
    setRows(std::move(rows));
}

} // namespace stockhand::ui
