// Odoo's external API over an OdooTransport: log in once (password hashing makes a login cost ~0.3 s), then
// execute_kw with the uid. The key or password is never logged and never part of an error.
#pragma once

#include "odootransport.h"

#include <QJsonObject>

namespace stockhand::odoo {

// The names that differ between Odoo versions, in one place. Odoo 17: a move line's done quantity is
// `quantity` with the `picked` flag (Odoo 16: `qty_done`, which 17 refuses as an invalid field).
struct OdooFieldNames
{
    QString moveLineQty = QStringLiteral("quantity");
    QString moveLinePicked = QStringLiteral("picked"); // empty: the version has no picked flag
    QString lotExpiry; // stock.lot's expiry date: "expiration_date" when product_expiry is installed, else empty
    static OdooFieldNames odoo17() { return {}; }
};

struct OdooSettings
{
    QString url;
    QString database;
    QString login;
    QString key; // API key (Odoo 14+) or password
};

class OdooClient
{
public:
    OdooClient(OdooTransport &transport, OdooSettings settings);

    // common.login once; later calls reuse the uid. A wrong login or key: odoo.login.
    Status login();
    qint64 uid() const { return m_uid; }
    Result<QJsonValue> version();
    // object.execute_kw(db, uid, key, model, method, args, kwargs); logs in first if needed.
    Result<QJsonValue> execute(
        const QString &model, const QString &method, const QJsonArray &args, const QJsonObject &kwargs = {});
    // search_read with active_test=False (archived records too), in `order`, at most `limit` rows.
    Result<QJsonArray> searchRead(const QString &model, const QJsonArray &domain, const QStringList &fields,
        const QString &order, int limit, const QJsonObject &context = {});
    // Which of these fields the model has (fields_get), to adapt OdooFieldNames to installed modules.
    Result<QStringList> existingFields(const QString &model, const QStringList &fields);

    OdooFieldNames names = OdooFieldNames::odoo17();
    const OdooSettings &settings() const { return m_settings; }

private:
    OdooTransport &m_transport;
    OdooSettings m_settings;
    qint64 m_uid = 0;
};

// Odoo's positional arguments holding one value: [v], also when v is an array (QJsonArray {array} copies it).
inline QJsonArray one(const QJsonValue &v)
{
    QJsonArray a;
    a.append(v);
    return a;
}

// Odoo's values: false for empty (also numbers), many2one as [id, "name"].
qint64 many2oneId(const QJsonValue &v);
QString many2oneName(const QJsonValue &v);
QString odooText(const QJsonValue &v); // false -> empty

} // namespace stockhand::odoo
