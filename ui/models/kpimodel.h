// The console's KPI page (docs/ui.md, "KPIs"): asks the server for the figures of a date range
// (GET /v1/kpis, a request of supervisor authority signed under the supervisor's session), hands them to
// the charts and tiles, writes them as CSV, and keeps the last answer in the device store so that offline
// the page shows the last figures it got with their age.
#pragma once

#include "uicontext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace stockhand::ui {

class KpiModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SupervisorConsole")
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY rangeChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY rangeChanged)
    Q_PROPERTY(qint64 warehouseId READ warehouseId WRITE setWarehouseId NOTIFY rangeChanged) // -1: the user's own
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged) // the last request reached no server
    Q_PROPERTY(QString message READ message NOTIFY stateChanged) // why the last request failed
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY figuresChanged)
    Q_PROPERTY(bool stored READ stored NOTIFY figuresChanged) // the figures shown came from the store
    Q_PROPERTY(QString ageText READ ageText NOTIFY ageChanged) // "figures from 2 h ago"
    Q_PROPERTY(QString shownRange READ shownRange NOTIFY figuresChanged)
    Q_PROPERTY(QDateTime firstDay READ firstDay NOTIFY figuresChanged) // noon UTC, for the date axes
    Q_PROPERTY(QDateTime lastDay READ lastDay NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList tiles READ tiles NOTIFY figuresChanged) // [{key, label, value, detail}]
    Q_PROPERTY(QVariantList backorders READ backorders NOTIFY figuresChanged) // [{bucket, lines, transfers, qty}]
    Q_PROPERTY(QVariantList pickedByHour READ pickedByHour NOTIFY figuresChanged) // 24 counts
    Q_PROPERTY(QVariantList receivedByHour READ receivedByHour NOTIFY figuresChanged)

public:
    // Sends GET /v1/kpis with the query and calls back with the reply (sync::Reply's status and code) and body.
    using ReplyHandler
        = std::function<void(int httpStatus, const QString &code, const QString &message, const QByteArray &body)>;
    using Fetcher = std::function<void(qint64 userId, const QList<QPair<QString, QString>> &query, ReplyHandler)>;

    explicit KpiModel(UiContext &context, QObject *parent = nullptr);

    QString from() const { return m_from; }
    QString to() const { return m_to; }
    qint64 warehouseId() const { return m_warehouseId; }
    void setFrom(const QString &from);
    void setTo(const QString &to);
    void setWarehouseId(qint64 id);
    bool loading() const { return m_loading; }
    bool offline() const { return m_offline; }
    QString message() const;
    bool hasFigures() const { return !m_figures.isEmpty(); }
    bool stored() const { return m_stored; }
    QString ageText() const;
    QString shownRange() const;
    QDateTime firstDay() const;
    QDateTime lastDay() const;
    QVariantList tiles() const;
    QVariantList backorders() const;
    QVariantList pickedByHour() const;
    QVariantList receivedByHour() const;

    // The last `days` days up to today (the device's clock, UTC).
    Q_INVOKABLE void setPreset(int days);
    // Asks the server; on no answer (offline) the last stored figures stay on screen with their age.
    Q_INVOKABLE void refresh();
    // The signed-in user changed: their last stored figures, or none.
    Q_INVOKABLE void loadStored();
    // The language changed: every text again.
    void retranslate();
    // The clock moved on: the age is said again (the page calls it every minute).
    Q_INVOKABLE void updateAge() { Q_EMIT ageChanged(); }
    // The per-day points of one figure (x: the day at noon UTC in ms, y: the value times `scale`); days
    // without a value (no counts, no picks) are left out.
    Q_INVOKABLE QVariantList points(const QString &key, double scale = 1.0) const;
    Q_INVOKABLE double maxOf(const QStringList &keys, double scale = 1.0) const;
    Q_INVOKABLE double minOf(const QStringList &keys, double scale = 1.0) const;
    // Writes csvText() to the file; false and message when it cannot.
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    Q_INVOKABLE QString suggestedFileName() const;
    // The figures as CSV (docs/ui.md, "KPI CSV"): one row per day and a total row, then the backorder ageing.
    QString csvText() const;

    // The server's answer (also what tests feed in).
    void applyReply(int httpStatus, const QString &code, const QString &messageText, const QByteArray &body);
    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }

Q_SIGNALS:
    void rangeChanged();
    void stateChanged();
    void figuresChanged();
    void ageChanged();
    void exported(const QString &path);

private:
    void show(const QJsonObject &figures, const QDateTime &fetchedAt, bool fromStore);
    using Text = std::function<QString()>; // said again in the current language
    void setState(bool loading, bool offline, Text message);
    QList<QPair<QString, QString>> query() const;

    UiContext &m_ctx;
    Fetcher m_fetcher;
    QString m_from, m_to;
    qint64 m_warehouseId = -1;
    bool m_loading = false, m_offline = false, m_stored = false;
    Text m_message;
    QJsonObject m_figures;
    QDateTime m_fetchedAt;
    quint64 m_request = 0; // the newest request: older answers are dropped
};

} // namespace stockhand::ui
