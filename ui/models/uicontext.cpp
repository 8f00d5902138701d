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
    m_resolver.setSite(session.warehouseId(), site().lotsCaseSensitive);
    return m_resolver.resolveInput(data, options, context);
}

store::SiteSettings UiContext::site() const
{
    return store::siteSettings(store.db(), session.warehouseId()).valueOr(store::SiteSettings {});
}

Result<Operation> UiContext::record(OperationDraft draft)
{
    draft.userId = session.userId();
    auto op = store.record(draft);
    if (op && onRecorded)
        onRecorded(*op);
    return op;
}

} // namespace stockhand::ui
