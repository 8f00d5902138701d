// The handheld application's services, owned by C++ and exposed to QML as the singleton `App`
// (STYLE.md: Itinerary's pattern). main.cpp and the tests construct one per store.
#pragma once

#include "countflow.h"
#include "enrolflow.h"
#include "exceptionsmodel.h"
#include "feedback.h"
#include "fleetmodel.h"
#include "labelprint.h"
#include "language.h"
#include "lookupflow.h"
#include "pickflow.h"
#include "putawayflow.h"
#include "receiveflow.h"
#include "receivingstation.h"
#include "scanmatchmodel.h"
#include "session.h"
#include "signinflow.h"
#include "supervisorconsole.h"
#include "syncstatus.h"
#include "taskmodels.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace stockhand::ui {

class HandheldApp : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(stockhand::ui::Session *session READ session CONSTANT)
    Q_PROPERTY(stockhand::ui::Feedback *feedback READ feedback CONSTANT)
    Q_PROPERTY(stockhand::ui::Language *language READ language CONSTANT)
    Q_PROPERTY(stockhand::ui::SyncStatusSource *sync READ sync NOTIFY syncChanged)
    Q_PROPERTY(stockhand::ui::SignInFlow *signIn READ signIn CONSTANT)
    Q_PROPERTY(stockhand::ui::TaskSummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(stockhand::ui::TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(stockhand::ui::PickFlow *pick READ pick CONSTANT)
    Q_PROPERTY(stockhand::ui::ReceiveFlow *receive READ receive CONSTANT)
    Q_PROPERTY(stockhand::ui::PutawayFlow *putaway READ putaway CONSTANT)
    Q_PROPERTY(stockhand::ui::CountFlow *count READ count CONSTANT)
    Q_PROPERTY(stockhand::ui::ExceptionsModel *exceptions READ exceptions CONSTANT)
    Q_PROPERTY(stockhand::ui::SupervisorConsole *console READ console CONSTANT)
    Q_PROPERTY(stockhand::ui::ReceivingStation *station READ station CONSTANT)
    Q_PROPERTY(stockhand::ui::FleetModel *fleet READ fleet CONSTANT)
    Q_PROPERTY(stockhand::ui::EnrolFlow *enrol READ enrol CONSTANT)
    Q_PROPERTY(stockhand::ui::LabelPrint *labels READ labels CONSTANT)
    Q_PROPERTY(stockhand::ui::ScanMatchModel *matches READ matches CONSTANT) // the scan field's as-you-type list
    Q_PROPERTY(stockhand::ui::LookupFlow *lookup READ lookup CONSTANT) // "what is here?"
    Q_PROPERTY(QString profile READ profile CONSTANT) // handheld or desktop
    Q_PROPERTY(QString activeFlow READ activeFlow WRITE setActiveFlow NOTIFY activeFlowChanged)
    // The flow scans go to (null on pages without one): the scan field shows its choices.
    Q_PROPERTY(stockhand::ui::FlowBase *current READ current NOTIFY activeFlowChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(bool hasUsers READ hasUsers NOTIFY hasUsersChanged) // false until the first sync (or --demo)
    // The camera as a scan source (ui/camera CameraScanner, set by main.cpp); null where there is none.
    Q_PROPERTY(QObject *camera READ camera CONSTANT)

public:
    HandheldApp(store::DeviceStore &store, const Clock &clock, QObject *parent = nullptr);
    ~HandheldApp() override;

    // The QML singleton: the instance that C++ made (one at a time).
    static HandheldApp *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static HandheldApp *instance();
    // Language switching retranslates this engine.
    void attach(QQmlEngine &engine);

    Session *session() { return m_session; }
    Feedback *feedback() { return m_feedback; }
    Language *language() { return m_language; }
    SyncStatusSource *sync() { return m_sync; }
    // The sync engine replaces the store-backed status (it keeps ownership).
    void setSyncStatus(SyncStatusSource *source);
    SignInFlow *signIn() { return m_signIn; }
    TaskSummaryModel *summary() { return m_summary; }
    TaskListModel *tasks() { return m_tasks; }
    PickFlow *pick() { return m_pick; }
    ReceiveFlow *receive() { return m_receive; }
    PutawayFlow *putaway() { return m_putaway; }
    CountFlow *count() { return m_count; }
    ExceptionsModel *exceptions() { return m_exceptions; }
    SupervisorConsole *console() { return m_console; }
    ReceivingStation *station() { return m_station; }
    FleetModel *fleet() { return m_fleet; }
    EnrolFlow *enrol() { return m_enrol; }
    LabelPrint *labels() { return m_labels; }
    ScanMatchModel *matches() { return m_matches; }
    LookupFlow *lookup() { return m_lookup; }
    QString profile() const { return m_profile; }
    // The desktop profile refreshes the supervisor console with everything else (main.cpp, before QML).
    void setProfile(const QString &profile);
    QString deviceId() const;
    bool hasUsers() const { return m_hasUsers; }
    QObject *camera() const { return m_camera; }
    // Before QML loads: the camera page previews and scans through it (its scans go to scan()).
    void setCamera(QObject *camera) { m_camera = camera; }

    // Every scan goes to the flow on screen (signin, pick, receive, putaway, count, console, station).
    Q_INVOKABLE void scan(const QString &data);
    // A keyboard-wedge scanner's scan (scanner::KeyboardWedgeFilter::scanned): as scan(), and read back
    // through the scanner's keyboard layout when it resolves only that way.
    void wedgeScan(const QString &data);
    QString activeFlow() const { return m_activeFlow; }
    FlowBase *current() { return flow(m_activeFlow); }
    void setActiveFlow(const QString &name);
    Q_INVOKABLE void refresh(); // task counts, exceptions and sync state after local changes
    Q_INVOKABLE QStringList qmlFiles() const; // for the self-test

Q_SIGNALS:
    void syncChanged();
    void activeFlowChanged();
    void hasUsersChanged();
    void scanned(const QString &data);

private:
    void scanFrom(const QString &data, bool keyboardWedge);
    FlowBase *flow(const QString &name);
    void watchSync();

    store::DeviceStore &m_store;
    Feedback *m_feedback;
    Session *m_session;
    std::unique_ptr<UiContext> m_ctx;
    Language *m_language;
    StoreSyncStatus *m_storeSync;
    QPointer<SyncStatusSource> m_sync;
    SignInFlow *m_signIn;
    TaskSummaryModel *m_summary;
    TaskListModel *m_tasks;
    PickFlow *m_pick;
    ReceiveFlow *m_receive;
    PutawayFlow *m_putaway;
    CountFlow *m_count;
    ExceptionsModel *m_exceptions;
    SupervisorConsole *m_console;
    ReceivingStation *m_station;
    FleetModel *m_fleet;
    EnrolFlow *m_enrol;
    LabelPrint *m_labels;
    ScanMatchModel *m_matches;
    LookupFlow *m_lookup;
    QString m_profile = QStringLiteral("handheld");
    QString m_activeFlow = QStringLiteral("signin");
    bool m_hasUsers = false;
    QPointer<QObject> m_camera;
    qint64 m_knownExceptions = -1; // the sync source's count the inbox was last read at
    QMetaObject::Connection m_syncWatch;
};

} // namespace stockhand::ui
