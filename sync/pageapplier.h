// Reads pages of the server's feed (docs/sync-protocol.md) and hands their lines to the store's FeedWriter,
// which writes each page in ONE transaction together with the position to continue from. This file parses;
// the SQL is in core/store/feedwriter.cpp. Runs on the sync worker thread.
#pragma once

#include "rowparser.h"
#include "store/feedwriter.h"

#include <memory>
#include <optional>

namespace stockhand::sync {

using store::FeedPageEnd;
using store::PageOutcome;
using store::replicatedTables;

// A page as it arrived, with its end line read once (by whoever received it).
struct FeedPage
{
    QByteArray bytes;
    FeedPageEnd end;
    qsizetype bodyEnd = 0; // where the end line starts: the lines before it are the header and the rows
};

// Reads the end line of a page without parsing the rest; empty when the page was cut short (it has none).
std::optional<FeedPage> readPageEnd(QByteArray page);

class PageApplier
{
public:
    static Result<std::unique_ptr<PageApplier>> open(const QString &storePath);

    // `first`: the first page of a new snapshot (the world tables are emptied in the same transaction;
    // the outbox and pending effects are kept).
    Result<PageOutcome> apply(const FeedPage &page, bool snapshot, bool first);
    Result<PageOutcome> applySnapshotPage(const QByteArray &page, bool first);
    Result<PageOutcome> applyChangesPage(const QByteArray &page);

    db::Database &db() { return m_writer->db(); }

private:
    explicit PageApplier(std::unique_ptr<store::FeedWriter> writer)
        : m_writer(std::move(writer))
    { }
    Result<PageOutcome> applyLines(const FeedPage &page, bool snapshot, bool first);
    Result<PageOutcome> applyBytes(const QByteArray &page, bool snapshot, bool first);

    std::unique_ptr<store::FeedWriter> m_writer;
    RowParser m_parser;
};

} // namespace stockhand::sync
