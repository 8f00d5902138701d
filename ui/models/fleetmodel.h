// The console's Fleet page (docs/ui.md, "Fleet"): the devices of the supervisor's warehouse (all for an
// admin) as the server knows them — name, warehouse, app version, last seen, pending operations and the age
// of the oldest, last error — sortable; revoking one; issuing an enrolment code shown as text and as a QR
// code. Every request is of supervisor authority (SyncEngine::supervisorRequest, signed under the signed-in
// supervisor's session). Offline it shows the last list it got, with its age (kept in the store's meta).
#pragma once

#include "domain/fleetdevice.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QImage>
#include <QtQml/qqmlregistration.h>

namespace stockhand::ui {

class UiContext;

class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by HandheldApp")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged) // the list shown is the stored one
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY stateChanged)
    Q_PROPERTY(QString fetchedText READ fetchedText NOTIFY stateChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    Q_PROPERTY(QString enrolCode READ enrolCode NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolExpiresAt READ enrolExpiresAt NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolServerUrl READ enrolServerUrl NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolFingerprint READ enrolFingerprint NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolPayload READ enrolPayload NOTIFY enrolmentChanged)

public:
    enum Column { Name, Warehouse, AppVersion, LastSeen, Pending, OldestPending, LastError, Status, ColumnCount };
    Q_ENUM(Column)
    enum Roles { SortRole = Qt::UserRole + 1, ToneRole, DeviceIdRole, AlignRightRole };

    FleetModel(UiContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_busy > 0; }
    QString message() const { return m_message; }
    bool offline() const { return m_offline; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    QString fetchedText() const;
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }
    const FleetDevice &at(int row) const { return m_rows.at(row); }
    QString enrolCode() const { return m_enrolCode; }
    QString enrolExpiresAt() const { return m_enrolExpires; }
    QString enrolServerUrl() const { return m_enrolUrl; }
    QString enrolFingerprint() const { return m_enrolFingerprint; }
    QString enrolPayload() const { return m_enrolPayload; }
    // The QR code of the enrolment payload (ZXing's writer): what the page's QrCode item draws.
    QImage enrolQrImage(int moduleSize = 8) const;

    // GET /v1/fleet; offline (or refused) the stored list stays, with its age and why.
    Q_INVOKABLE void refresh();
    // The stored list (at start, and after the sign-in).
    Q_INVOKABLE void loadStored();
    // A header click: sorts by the column, or reverses when it already sorts by it.
    Q_INVOKABLE void sortByColumn(int column);
    Q_INVOKABLE QString deviceId(int row) const;
    // The confirmation that names the device (empty when the row cannot be revoked).
    Q_INVOKABLE QString describeRevoke(int row) const;
    // POST /v1/fleet/revoke; ends with revokeFinished (and a refresh when it worked).
    Q_INVOKABLE void revoke(int row);
    // POST /v1/fleet/enrolment-code; warehouseId 0: the supervisor's own. Ends with enrolmentChanged.
    Q_INVOKABLE void requestEnrolmentCode(qint64 warehouseId, const QString &deviceName);
    Q_INVOKABLE void clearEnrolment();
    void retranslate();

Q_SIGNALS:
    void countChanged();
    void stateChanged();
    void sortChanged();
    void enrolmentChanged();
    void revokeFinished(bool ok, const QString &message);
    void refreshed(bool ok);

private:
    using Done = std::function<void(int status, const QString &code, const QString &message, const QByteArray &body)>;
    void request(const QByteArray &method, const QString &path, const QByteArray &body, Done done);
    void setRows(QList<FleetDevice> rows);
    QVariant display(const FleetDevice &d, int column) const;
    QVariant sortValue(const FleetDevice &d, int column) const;
    void setMessage(const QString &message);
    static QString ageText(qint64 seconds);

    UiContext &m_ctx;
    QList<FleetDevice> m_rows;
    int m_busy = 0;
    QString m_message;
    bool m_offline = true;
    QDateTime m_fetchedAt;
    int m_sortColumn = Name;
    bool m_ascending = true;
    QString m_enrolCode, m_enrolExpires, m_enrolUrl, m_enrolFingerprint, m_enrolPayload;
};

} // namespace stockhand::ui
