#include "storage/sqlite/embeddedserver.h"

namespace stockhand::server {

EmbeddedServer::EmbeddedServer(std::unique_ptr<storage::SqliteStorage> storage, const Clock &clock, CoreConfig config)
    : ServerCore(std::move(storage), clock, config)
    , m_sqlite(static_cast<storage::SqliteStorage &>(ServerCore::storage()))
{ }

Result<std::unique_ptr<EmbeddedServer>> EmbeddedServer::open(
    const QString &path, const Clock &clock, CoreConfig config, db::OpenOptions options)
{
    auto storage = storage::SqliteStorage::open(path, options);
    if (!storage)
        return storage.error();
    std::unique_ptr<EmbeddedServer> server(new EmbeddedServer(std::move(storage.value()), clock, config));
    SH_TRY(server->readEpoch());
    return server;
}

} // namespace stockhand::server
