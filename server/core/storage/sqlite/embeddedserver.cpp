#include "storage/sqlite/embeddedserver.h"

#include <QFile>
#include <QRandomGenerator>

namespace stockhand::server {

Result<QByteArray> loadOrCreateSessionKey(const QString &databasePath, bool create)
{
    const QString path = databasePath + QStringLiteral(".session-key");
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return makeError("config.session-key", QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
        const QByteArray key = QByteArray::fromBase64(f.readAll().trimmed());
        if (key.size() < 32)
            return makeError("config.session-key", QStringLiteral("%1 does not hold a 32-byte key.").arg(path));
        return key;
    }
    if (!create)
        return QByteArray();
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(key.data()), reinterpret_cast<quint32 *>(key.data() + key.size()));
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError("config.session-key", QStringLiteral("Cannot create %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(key.toBase64() + '\n');
    if (!f.flush())
        return makeError("config.session-key", QStringLiteral("Cannot write %1.").arg(path));
    return key;
}

EmbeddedServer::EmbeddedServer(std::unique_ptr<storage::SqliteStorage> storage, const Clock &clock, CoreConfig config)
    : ServerCore(std::move(storage), clock, config)
    , m_sqlite(static_cast<storage::SqliteStorage &>(ServerCore::storage()))
{ }

Result<std::unique_ptr<EmbeddedServer>> EmbeddedServer::open(
    const QString &path, const Clock &clock, CoreConfig config, db::OpenOptions options)
{
    if (config.sessionKey.isEmpty() && path != QLatin1String(":memory:")) {
        auto key = loadOrCreateSessionKey(path, !options.readOnly);
        if (!key)
            return key.error();
        config.sessionKey = key.value();
    }
    auto storage = storage::SqliteStorage::open(path, options);
    if (!storage)
        return storage.error();
    std::unique_ptr<EmbeddedServer> server(new EmbeddedServer(std::move(storage.value()), clock, config));
    SH_TRY(server->readEpoch());
    return server;
}

} // namespace stockhand::server
