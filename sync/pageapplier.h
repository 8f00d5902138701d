// Applies pages of the server's feed to the device store, each page in ONE transaction together with
// the position to continue from, so that a first sync resumes after an interruption at any point.
// Owns its own connection to the store (it runs on the sync worker thread).
#pragma once

#include "db/database.h"
#include "rowparser.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace stockhand::sync {

struct PageOutcome
{
    qint64 rows = 0; // rows applied (upserts + deletes)
    QString epoch; // the server's epoch named in the page header
    QString next; // snapshot: where the next page starts ("" = snapshot complete)
    qint64 cursor = 0; // changes: the cursor after this page
    bool more = false; // changes: more pages wait
    qint64 snapshotDone = 0; // snapshot: rows applied so far, all pages
    qint64 snapshotTotal = 0; // snapshot: rows in the whole snapshot (from its first page)
};

class PageApplier
{
public:
    static Result<std::unique_ptr<PageApplier>> open(const QString &storePath);

    // `first`: the first page of a new snapshot (the world tables are emptied in the same transaction;
    // the outbox and pending effects are kept).
    Result<PageOutcome> applySnapshotPage(const QByteArray &page, bool first);
    Result<PageOutcome> applyChangesPage(const QByteArray &page);

    db::Database &db() { return *m_db; }

private:
    struct Table
    {
        QString name;
        QString primaryKey;
        QStringList columns;
        QStringList blobColumns; // declared BLOB: the feed carries them as base64 text
    };
    struct Target
    {
        const Table *table = nullptr;
        std::vector<int> map; // feed column index -> bind index (0 = column unknown here, ignored)
        std::vector<bool> blob; // feed column index -> base64 text to decode into a blob
        QString keyColumn;
    };

    explicit PageApplier(std::unique_ptr<db::Database> db)
        : m_db(std::move(db))
    { }
    Status loadTables();
    Result<PageOutcome> apply(const QByteArray &page, bool snapshot, bool first);
    Result<Target> target(const QJsonObject &tableLine, bool snapshot, std::string &sql);
    Status bindRow(db::Statement &st, const Target &t, const std::vector<RowValue> &values);
    Status setMeta(const char *key, const QString &value);
    Result<QString> meta(const char *key);

    std::unique_ptr<db::Database> m_db;
    QHash<QString, Table> m_tables;
    RowParser m_parser;
};

// The world tables a feed may write, in an order that respects their references.
const QStringList &replicatedTables();

} // namespace stockhand::sync
