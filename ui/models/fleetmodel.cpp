#include "fleetmodel.h"

#include "qrwriter.h"
#include "session.h"
#include "store/meta.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "uicontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace stockhand::ui {

using store::MetaKey;

FleetModel::FleetModel(UiContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(context)
{
    loadStored();
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> FleetModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {Qt::ToolTipRole, "toolTip"}, {SortRole, "sortValue"}, {ToneRole, "tone"},
        {DeviceIdRole, "deviceId"}, {AlignRightRole, "alignRight"}};
}

QString FleetModel::ageText(qint64 s)
{
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%n min", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return tr("%n h", nullptr, int(s / 3600));
    return tr("%n d", nullptr, int(s / 86400));
}

QVariant FleetModel::display(const FleetDevice &d, int column) const
{
    const QDateTime now = m_ctx.clock.now();
    switch (column) {
    case Name:
        return d.name.isEmpty() ? d.id.left(8) : d.name;
    case Warehouse:
        return d.warehouseCode.isEmpty() ? QString::number(d.warehouseId) : d.warehouseCode;
    case AppVersion:
        return d.appVersion.isEmpty() ? QStringLiteral("—") : d.appVersion;
    case LastSeen: {
        const QDateTime t = QDateTime::fromString(d.lastSeen, Qt::ISODateWithMs);
        return t.isValid() ? tr("%1 ago").arg(ageText(qMax<qint64>(0, t.secsTo(now)))) : tr("never");
    }
    case Pending:
        return QLocale().toString(d.pendingOps);
    case OldestPending:
        return d.pendingOps > 0 && !d.oldestPendingAt.isEmpty() ? ageText(d.oldestPendingAgeSeconds(now))
                                                                : QStringLiteral("—");
    case LastError:
        return d.lastErrorCode.isEmpty() ? QString() : d.lastErrorCode + QStringLiteral(": ") + d.lastErrorMessage;
    case Status:
        return d.revoked() ? tr("revoked") : tr("active");
    }
    return {};
}

QVariant FleetModel::sortValue(const FleetDevice &d, int column) const
{
    switch (column) {
    case Name:
        return d.name.toLower();
    case Warehouse:
        return display(d, Warehouse).toString().toLower();
    case AppVersion:
        return d.appVersion;
    case LastSeen:
        return d.lastSeen;
    case Pending:
        return d.pendingOps;
    case OldestPending:
        return d.oldestPendingAgeSeconds(m_ctx.clock.now());
    case LastError:
        return d.lastErrorCode;
    case Status:
        return d.revoked() ? 1 : 0;
    }
    return {};
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FleetDevice &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case Qt::ToolTipRole:
        return index.column() == LastError ? display(d, LastError) : QVariant(d.id);
    case SortRole:
        return sortValue(d, index.column());
    case ToneRole:
        if (d.revoked())
            return QStringLiteral("muted");
        if (index.column() == LastError && !d.lastErrorCode.isEmpty())
            return QStringLiteral("refused");
        if (index.column() == OldestPending && d.oldestPendingAgeSeconds(m_ctx.clock.now()) > 3600)
            return QStringLiteral("loss");
        return QString();
    case DeviceIdRole:
        return d.id;
    case AlignRightRole:
        return index.column() == Pending || index.column() == OldestPending;
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Device");
    case Warehouse:
        return tr("Warehouse");
    case AppVersion:
        return tr("App version");
    case LastSeen:
        return tr("Last seen");
    case Pending:
        return tr("Pending");
    case OldestPending:
        return tr("Oldest pending");
    case LastError:
        return tr("Last error");
    case Status:
        return tr("Status");
    }
    return {};
}

void FleetModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_ascending = order == Qt::AscendingOrder;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex &i : before)
        ids.append(m_rows.at(i.row()).id);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const FleetDevice &a, const FleetDevice &b) {
        const QVariant va = sortValue(a, column), vb = sortValue(b, column);
        const auto c = QVariant::compare(va, vb);
        if (c == QPartialOrdering::Equivalent)
            return a.id < b.id;
        return m_ascending ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const auto it
            = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const FleetDevice &d) { return d.id == ids.at(k); });
        after.append(index(int(it - m_rows.cbegin()), before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortChanged();
}

void FleetModel::sortByColumn(int column)
{
    sort(column, column == m_sortColumn && m_ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void FleetModel::setRows(QList<FleetDevice> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    sort(m_sortColumn, m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    Q_EMIT countChanged();
}

void FleetModel::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT stateChanged();
}

QString FleetModel::fetchedText() const
{
    if (!m_fetchedAt.isValid())
        return tr("Not fetched yet");
    const QString age = ageText(qMax<qint64>(0, m_fetchedAt.secsTo(m_ctx.clock.now())));
    return m_offline ? tr("Offline: the list fetched %1 ago").arg(age) : tr("Fetched %1 ago").arg(age);
}

void FleetModel::loadStored()
{
    const store::Meta meta = m_ctx.store.meta();
    const QString json = meta.text(MetaKey::FleetList).valueOr(QString());
    m_fetchedAt = meta.time(MetaKey::FleetFetchedAt).valueOr(QDateTime());
    m_offline = true;
    auto list = parseFleetList(json.toUtf8());
    setRows(list ? list->devices : QList<FleetDevice>());
    Q_EMIT stateChanged();
}

void FleetModel::request(const QByteArray &method, const QString &path, const QByteArray &body, Done done)
{
    sync::SyncEngine *engine = m_ctx.sync ? m_ctx.sync->engine() : nullptr;
    if (!engine) {
        done(0, QStringLiteral("sync.no-server"), tr("This device is not connected to a server."), {});
        return;
    }
    if (!m_ctx.session.signedIn()) {
        done(0, QStringLiteral("session.required"), tr("Sign in first."), {});
        return;
    }
    ++m_busy;
    Q_EMIT stateChanged();
    QPointer<FleetModel> guard(this);
    engine->supervisorRequest(m_ctx.session.userId(), method, path, {}, body,
        [guard, done = std::move(done)](const sync::Reply &reply, const QByteArray &answer) {
            if (!guard)
                return;
            --guard->m_busy;
            done(reply.httpStatus, reply.code, reply.message, answer);
            Q_EMIT guard->stateChanged();
        });
}

namespace {

// A refusal in words the supervisor can act on.
QString refusalText(const QString &code, const QString &message)
{
    if (code == u"session.required" || code == u"session.expired" || code == u"session.revoked"
        || code == u"session.unknown")
        return FleetModel::tr("Sign in online with your password to manage the fleet.");
    if (code == u"role.forbidden")
        return FleetModel::tr("Only supervisors and admins manage the fleet.");
    return message.isEmpty() ? code : message;
}

} // namespace

void FleetModel::refresh()
{
    request("GET", QStringLiteral("/v1/fleet"), {},
        [this](int status, const QString &code, const QString &message, const QByteArray &body) {
            if (status == 200) {
                auto list = parseFleetList(body);
                if (list) {
                    m_fetchedAt = m_ctx.clock.now();
                    m_offline = false;
                    store::Meta meta = m_ctx.store.meta();
                    (void)meta.set(MetaKey::FleetList, QString::fromUtf8(body));
                    (void)meta.set(MetaKey::FleetFetchedAt, m_fetchedAt);
                    setRows(list->devices);
                    setMessage(QString());
                    Q_EMIT refreshed(true);
                    return;
                }
                setMessage(list.error().message);
            } else {
                m_offline = true;
                setMessage(status == 0 && !code.startsWith(u"session.") && code != u"sync.no-server"
                        ? tr("The server cannot be reached: showing the last list.")
                        : refusalText(code, message));
            }
            Q_EMIT refreshed(false);
        });
}

QString FleetModel::deviceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString FleetModel::describeRevoke(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).revoked())
        return {};
    const FleetDevice &d = m_rows.at(row);
    if (d.id == m_ctx.store.meta().text(MetaKey::ServerDeviceId).valueOr(QString()))
        return {};
    return tr("Revoke “%1” (%2)? Its token stops working at once: it cannot sync until it is enrolled again. "
              "Operations it has not sent stay on it.")
        .arg(display(d, Name).toString(), display(d, Warehouse).toString());
}

void FleetModel::revoke(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        Q_EMIT revokeFinished(false, tr("No such device."));
        return;
    }
    const FleetDevice d = m_rows.at(row);
    if (d.id == m_ctx.store.meta().text(MetaKey::ServerDeviceId).valueOr(QString())) {
        Q_EMIT revokeFinished(false, tr("This is the device you are using: revoke it from another one."));
        return;
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("device_id"), d.id}}).toJson(QJsonDocument::Compact);
    request("POST", QStringLiteral("/v1/fleet/revoke"), body,
        [this, d](int status, const QString &code, const QString &message, const QByteArray &) {
            if (status == 200) {
                Q_EMIT revokeFinished(true, tr("“%1” is revoked.").arg(d.name));
                refresh();
                return;
            }
            Q_EMIT revokeFinished(false,
                status == 0 && !code.startsWith(u"session.") ? tr("The server cannot be reached: nothing was revoked.")
                                                             : refusalText(code, message));
        });
}

void FleetModel::requestEnrolmentCode(qint64 warehouseId, const QString &deviceName)
{
    QJsonObject o;
    if (warehouseId > 0)
        o.insert(QStringLiteral("warehouse_id"), warehouseId);
    if (!deviceName.trimmed().isEmpty())
        o.insert(QStringLiteral("device_name"), deviceName.trimmed());
    clearEnrolment();
    request("POST", QStringLiteral("/v1/fleet/enrolment-code"), QJsonDocument(o).toJson(QJsonDocument::Compact),
        [this](int status, const QString &code, const QString &message, const QByteArray &body) {
            if (status != 200) {
                setMessage(status == 0 && !code.startsWith(u"session.")
                        ? tr("The server cannot be reached: enrolment codes are issued online.")
                        : refusalText(code, message));
                Q_EMIT enrolmentChanged();
                return;
            }
            const QJsonObject a = QJsonDocument::fromJson(body).object();
            m_enrolCode = a.value(QStringLiteral("code")).toString();
            m_enrolExpires = a.value(QStringLiteral("expires_at")).toString();
            m_enrolUrl = a.value(QStringLiteral("server_url")).toString();
            m_enrolFingerprint = a.value(QStringLiteral("ca_fingerprint")).toString();
            m_enrolPayload = a.value(QStringLiteral("qr_payload")).toString();
            setMessage(QString());
            Q_EMIT enrolmentChanged();
        });
}

void FleetModel::clearEnrolment()
{
    m_enrolCode.clear();
    m_enrolExpires.clear();
    m_enrolUrl.clear();
    m_enrolFingerprint.clear();
    m_enrolPayload.clear();
    Q_EMIT enrolmentChanged();
}

QImage FleetModel::enrolQrImage(int moduleSize) const
{
    if (m_enrolPayload.isEmpty())
        return {};
    return scanner::renderQrCode(m_enrolPayload, moduleSize).valueOr(QImage());
}

void FleetModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT stateChanged();
}

} // namespace stockhand::ui
