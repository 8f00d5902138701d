#include "reasonmodel.h"

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
    auto st = m_ctx.store.db().prepare("SELECT code, label FROM reason_code WHERE kind = ?1 ORDER BY code");
    if (st) {
        st->bind(1, m_kind);
        for (auto row = st->step(); row.ok() && *row; row = st->step())
            rows.append({st->text(0), st->text(1)});
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
