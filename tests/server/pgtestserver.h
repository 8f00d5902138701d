// A real PostgreSQL 15 for the tests (docs/server.md, "PostgreSQL"): started once per test process from
// /usr/lib/postgresql/15/bin (initdb, pg_ctl) in a temporary data directory of its own, listening on
// 127.0.0.1 on a free port (never the system's cluster on 5432) and on a socket in that directory, and
// stopped when the process ends (a cluster of a test process that died is stopped by the next one). As root (CI),
// initdb and postgres run as the unprivileged `postgres` user (runuser), which owns the data directory. Each test takes
// a fresh database (CREATE DATABASE ... TEMPLATE template0).
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <QSet>

#include <functional>
#include <memory>

namespace stockhand::server::test {

class PgTestServer
{
public:
    // The process's server, started on first use; nullptr (and `error`) when it cannot start.
    static PgTestServer *instance(QString *error = nullptr);
    // Before the first instance(): run with PostgreSQL's durable defaults (fsync, synchronous_commit and
    // full_page_writes on) instead of the tests' fsync=off — for benchmarks that compare against SQLite
    // with synchronous=FULL.
    static void setDurable(bool durable);
    // STOCKHAND_PG_EXTRA (environment) is appended to the server's options: for a look inside a benchmark's
    // run, e.g. "-c shared_preload_libraries=pg_stat_statements" (docs/benchmarks.md).
    ~PgTestServer();

    // A new database, empty (template0) or a copy of `templateName`; its postgresql:// URL, or an empty
    // string (and `error`). `name` empty: a new name.
    QString createDatabase(QString *error = nullptr, const QString &templateName = QStringLiteral("template0"),
        const QString &name = QString());
    // A database made once per process by `make` (on its URL; it must close its connections) and copied
    // for each fixture that asks for the same name: the seeded world costs one seed per process.
    QString templateDatabase(
        const QString &name, const std::function<bool(const QString &url, QString *error)> &make, QString *error);
    // The URL of a database of this server.
    QString url(const QString &database) const;
    quint16 port() const { return m_port; }

private:
    PgTestServer() = default;
    bool start(QString *error);
    bool run(const QStringList &command, QString *error, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
    int m_databases = 0;
    QSet<QString> m_templates;
};

// Whether the server tests run against PostgreSQL: STOCKHAND_TEST_DATABASE=postgresql (ctest sets it for
// the tests labelled `postgresql`).
bool testOnPostgres();

} // namespace stockhand::server::test
