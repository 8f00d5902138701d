// The supervisor console's exceptions list: every exception this device knows, from one or more sources
// (the device's own inbox of refused operations, and the server's exceptions of the warehouse as the feed
// brings them), with names instead of ids, and the filter proxy (kind, state, warehouse area, text) the
// page shows.
#pragma once

#include "result.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <vector>

namespace stockhand::store {
class DeviceStore;
}

namespace stockhand::ui {

struct ExceptionItem
{
    QString source; // which ExceptionSource it came from ("device", "server")
    qint64 id = 0; // the source's own id
    QString kind; // over_pick, negative_stock, ..., rejected_operation, follows_rejected
    bool open = true;
    QString stateText; // when not the plain "Open" / "Acknowledged" (a server resolution: how, by whom)
    QString title; // what happened, in words
    QString detail; // the server's message
    QString about; // transfer, location, product and who, by name
    QString advice;
    QString area; // the location's zone ("" = none)
    QString time; // ISO
    qint64 transferId = 0;
    QString transferKind; // receipt, pick, ...
    qint64 locationId = 0;
    qint64 productId = 0;
};

// Where exceptions come from. A source loads all it knows and acknowledges one of its own (the server's
// are resolved by a supervisor's operation instead: SupervisorConsole).
class ExceptionSource
{
public:
    virtual ~ExceptionSource() = default;
    virtual QString name() const = 0;
    virtual Result<QList<ExceptionItem>> load() = 0;
    virtual Status acknowledge(qint64 id) = 0;
};

// The device's own inbox (operations the server rejected, and those that follow them): core/store.
class DeviceInboxSource : public ExceptionSource
{
public:
    explicit DeviceInboxSource(store::DeviceStore &store)
        : m_store(store)
    { }
    QString name() const override { return QStringLiteral("device"); }
    Result<QList<ExceptionItem>> load() override;
    Status acknowledge(qint64 id) override;

private:
    store::DeviceStore &m_store;
};

// The server's exceptions of the warehouse (table exception, replicated; core/store/serverexceptions.h):
// over-picks, negative stock, unknown lots, two devices on one line, ... from every device, with their
// resolutions.
class ServerExceptionSource : public ExceptionSource
{
public:
    ServerExceptionSource(store::DeviceStore &store, std::function<qint64()> warehouseId)
        : m_store(store)
        , m_warehouseId(std::move(warehouseId))
    { }
    QString name() const override { return QStringLiteral("server"); }
    Result<QList<ExceptionItem>> load() override;
    Status acknowledge(qint64 id) override;

private:
    store::DeviceStore &m_store;
    std::function<qint64()> m_warehouseId;
};

class ConsoleExceptionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the supervisor console")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY countChanged)

public:
    enum Roles {
        SourceRole = Qt::UserRole + 1,
        ExceptionIdRole,
        KindRole,
        KindLabelRole,
        OpenRole,
        StateLabelRole,
        TitleRole,
        DetailRole,
        AboutRole,
        AdviceRole,
        AreaRole,
        TimeRole,
        TransferIdRole,
        CanRecountRole,
        CanOpenTransferRole
    };
    Q_ENUM(Roles)

    explicit ConsoleExceptionsModel(QObject *parent = nullptr);

    void addSource(std::unique_ptr<ExceptionSource> source);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads every source again (a model reset). A failing source is left out and named in lastError.
    void refresh();
    // Replaces the rows with these (the bench and the tests use it without a store).
    void setItems(QList<ExceptionItem> items);
    const ExceptionItem &at(int row) const { return m_items.at(row); }
    int count() const { return int(m_items.size()); }
    QString lastError() const { return m_lastError; }
    // Acknowledges the exception at this row with its source (the list reloads).
    Status acknowledge(int row);

    static QString kindLabel(const QString &kind);
    static QString opKindLabel(const QString &opKind);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<std::unique_ptr<ExceptionSource>> m_sources;
    QList<ExceptionItem> m_items;
    QString m_lastError;
};

class ExceptionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the supervisor console")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged) // "" = every kind
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filterChanged) // open, acknowledged, ""
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY choicesChanged) // [{kind, label}] of the rows
    Q_PROPERTY(QStringList areas READ areas NOTIFY choicesChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ExceptionFilterModel(ConsoleExceptionsModel *source, QObject *parent = nullptr);

    ConsoleExceptionsModel *list() const { return m_list; }
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString state() const { return m_state; }
    void setState(const QString &state);
    QString area() const { return m_area; }
    void setArea(const QString &area);
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    QVariantList kinds() const { return m_kinds; }
    QStringList areas() const { return m_areas; }
    int count() const { return rowCount(); }
    // The source row of a shown row (-1 when out of range).
    Q_INVOKABLE int sourceRow(int row) const;
    void refreshChoices();

Q_SIGNALS:
    void filterChanged();
    void choicesChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    ConsoleExceptionsModel *m_list;
    QString m_kind, m_state = QStringLiteral("open"), m_area, m_text;
    QVariantList m_kinds;
    QStringList m_areas;
};

} // namespace stockhand::ui
