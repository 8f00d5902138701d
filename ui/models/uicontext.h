// What every view model works with: the store, the clock, the signed-in session, feedback and the
// scan resolver. Owned by HandheldApp; view models keep a reference.
#pragma once

#include "clock.h"
#include "scan/resolver.h"
#include "store/devicestore.h"
#include "store/sitesettings.h"

#include <functional>

namespace stockhand::ui {

// true when a statement step produced a row (false on the end or an error).
inline bool hasRow(const Result<bool> &step)
{
    return step.ok() && step.value();
}

class Session;
class Feedback;
class SyncStatusSource;

class UiContext
{
public:
    UiContext(store::DeviceStore &store, const Clock &clock, Session &session, Feedback &feedback);

    store::DeviceStore &store;
    const Clock &clock;
    Session &session;
    Feedback &feedback;

    // Normalises, interprets and resolves one scan or typed code against the store (answers from the device
    // only), within the signed-in warehouse and its site settings.
    Result<scan::Resolution> resolve(const QString &data, const scan::ScanContext &context);
    // The signed-in warehouse's floor settings (defaults when there is none).
    store::SiteSettings site() const;

    // Records an operation of the signed-in user with its local effect (one durable transaction) and
    // tells the listeners (sync bar, task counts).
    Result<Operation> record(OperationDraft draft);
    std::function<void(const Operation &)> onRecorded;
    // What the sync bar shows and, through it, the sync engine (SyncStatusSource::engine()); set by HandheldApp.
    SyncStatusSource *sync = nullptr;

private:
    scan::Resolver m_resolver;
};

} // namespace stockhand::ui
