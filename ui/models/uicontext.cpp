#include "uicontext.h"

#include "session.h"

namespace stockhand::ui {

UiContext::UiContext(store::DeviceStore &store, const Clock &clock, Session &session, Feedback &feedback)
    : store(store)
    , clock(clock)
    , session(session)
    , feedback(feedback)
    , m_resolver(store.db())
{ }

Result<scan::Resolution> UiContext::resolve(const QString &data, const scan::ScanContext &context)
{
    scan::InterpretOptions options;
    options.today = clock.now().date();
    return m_resolver.resolve(scan::interpret(data, options), context);
}

Result<Operation> UiContext::record(const QString &kind, const QJsonObject &payload, const ops::Effects &effects)
{
    auto op = store.record(OperationDraft {kind, payload, session.userId(), effects});
    if (op && onRecorded)
        onRecorded(*op);
    return op;
}

} // namespace stockhand::ui
