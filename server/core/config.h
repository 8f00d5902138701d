// Server settings: what the operations and the front end may be tuned with (docs/server.md).
#pragma once

#include "domain/quantity.h"

#include <QString>

namespace stockhand::server {

struct CountThresholds
{
    // An adjustment is approved automatically when every threshold holds; a negative value disables one.
    Milli maxQty = 2000; // |variance| in thousandths of a unit
    double maxPercent = 5.0; // |variance| / book * 100 (a book of 0 counts as 100 %)
    qint64 maxValueCents = 5000; // |variance| * unit value
};

// Supervisors' sign-in and sessions (docs/security.md, docs/server.md "[sign_in]").
struct SignInConfig
{
    int sessionHours = 12; // a session's life
    // A decision taken offline within a session's life is accepted until this long after the session
    // expired (on the server's clock); later it is refused as session.expired.
    int acceptLateHours = 72;
    int clockToleranceMinutes = 5; // a decision's local time may precede the sign-in by this much
    int maxFailuresPerLogin = 5; // failed passwords in a row, then the login is locked
    int maxFailuresPerDevice = 20; // failed sign-ins from one device (any login), then the device is locked
    int lockoutMinutes = 15;
    int passwordIterations = 600000; // PBKDF2-HMAC-SHA256, for passwords set from now on
};

// SSCC ranges handed to devices for logistic labels (docs/server.md "[sscc]", docs/labels.md). Without a
// company prefix the server hands out none (a device's allocateSscc then says sscc.exhausted).
struct SsccConfig
{
    QString companyPrefix; // the site's GS1 Company Prefix, 7-12 digits; empty = no SSCC ranges
    int extensionDigit = 0; // 0-9, the SSCC's first digit
    qint64 rangeSize = 1000; // serial references per reservation
    qint64 refillBelow = 200; // a device with fewer left gets a new range when it syncs
};

// Snapshot files for a device's first sync (docs/server.md, "Snapshot files"; docs/sync-protocol.md).
struct SnapshotFileConfig
{
    QString directory; // where files are built and served from; empty = no snapshot files (the endpoint says so)
    // A built file is handed to every device of its warehouse while the warehouse's feed has moved at most
    // this far past it and it is at most this old; after that the next device's request builds a new one.
    qint64 maxCursorDistance = 50000;
    int maxAgeSeconds = 3600;
    int zstdLevel = 3; // compression level (docs/server.md has the measurements)
    int retryAfterMs = 500; // what a device is told to wait while a file is being built
};

struct CoreConfig
{
    CountThresholds count;
    SignInConfig signIn;
    SsccConfig sscc;
    SnapshotFileConfig snapshotFiles;
    // The key session secrets are derived from (HMAC-SHA256(key, session id)); kept outside the database
    // (the embedded backend keeps it in a file beside the database). Empty = no user sessions.
    QByteArray sessionKey;
    qint64 maxBodyBytes = 8 * 1024 * 1024; // after decompression
    int maxBatchOps = 1000;
    int defaultPageRows = 5000;
    int maxPageRows = 100000;
    int enrolmentCodeTtlHours = 24;
    int longPollMaxMs = 30000;
    // The change feed's rows kept encoded for the next device that pulls the same version (up to this
    // many, about 250 bytes each), and its newest entries per warehouse (a tenth as many, at least 1,000,
    // about 80 bytes each), shared by the process's threads (feedrowcache.h, feedtail.h); 0 = none.
    qsizetype feedCacheRows = 200000;
    // Fault injection for crash tests: the process SIGKILLs itself inside the push transaction after
    // applying this many operations (0 = off). Set from STOCKHAND_FAULT_KILL_AFTER_OPS by the executable.
    int faultKillAfterOps = 0;
};

} // namespace stockhand::server
