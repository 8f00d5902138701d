// Writes the server's feed (docs/sync-protocol.md) into the device's replica: the world tables, by the
// columns each table line names, each page in ONE transaction together with the position to continue from
// (meta), so that a first sync resumes after an interruption at any point. The sync engine parses the page
// and calls this; the SQL lives here. Owns its own connection to the store (it runs on the sync worker).
#pragma once

#include "db/database.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace stockhand::store {

// One value of a feed row.
struct FeedValue
{
    enum class Type { Null, Integer, Real, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    std::string_view text; // valid while the row is written
};

// What a page says about itself: its header, and its end line (parsed once, by whoever read it first).
struct FeedPageHeader
{
    bool snapshot = false;
    bool first = false; // the first page of a new snapshot: the world tables are emptied with it
    QString epoch;
    qint64 cursor = 0; // snapshot: the feed position it was cut at
    qint64 totalRows = 0; // snapshot: rows in the whole snapshot
};
struct FeedPageEnd
{
    QString next; // snapshot: where the next page starts ("" = snapshot complete)
    qint64 cursor = 0; // changes: the cursor after this page
    bool more = false; // changes: more pages wait
    bool last(bool snapshot) const { return snapshot ? next.isEmpty() : !more; }
};

struct PageOutcome
{
    qint64 rows = 0; // rows applied (upserts + deletes)
    QString epoch; // the server's epoch named in the page header
    QString next; // snapshot: where the next page starts ("" = snapshot complete)
    qint64 cursor = 0; // changes: the cursor after this page; snapshot complete: the cursor to follow from
    bool more = false; // changes: more pages wait
    qint64 snapshotDone = 0; // snapshot: rows applied so far, all pages
    qint64 snapshotTotal = 0; // snapshot: rows in the whole snapshot (from its first page)
};

// The world tables a feed may write, in an order that respects their references.
const QStringList &replicatedTables();

class FeedWriter
{
public:
    static Result<std::unique_ptr<FeedWriter>> open(const QString &storePath);
    ~FeedWriter();

    db::Database &db() { return *m_db; }

    // Begins a page (a transaction): checks its epoch against the one followed ("feed.epoch-changed"), and
    // empties the world tables for the first page of a snapshot (the outbox and pending effects stay).
    Status beginPage(const FeedPageHeader &header);
    // A table line: the rows that follow are for `table`, keyed by `key`, with these columns (columns
    // this device does not keep are ignored).
    Status table(const QString &table, const QString &key, const QStringList &columns);
    Status row(const std::vector<FeedValue> &values);
    // A delete line; `key` is an integer or a text key.
    Status remove(const QString &table, std::optional<qint64> intKey, const QString &textKey);
    // Ends the page: stores the position to continue from and commits.
    Result<PageOutcome> commitPage(const FeedPageEnd &end);
    // Drops what the page wrote (its transaction rolls back).
    void abortPage();

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
    };

    explicit FeedWriter(std::unique_ptr<db::Database> db);
    Status loadTables();

    std::unique_ptr<db::Database> m_db;
    QHash<QString, Table> m_tables;
    std::optional<db::Transaction> m_tx;
    FeedPageHeader m_header;
    qint64 m_rows = 0;
    Target m_target;
    std::optional<db::Statement> m_insert;
};

} // namespace stockhand::store
