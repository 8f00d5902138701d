#include "kpimodel.h"

#include "domain/kpicsv.h"
#include "session.h"
#include "store/kpicache.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>

namespace stockhand::ui {

namespace {

QDate dateOf(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QDateTime noon(const QDate &d)
{
    return QDateTime(d, QTime(12, 0), Qt::UTC);
}

QString percent(const QJsonValue &v)
{
    return v.isDouble() ? QStringLiteral("%1 %").arg(v.toDouble() * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QString decimal(const QJsonValue &v, int decimals = 1)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : QStringLiteral("—");
}

QString signedQty(double units)
{
    return (units > 0 ? QStringLiteral("+") : QString()) + QString::number(units, 'f', units == qint64(units) ? 0 : 3);
}

} // namespace

KpiModel::KpiModel(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    setPreset(30);
}

void KpiModel::setFrom(const QString &from)
{
    if (from == m_from)
        return;
    m_from = from;
    Q_EMIT rangeChanged();
}

void KpiModel::setTo(const QString &to)
{
    if (to == m_to)
        return;
    m_to = to;
    Q_EMIT rangeChanged();
}

void KpiModel::setWarehouseId(qint64 id)
{
    if (id == m_warehouseId)
        return;
    m_warehouseId = id;
    Q_EMIT rangeChanged();
}

void KpiModel::setPreset(int days)
{
    const QDate today = m_ctx.clock.now().toUTC().date();
    m_from = today.addDays(-qMax(1, days) + 1).toString(Qt::ISODate);
    m_to = today.toString(Qt::ISODate);
    Q_EMIT rangeChanged();
}

QList<QPair<QString, QString>> KpiModel::query() const
{
    QList<QPair<QString, QString>> q {{QStringLiteral("from"), m_from}, {QStringLiteral("to"), m_to}};
    if (m_warehouseId >= 0)
        q.append({QStringLiteral("warehouse_id"), QString::number(m_warehouseId)});
    return q;
}

void KpiModel::setState(bool loading, bool offline, Text message)
{
    m_loading = loading;
    m_offline = offline;
    m_message = std::move(message);
    Q_EMIT stateChanged();
    Q_EMIT ageChanged();
}

void KpiModel::refresh()
{
    const QDate from = dateOf(m_from), to = dateOf(m_to);
    if (!from.isValid() || !to.isValid() || to < from) {
        setState(false, m_offline,
            [] { return tr("Enter the range as two dates, YYYY-MM-DD, the first not after the last."); });
        return;
    }
    const qint64 userId = m_ctx.session.userId();
    if (!userId) {
        setState(false, m_offline, [] { return tr("Sign in to see the KPIs."); });
        return;
    }
    Fetcher fetch = m_fetcher;
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (!fetch && engine) {
        fetch = [engine](qint64 user, const QList<QPair<QString, QString>> &q, ReplyHandler done) {
            engine->supervisorRequest(user, "GET", QStringLiteral("/v1/kpis"), q, {},
                [done](const sync::Reply &r, const QByteArray &body) { done(r.httpStatus, r.code, r.message, body); });
        };
    }
    if (!fetch) {
        if (!hasFigures())
            loadStored();
        setState(false, true, [] { return tr("This console has no server: the KPIs are computed by the server."); });
        return;
    }
    const quint64 id = ++m_request;
    setState(true, m_offline, {});
    QPointer<KpiModel> self(this);
    fetch(userId, query(),
        [self, id, userId](int status, const QString &code, const QString &text, const QByteArray &body) {
            // Dropped when a newer request was made or another user signed in meanwhile.
            if (self && id == self->m_request && self->m_ctx.session.userId() == userId)
                self->applyReply(status, code, text, body);
        });
}

void KpiModel::applyReply(int httpStatus, const QString &code, const QString &messageText, const QByteArray &body)
{
    if (httpStatus == 200) {
        const QJsonObject figures = QJsonDocument::fromJson(body).object();
        if (!figures.value(QStringLiteral("days")).isArray()) {
            setState(false, false, [] { return tr("The server's answer could not be read."); });
            return;
        }
        const QDateTime now = m_ctx.clock.now().toUTC();
        store::KpiSnapshot snapshot {m_ctx.session.userId(), figures.value(QStringLiteral("from")).toString(),
            figures.value(QStringLiteral("to")).toString(), m_warehouseId, now, body};
        (void)store::saveKpiSnapshot(m_ctx.store.db(), snapshot); // the figures are shown either way
        show(figures, now, false);
        setState(false, false, {});
        return;
    }
    if (httpStatus == 0 && !code.startsWith(QLatin1String("session."))) {
        if (!hasFigures())
            loadStored();
        if (hasFigures())
            setState(false, true,
                [] { return tr("The server cannot be reached: these are the last figures the console got."); });
        else
            setState(
                false, true, [] { return tr("The server cannot be reached and no figures were fetched before."); });
        return;
    }
    Text text;
    if (code.startsWith(QLatin1String("session.")))
        text = [code] { return tr("Sign in online with your password to see the KPIs (%1).").arg(code); };
    else if (code == u"role.other-warehouse" || code == u"role.forbidden")
        text = [messageText] { return tr("Not allowed: %1").arg(messageText); };
    else
        text = [messageText, code] { return tr("The server refused: %1 (%2)").arg(messageText, code); };
    setState(false, false, std::move(text));
}

QString KpiModel::message() const
{
    return m_message ? m_message() : QString();
}

void KpiModel::retranslate()
{
    Q_EMIT stateChanged();
    Q_EMIT figuresChanged();
    Q_EMIT ageChanged();
}

void KpiModel::loadStored()
{
    auto snapshot = store::loadKpiSnapshot(m_ctx.store.db(), m_ctx.session.userId());
    if (!snapshot || !snapshot->has_value()) {
        if (hasFigures()) {
            m_figures = {};
            m_fetchedAt = {};
            m_stored = false;
            Q_EMIT figuresChanged();
            Q_EMIT ageChanged();
        }
        return;
    }
    const store::KpiSnapshot &s = **snapshot;
    show(QJsonDocument::fromJson(s.body).object(), s.fetchedAt, true);
}

void KpiModel::show(const QJsonObject &figures, const QDateTime &fetchedAt, bool fromStore)
{
    m_figures = figures;
    m_fetchedAt = fetchedAt;
    m_stored = fromStore;
    Q_EMIT figuresChanged();
    Q_EMIT ageChanged();
}

QString KpiModel::ageText() const
{
    if (!hasFigures() || !m_fetchedAt.isValid())
        return QString();
    const qint64 secs = qMax<qint64>(0, m_fetchedAt.secsTo(m_ctx.clock.now()));
    if (secs < 60)
        return tr("figures from just now");
    if (secs < 3600)
        return tr("figures from %n min ago", "", int(secs / 60));
    if (secs < 48 * 3600)
        return tr("figures from %n h ago", "", int(secs / 3600));
    return tr("figures from %n days ago", "", int(secs / 86400));
}

QString KpiModel::shownRange() const
{
    if (!hasFigures())
        return QString();
    const qint64 wh = m_figures.value(QStringLiteral("warehouse_id")).toInteger();
    const QString where = wh ? tr("warehouse %1").arg(wh) : tr("every warehouse");
    return tr("%1 to %2, %3 (days in UTC)")
        .arg(m_figures.value(QStringLiteral("from")).toString(), m_figures.value(QStringLiteral("to")).toString(),
            where);
}

QDateTime KpiModel::firstDay() const
{
    return noon(QDate::fromString(m_figures.value(QStringLiteral("from")).toString(), Qt::ISODate));
}

QDateTime KpiModel::lastDay() const
{
    return noon(QDate::fromString(m_figures.value(QStringLiteral("to")).toString(), Qt::ISODate));
}

QVariantList KpiModel::tiles() const
{
    if (!hasFigures())
        return {};
    const QJsonObject t = m_figures.value(QStringLiteral("totals")).toObject();
    auto v = [&](const char *key) { return t.value(QLatin1String(key)); };
    auto tile = [](const QString &key, const QString &label, const QString &value, const QString &detail) {
        return QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label},
            {QStringLiteral("value"), value}, {QStringLiteral("detail"), detail}};
    };
    int openLines = 0, old = 0;
    for (const QJsonValue &b :
        m_figures.value(QStringLiteral("backorders")).toObject().value(QStringLiteral("buckets")).toArray()) {
        openLines += b[QStringLiteral("lines")].toInt();
        if (b[QStringLiteral("bucket")].toString() == u">30")
            old = b[QStringLiteral("lines")].toInt();
    }
    return {
        tile(QStringLiteral("accuracy"), tr("Inventory record accuracy"), percent(v("accuracy")),
            tr("%1 of %2 counted locations within tolerance")
                .arg(v("accurate_locations").toInt())
                .arg(v("counted_locations").toInt())),
        tile(QStringLiteral("variance"), tr("Count variance (net)"), signedQty(v("variance_net").toDouble()),
            tr("absolute %1 · value %2 (absolute %3) · %4 counts")
                .arg(QString::number(v("variance_abs").toDouble()),
                    QString::number(v("variance_value_net_cents").toDouble() / 100.0, 'f', 2),
                    QString::number(v("variance_value_abs_cents").toDouble() / 100.0, 'f', 2))
                .arg(v("counts").toInt())),
        tile(QStringLiteral("picked"), tr("Lines picked per hour"), decimal(v("picked_per_hour")),
            tr("%1 lines in %2 active hours").arg(v("lines_picked").toInt()).arg(v("pick_hours").toInt())),
        tile(QStringLiteral("received"), tr("Lines received per hour"), decimal(v("received_per_hour")),
            tr("%1 lines in %2 active hours").arg(v("lines_received").toInt()).arg(v("receive_hours").toInt())),
        tile(QStringLiteral("fill"), tr("Order fill rate"), percent(v("fill_rate")),
            tr("%1 of %2 pick lines filled at validation")
                .arg(v("pick_lines_filled").toInt())
                .arg(v("pick_lines_validated").toInt())),
        tile(QStringLiteral("dock"), tr("Dock-to-stock (median)"),
            v("dock_to_stock_median_h").isDouble() ? tr("%1 h").arg(decimal(v("dock_to_stock_median_h")))
                                                   : QStringLiteral("—"),
            tr("p90 %1 h · %2 put away · %3 waiting")
                .arg(decimal(v("dock_to_stock_p90_h")))
                .arg(v("putaways").toInt())
                .arg(v("awaiting_putaway").toInt())),
        tile(QStringLiteral("backorders"), tr("Open pick lines"), QString::number(openLines),
            tr("%1 older than 30 days").arg(old)),
    };
}

QVariantList KpiModel::backorders() const
{
    QVariantList out;
    for (const QJsonValue &b :
        m_figures.value(QStringLiteral("backorders")).toObject().value(QStringLiteral("buckets")).toArray()) {
        const QString name = b[QStringLiteral("bucket")].toString();
        out.append(QVariantMap {{QStringLiteral("bucket"), name == u"undated" ? tr("no date") : tr("%1 d").arg(name)},
            {QStringLiteral("lines"), b[QStringLiteral("lines")].toInt()},
            {QStringLiteral("transfers"), b[QStringLiteral("transfers")].toInt()},
            {QStringLiteral("qty"), b[QStringLiteral("qty_open")].toDouble()}});
    }
    return out;
}

QVariantList KpiModel::pickedByHour() const
{
    return m_figures.value(QStringLiteral("by_hour"))
        .toObject()
        .value(QStringLiteral("picked"))
        .toArray()
        .toVariantList();
}

QVariantList KpiModel::receivedByHour() const
{
    return m_figures.value(QStringLiteral("by_hour"))
        .toObject()
        .value(QStringLiteral("received"))
        .toArray()
        .toVariantList();
}

QVariantList KpiModel::points(const QString &key, double scale) const
{
    QVariantList out;
    for (const QJsonValue &day : m_figures.value(QStringLiteral("days")).toArray()) {
        const QJsonValue v = day[key];
        if (!v.isDouble())
            continue;
        const QDate d = QDate::fromString(day[QStringLiteral("date")].toString(), Qt::ISODate);
        out.append(QPointF(double(noon(d).toMSecsSinceEpoch()), v.toDouble() * scale));
    }
    return out;
}

double KpiModel::maxOf(const QStringList &keys, double scale) const
{
    double m = 0;
    for (const QString &k : keys) {
        for (const QVariant &p : points(k, scale))
            m = qMax(m, p.toPointF().y());
    }
    return m;
}

double KpiModel::minOf(const QStringList &keys, double scale) const
{
    double m = 0;
    for (const QString &k : keys) {
        for (const QVariant &p : points(k, scale))
            m = qMin(m, p.toPointF().y());
    }
    return m;
}

QString KpiModel::csvText() const
{
    return hasFigures() ? kpiCsv(m_figures) : QString();
}

QString KpiModel::suggestedFileName() const
{
    return QStringLiteral("stockhand-kpis-%1-%2.csv")
        .arg(m_figures.value(QStringLiteral("from")).toString(m_from),
            m_figures.value(QStringLiteral("to")).toString(m_to));
}

bool KpiModel::exportCsv(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!hasFigures() || path.isEmpty()) {
        setState(false, m_offline, [] { return tr("There are no figures to export."); });
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csvText().toUtf8()) < 0 || !f.commit()) {
        setState(false, m_offline, [path, e = f.errorString()] { return tr("Cannot write %1: %2").arg(path, e); });
        return false;
    }
    setState(false, m_offline, [path] { return tr("Exported to %1.").arg(path); });
    Q_EMIT exported(path);
    return true;
}

} // namespace stockhand::ui
