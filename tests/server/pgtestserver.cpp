#include "pgtestserver.h"

#include "storage/postgresql/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stockhand::server::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

// A port nobody listens on now (the kernel's choice for an ephemeral bind).
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool s_durable = false;

} // namespace

void PgTestServer::setDurable(bool durable)
{
    s_durable = durable;
}

bool testOnPostgres()
{
    return qEnvironmentVariable("STOCKHAND_TEST_DATABASE") == QLatin1String("postgresql");
}

PgTestServer *PgTestServer::instance(QString *error)
{
    static std::unique_ptr<PgTestServer> server;
    static QString startError;
    if (!server && startError.isEmpty()) {
        std::unique_ptr<PgTestServer> s(new PgTestServer);
        if (s->start(&startError))
            server = std::move(s);
    }
    if (!server && error)
        *error = startError;
    return server.get();
}

bool PgTestServer::run(const QStringList &command, QString *error, int timeoutMs)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgresUser) {
        args.prepend(program);
        args = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args;
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

// A cluster left behind by a test process that died (an abort skips the stop): stopped and removed, so
// that crashed runs do not pile up servers. Only ours: /tmp/stockhand-pg-PID-* of a process that is gone.
void stopAbandonedClusters(bool asPostgresUser)
{
    const QDir tmp(QDir::tempPath());
    for (const QString &name : tmp.entryList({QStringLiteral("stockhand-pg-*-*")}, QDir::Dirs)) {
        const qint64 pid = name.section(QLatin1Char('-'), 2, 2).toLongLong();
        if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        const QString data = tmp.filePath(name + QStringLiteral("/data"));
        QStringList args {kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")};
        QString program = args.takeFirst();
        if (asPostgresUser) {
            args = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
            program = QStringLiteral("runuser");
        }
        if (QFile::exists(data + QStringLiteral("/postmaster.pid"))) {
            QProcess stop;
            stop.start(program, args);
            stop.waitForFinished(30000);
        }
        QDir(tmp.filePath(name)).removeRecursively();
    }
}

bool PgTestServer::start(QString *error)
{
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        *error = QStringLiteral("No PostgreSQL 15 in %1 (scripts/deps.sh installs postgresql-15).").arg(kBin);
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0; // initdb and postgres refuse to run as root
    stopAbandonedClusters(m_asPostgresUser);
    m_dir = std::make_unique<QTemporaryDir>(
        QDir::tempPath() + QStringLiteral("/stockhand-pg-%1-XXXXXX").arg(QCoreApplication::applicationPid()));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("No temporary directory for PostgreSQL.");
        return false;
    }
    m_data = m_dir->filePath(QStringLiteral("data"));
    if (m_asPostgresUser) {
        // The postgres user must reach the directory (QTemporaryDir makes it 0700) and own the data.
        QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFileDevice::ExeOther);
        QDir().mkpath(m_data);
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_data});
        if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
            *error = QStringLiteral("Cannot give %1 to the postgres user.").arg(m_data);
            return false;
        }
    }
    if (!run({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-U"),
                 QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
            error))
        return false;
    // A free port can be taken between our look and the server's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 %3 "
                                               "-c max_connections=300 -c shared_buffers=%4 %5")
                                    .arg(m_port)
                                    .arg(m_data)
                                    .arg(s_durable ? QStringLiteral("-c fsync=on")
                                                   : QStringLiteral("-c fsync=off -c synchronous_commit=off "
                                                                    "-c full_page_writes=off"))
                                    .arg(s_durable ? QStringLiteral("256MB") : QStringLiteral("64MB"))
                                    .arg(qEnvironmentVariable("STOCKHAND_PG_EXTRA"));
        if (run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                    QStringLiteral("-l"), m_data + QStringLiteral("/server.log"), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                error)) {
            m_running = true;
            return true;
        }
    }
    QFile log(m_data + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly))
        *error += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
    return false;
}

PgTestServer::~PgTestServer()
{
    if (m_running)
        (void)run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr);
}

QString PgTestServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgTestServer::createDatabase(QString *error, const QString &templateName, const QString &name)
{
    auto admin = pg::Connection::open(url(QStringLiteral("postgres")));
    if (!admin) {
        if (error)
            *error = admin.error().toString();
        return {};
    }
    const QString db = name.isEmpty() ? QStringLiteral("t%1_%2").arg(::getpid()).arg(++m_databases) : name;
    if (Status s = (*admin)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(db, templateName).toStdString());
        !s) {
        if (error)
            *error = s.error().toString();
        return {};
    }
    return url(db);
}

QString PgTestServer::templateDatabase(
    const QString &name, const std::function<bool(const QString &url, QString *error)> &make, QString *error)
{
    if (!m_templates.contains(name)) {
        const QString u = createDatabase(error, QStringLiteral("template0"), name);
        if (u.isEmpty() || !make(u, error))
            return {};
        m_templates.insert(name);
    }
    return createDatabase(error, name);
}

} // namespace stockhand::server::test
