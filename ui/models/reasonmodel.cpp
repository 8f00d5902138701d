#include "reasonmodel.h"

#include "domain/reasonlabels.h"
#include "language.h"
#include "store/catalog.h"

namespace stockhand::ui {

ReasonModel::ReasonModel(UiContext &context, QString kind, QObject *parent)
    : ListModelBase({"code", "label"}, parent)
    , m_ctx(context)
    , m_kind(std::move(kind))
{
    refresh();
}

void ReasonModel::refresh()
{
    QList<QVariantList> rows;
    if (auto codes = store::reasonCodes(m_ctx.store.db(), m_kind)) {
        for (const store::ReasonCode &c : std::as_const(*codes))
            rows.append({c.code, reasonLabelFor(c.label, c.labels, Language::current())});
    }
    setRows(std::move(rows));
}

bool ReasonModel::contains(const QString &code) const
{
    for (int i = 0; i < count(); ++i) {
        if (value(i, "code").toString() == code)
            return true;
    }
    return false;
}

} // namespace stockhand::ui
