#include "scan/scanjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace stockhand::scan {

namespace {

QJsonObject matchJson(const Match &m)
{
    QJsonObject o {
        {u"kind"_s, QString::fromLatin1(nameOf(m.kind))}, {u"id"_s, m.id}, {u"code"_s, m.code}, {u"label"_s, m.label}};
    if (m.productId)
        o.insert(u"productId"_s, m.productId);
    if (m.kind == EntityKind::Product) {
        o.insert(u"packaging"_s, m.packaging);
        o.insert(u"packQty"_s, formatQuantity(m.packQty));
    }
    if (!m.detail.isEmpty())
        o.insert(u"detail"_s, m.detail);
    return o;
}

} // namespace

QJsonObject toJson(const Interpretation &in)
{
    QJsonObject o {{u"raw"_s, visibleText(in.raw)}, {u"data"_s, visibleText(in.data)},
        {u"form"_s, QString::fromLatin1(nameOf(in.form))}, {u"inferred"_s, in.inferred}, {u"summary"_s, in.summary()}};
    if (in.symbology.present()) {
        o.insert(u"symbologyId"_s, in.symbology.id);
        o.insert(u"symbology"_s, in.symbology.name);
    }
    if (in.gs1Source != Gs1Source::None)
        o.insert(u"gs1Source"_s, QString::fromLatin1(nameOf(in.gs1Source)));
    if (!in.gtins.isEmpty())
        o.insert(u"gtins"_s, QJsonArray::fromStringList(in.gtins));
    if (!in.gs1.elements.isEmpty()) {
        QJsonArray els;
        for (const Gs1Element &e : in.gs1.elements) {
            QJsonObject j {{u"ai"_s, e.ai}, {u"title"_s, e.title}, {u"value"_s, e.value}};
            if (e.date.isValid())
                j.insert(u"date"_s, e.date.toString(Qt::ISODate));
            if (!e.decimal.isEmpty())
                j.insert(u"number"_s, e.decimal);
            if (!e.currency.isEmpty())
                j.insert(u"currency"_s, e.currency);
            els.append(j);
        }
        o.insert(u"elements"_s, els);
        o.insert(u"hri"_s, in.gs1.toHri());
    }
    if (in.error)
        o.insert(u"error"_s, QJsonObject {{u"code"_s, in.error->code}, {u"message"_s, in.error->message}});
    return o;
}

QJsonObject toJson(const Resolution &r)
{
    QJsonObject o {{u"kind"_s, QString::fromLatin1(nameOf(r.kind))}, {u"message"_s, r.message}};
    if (r.kind != EntityKind::Unknown && r.kind != EntityKind::Ambiguous && r.kind != EntityKind::Invalid)
        o.insert(u"match"_s, matchJson(r.match));
    if (!r.alternatives.isEmpty()) {
        QJsonArray alts;
        for (const Match &m : r.alternatives)
            alts.append(matchJson(m));
        o.insert(u"alternatives"_s, alts);
    }
    if (!r.lotName.isEmpty())
        o.insert(u"lot"_s, r.lotName);
    if (r.lotId)
        o.insert(u"lotId"_s, r.lotId);
    if (!r.serial.isEmpty())
        o.insert(u"serial"_s, r.serial);
    if (r.expiry.isValid())
        o.insert(u"expiry"_s, r.expiry.toString(Qt::ISODate));
    if (r.quantity)
        o.insert(u"quantity"_s, formatQuantity(*r.quantity));
    if (!r.sscc.isEmpty())
        o.insert(u"sscc"_s, r.sscc);
    QJsonArray actions;
    for (ScanAction a : r.actions)
        actions.append(QString::fromLatin1(nameOf(a)));
    if (!actions.isEmpty())
        o.insert(u"actions"_s, actions);
    if (!r.attachCode.isEmpty())
        o.insert(u"attachCode"_s, r.attachCode);
    return o;
}

QJsonObject toJson(const Resolution &r, const ScanContext &ctx)
{
    QJsonObject o = toJson(r);
    o.insert(u"severity"_s, QString::fromLatin1(nameOf(severityOf(r, ctx))));
    return o;
}

} // namespace stockhand::scan
