#include "handheldapp.h"

#include "store/users.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace stockhand::ui {

namespace {
HandheldApp *s_instance = nullptr;
}

HandheldApp::HandheldApp(store::DeviceStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_feedback(new Feedback(this))
    , m_session(new Session(store, this))
    , m_ctx(std::make_unique<UiContext>(store, clock, *m_session, *m_feedback))
    , m_language(new Language(this))
    , m_storeSync(new StoreSyncStatus(store, this))
    , m_sync(m_storeSync)
    , m_signIn(new SignInFlow(*m_ctx, this))
    , m_summary(new TaskSummaryModel(*m_ctx, this))
    , m_tasks(new TaskListModel(*m_ctx, this))
    , m_pick(new PickFlow(*m_ctx, this))
    , m_receive(new ReceiveFlow(*m_ctx, this))
    , m_putaway(new PutawayFlow(*m_ctx, this))
    , m_count(new CountFlow(*m_ctx, this))
    , m_exceptions(new ExceptionsModel(*m_ctx, this))
    , m_console(new SupervisorConsole(*m_ctx, *m_signIn, *m_pick, *m_receive, this))
    , m_station(new ReceivingStation(*m_ctx, this))
    , m_fleet(new FleetModel(*m_ctx, this))
    , m_enrol(new EnrolFlow(*m_ctx, this))
    , m_labels(new LabelPrint(*m_ctx, this))
    , m_matches(new ScanMatchModel(*m_ctx, this))
    , m_lookup(new LookupFlow(*m_ctx, this))
{
    m_ctx->sync = m_sync;
    m_ctx->onRecorded = [this](const Operation &) { m_sync->operationRecorded(); };
    if (const QString db = store.db().path(); !db.isEmpty() && !db.startsWith(u':'))
        m_language->setChoicesFile(db + QStringLiteral(".languages.ini"));
    // Each user's language, remembered on this device, comes back when they sign in.
    connect(m_session, &Session::changed, m_language, [this] { m_language->applyFor(m_session->userId()); });
    connect(m_session, &Session::changed, this, &HandheldApp::refresh);
    // Texts built in C++ follow the language: reason labels, the exceptions' sentences, due dates.
    connect(m_language, &Language::languageChanged, this, [this] {
        m_pick->reasons()->refresh();
        m_putaway->reasons()->refresh();
        m_console->reasons()->refresh();
        if (m_session->signedIn()) {
            m_exceptions->refresh();
            m_tasks->refresh();
        }
    });
    watchSync();
    connect(m_exceptions, &ExceptionsModel::resolved, this, [this] { m_sync->refresh(); });
    connect(m_console, &SupervisorConsole::decided, this, [this] { m_sync->refresh(); });
    connect(m_language, &Language::languageChanged, m_console, &SupervisorConsole::retranslate);
    connect(m_language, &Language::languageChanged, m_fleet, &FleetModel::retranslate);
    connect(m_language, &Language::languageChanged, m_station, &ReceivingStation::retranslate);
    connect(m_language, &Language::languageChanged, m_enrol, &EnrolFlow::retranslate);
    connect(m_station, &FlowBase::recorded, this, [this] { m_sync->refresh(); });
    // The station's "Print labels": the labels of what was received go to the station's printer.
    connect(m_station, &ReceivingStation::labelsRequested, m_labels,
        [this](qint64, const QVariantList &lines) { m_labels->printReceived(lines); });
    for (FlowBase *f : std::initializer_list<FlowBase *> {m_pick, m_receive, m_putaway, m_count})
        connect(f, &FlowBase::recorded, m_summary, &TaskSummaryModel::refresh);
    s_instance = this;
    refresh();
}

HandheldApp::~HandheldApp()
{
    if (s_instance == this)
        s_instance = nullptr;
}

HandheldApp *HandheldApp::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "HandheldApp::create", "construct the HandheldApp before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

HandheldApp *HandheldApp::instance()
{
    return s_instance;
}

void HandheldApp::attach(QQmlEngine &engine)
{
    m_language->setEngine(&engine);
}

QString HandheldApp::deviceId() const
{
    return m_store.deviceId();
}

void HandheldApp::watchSync()
{
    // New exceptions arrive with a sync: the inbox (and the badge it feeds) is read again.
    disconnect(m_syncWatch);
    m_syncWatch = connect(m_sync, &SyncStatusSource::statusChanged, this, [this] {
        if (!m_sync || m_sync->exceptionCount() == m_knownExceptions)
            return;
        m_knownExceptions = m_sync->exceptionCount();
        if (m_session->signedIn())
            m_exceptions->refresh();
    });
}

void HandheldApp::setSyncStatus(SyncStatusSource *source)
{
    m_sync = source ? source : m_storeSync;
    m_ctx->sync = m_sync;
    watchSync();
    Q_EMIT syncChanged();
    Q_EMIT m_enrol->changed(); // available or not
}

FlowBase *HandheldApp::flow(const QString &name)
{
    if (name == u"signin")
        return m_signIn;
    if (name == u"pick")
        return m_pick;
    if (name == u"receive")
        return m_receive;
    if (name == u"putaway")
        return m_putaway;
    if (name == u"count")
        return m_count;
    if (name == u"console")
        return m_console;
    if (name == u"labels")
        return m_labels;
    if (name == u"station")
        return m_station;
    if (name == u"lookup")
        return m_lookup;
    return nullptr;
}

void HandheldApp::scan(const QString &data)
{
    scanFrom(data, false);
}

void HandheldApp::wedgeScan(const QString &data)
{
    scanFrom(data, true);
}

void HandheldApp::scanFrom(const QString &data, bool keyboardWedge)
{
    Q_EMIT scanned(data);
    // On the sign-in page of a device not enrolled yet, an enrolment QR code enrols it.
    if (m_activeFlow == u"signin" && m_enrol->available() && m_enrol->wantsScan(data)) {
        m_enrol->scan(data);
        return;
    }
    if (m_activeFlow == u"handover") // a supervisor's badge for the sign-out release (HomePage)
        return;
    if (FlowBase *f = flow(m_activeFlow)) {
        if (keyboardWedge)
            f->wedgeScan(data);
        else
            f->scan(data);
        return;
    }
    m_feedback->signal(Feedback::Warning, tr("Open a task to scan into it."));
}

void HandheldApp::setActiveFlow(const QString &name)
{
    if (m_activeFlow == name)
        return;
    m_activeFlow = name;
    if (name == u"putaway")
        m_putaway->begin();
    Q_EMIT activeFlowChanged();
}

void HandheldApp::refresh()
{
    const auto active = store::activeUserCount(m_store.db());
    const bool users = active.ok() && active.value() > 0;
    if (users != m_hasUsers) {
        m_hasUsers = users;
        Q_EMIT hasUsersChanged();
    }
    if (!m_session->signedIn()) {
        m_exceptions->refresh(); // nobody's: empty
        return;
    }
    m_summary->refresh();
    m_tasks->refresh();
    m_exceptions->refresh();
    if (m_profile == u"desktop") {
        m_console->refresh();
        m_station->refresh();
    }
    m_sync->refresh();
}

void HandheldApp::setProfile(const QString &profile)
{
    m_profile = profile;
    if (profile == u"desktop")
        setActiveFlow(QStringLiteral("console"));
}

QStringList HandheldApp::qmlFiles() const
{
    return QString::fromLatin1(STOCKHAND_QML_FILES).split(u',', Qt::SkipEmptyParts);
}

} // namespace stockhand::ui
