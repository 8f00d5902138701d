#include "store/feedwriter.h"

#include "store/devicestore.h"
#include "store/meta.h"
#include "store/outbox.h"

namespace stockhand::store {

const QStringList &replicatedTables()
{
    static const QStringList tables = {QStringLiteral("warehouse"), QStringLiteral("location"),
        QStringLiteral("product"), QStringLiteral("product_barcode"), QStringLiteral("lot"), QStringLiteral("package"),
        QStringLiteral("quant"), QStringLiteral("partner"), QStringLiteral("transfer"), QStringLiteral("transfer_line"),
        QStringLiteral("count_task"), QStringLiteral("count_line"), QStringLiteral("reason_code"),
        QStringLiteral("adjustment"), QStringLiteral("app_user"), QStringLiteral("exception"),
        QStringLiteral("count_policy"), QStringLiteral("user_policy")};
    return tables;
}

FeedWriter::FeedWriter(std::unique_ptr<db::Database> db)
    : m_db(std::move(db))
{ }

FeedWriter::~FeedWriter()
{
    abortPage();
}

Result<std::unique_ptr<FeedWriter>> FeedWriter::open(const QString &storePath)
{
    db::OpenOptions o;
    o.create = false;
    // The replica can always be fetched again, and a page's rows commit together with the position to
    // resume from: synchronous=NORMAL is safe here (the outbox, written on the main connection, is FULL).
    o.durability = db::Durability::Normal;
    auto db = db::openAndMigrate(storePath, o, deviceSchema());
    if (!db)
        return db.error();
    // The replica mirrors the server, which enforces references; pages may bring a child before its
    // parent, so this connection does not check them.
    SH_TRY((*db)->exec("PRAGMA foreign_keys=OFF"));
    std::unique_ptr<FeedWriter> w(new FeedWriter(std::move(db).value()));
    SH_TRY(w->loadTables());
    return w;
}

Status FeedWriter::loadTables()
{
    for (const QString &name : replicatedTables()) {
        Table t;
        t.name = name;
        auto st = m_db->prepare("SELECT name, pk, upper(type) FROM pragma_table_info(?1) ORDER BY cid");
        if (!st)
            return st.error();
        st->bind(1, name);
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            t.columns << st->text(0);
            if (st->text(2) == u"BLOB")
                t.blobColumns << st->text(0);
            if (st->int64(1) == 1)
                t.primaryKey = st->text(0);
        }
        m_tables.insert(name, t);
    }
    return {};
}

void FeedWriter::abortPage()
{
    m_insert.reset();
    m_tx.reset(); // rolls back unless committed
}

Status FeedWriter::beginPage(const FeedPageHeader &header)
{
    abortPage();
    m_header = header;
    m_rows = 0;
    m_target = {};
    m_tx.emplace(*m_db);
    SH_TRY(m_tx->begun());
    Meta meta(*m_db);
    if (header.snapshot && header.first) {
        for (const QString &t : replicatedTables())
            SH_TRY(m_db->exec(QString(QStringLiteral("DELETE FROM ") + t).toStdString()));
        SH_TRY(meta.set(MetaKey::SnapshotEpoch, header.epoch));
        SH_TRY(meta.set(MetaKey::SnapshotCursor, header.cursor));
        SH_TRY(meta.set(MetaKey::SnapshotTotal, header.totalRows));
        SH_TRY(meta.set(MetaKey::SnapshotRows, qint64(0)));
        return {};
    }
    auto e = meta.text(header.snapshot ? MetaKey::SnapshotEpoch : MetaKey::Epoch);
    if (!e)
        return e.error();
    if (*e != header.epoch)
        return makeError("feed.epoch-changed",
            header.snapshot ? QStringLiteral("The server changed epoch during the snapshot.")
                            : QStringLiteral("The server's epoch is not the one this device synced with."));
    return {};
}

Status FeedWriter::table(const QString &name, const QString &key, const QStringList &columns)
{
    m_insert.reset();
    auto it = m_tables.constFind(name);
    if (it == m_tables.constEnd())
        return makeError(
            "feed.unknown-table", QStringLiteral("The feed names a table this device does not keep: %1").arg(name));
    Target t;
    t.table = &it.value();
    if (key != t.table->primaryKey)
        return makeError(
            "feed.bad-key", QStringLiteral("Table %1 is keyed by %2, not %3.").arg(name, t.table->primaryKey, key));
    QStringList used;
    bool hasKey = false;
    for (const QString &col : columns) {
        if (t.table->columns.contains(col) && !used.contains(col)) {
            used << col;
            t.map.push_back(int(used.size()));
            t.blob.push_back(t.table->blobColumns.contains(col));
            hasKey = hasKey || col == key;
        } else {
            t.map.push_back(0); // a column of a newer server: ignored
            t.blob.push_back(false);
        }
    }
    if (!hasKey)
        return makeError("feed.bad-key", QStringLiteral("Table %1 arrives without its key column.").arg(name));
    // Built as QString: GCC 12 at -O3 reports a false -Wrestrict on chains of std::string operator+.
    QString text = QStringLiteral("INSERT INTO ") + name + u'(' + used.join(u',') + QStringLiteral(") VALUES (");
    for (qsizetype i = 0; i < used.size(); ++i)
        text += (i ? QStringLiteral(",?") : QStringLiteral("?")) + QString::number(i + 1);
    text += u')';
    if (!m_header.snapshot) {
        QStringList sets;
        for (const QString &col : used) {
            if (col != key)
                sets << col + QStringLiteral("=excluded.") + col;
        }
        if (sets.isEmpty())
            sets << key + QStringLiteral("=excluded.") + key;
        text += QStringLiteral(" ON CONFLICT(") + key + QStringLiteral(") DO UPDATE SET ") + sets.join(u',');
    }
    auto st = m_db->prepare(text.toStdString());
    if (!st)
        return st.error();
    m_insert.emplace(std::move(st).value());
    m_target = std::move(t);
    return {};
}

Status FeedWriter::row(const std::vector<FeedValue> &values)
{
    if (!m_insert)
        return makeError("feed.bad-page", QStringLiteral("A row before any table line."));
    const Target &t = m_target;
    if (values.size() != t.map.size())
        return makeError("feed.bad-row",
            QStringLiteral("A %1 row has %2 values for %3 columns.")
                .arg(t.table->name)
                .arg(values.size())
                .arg(t.map.size()));
    db::Statement &st = *m_insert;
    for (size_t i = 0; i < values.size(); ++i) {
        const int b = t.map[i];
        if (!b)
            continue;
        const FeedValue &v = values[i];
        switch (v.type) {
        case FeedValue::Type::Null:
            st.bindNull(b);
            break;
        case FeedValue::Type::Integer:
            st.bind(b, v.integer);
            break;
        case FeedValue::Type::Real:
            st.bind(b, v.real);
            break;
        case FeedValue::Type::Text:
            if (t.blob[i]) {
                auto decoded
                    = QByteArray::fromBase64Encoding(QByteArray::fromRawData(v.text.data(), qsizetype(v.text.size())),
                        QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return makeError("feed.bad-row", QStringLiteral("A %1 value is not base64.").arg(t.table->name));
                st.bindBlob(b, *decoded);
            } else {
                st.bindStatic(b, v.text);
            }
            break;
        }
    }
    SH_TRY(st.run());
    ++m_rows;
    return {};
}

Status FeedWriter::remove(const QString &table, std::optional<qint64> intKey, const QString &textKey)
{
    m_insert.reset();
    const auto it = m_tables.constFind(table);
    if (it == m_tables.constEnd())
        return makeError("feed.unknown-table", QStringLiteral("A delete names an unknown table."));
    auto st
        = m_db->prepare("DELETE FROM " + it->name.toStdString() + " WHERE " + it->primaryKey.toStdString() + " = ?1");
    if (!st)
        return st.error();
    if (intKey)
        st->bind(1, *intKey);
    else
        st->bind(1, textKey);
    SH_TRY(st->run());
    ++m_rows;
    return {};
}

Result<PageOutcome> FeedWriter::commitPage(const FeedPageEnd &end)
{
    m_insert.reset();
    if (!m_tx)
        return makeError("feed.bad-page", QStringLiteral("A page ends that did not begin."));
    PageOutcome out;
    out.rows = m_rows;
    out.epoch = m_header.epoch;
    out.next = end.next;
    out.cursor = end.cursor;
    out.more = end.more;
    Meta meta(*m_db);
    auto pullGen = meta.integer(MetaKey::PullGen);
    if (!pullGen)
        return pullGen.error();
    // Operations acknowledged before this pull began are in the server state the replica now holds.
    if (m_header.snapshot) {
        auto done = meta.integer(MetaKey::SnapshotRows);
        auto total = meta.integer(MetaKey::SnapshotTotal);
        if (!done || !total)
            return makeError("store.meta", QStringLiteral("The snapshot's progress could not be read."));
        out.snapshotDone = *done + out.rows;
        out.snapshotTotal = *total;
        SH_TRY(meta.set(MetaKey::SnapshotRows, out.snapshotDone));
        SH_TRY(meta.set(MetaKey::SnapshotNext, out.next));
        if (out.next.isEmpty()) { // complete: the device now follows the feed from the snapshot's cursor
            auto cursor = meta.integer(MetaKey::SnapshotCursor);
            if (!cursor)
                return cursor.error();
            out.cursor = *cursor;
            SH_TRY(meta.set(MetaKey::Epoch, out.epoch));
            SH_TRY(meta.set(MetaKey::Cursor, out.cursor));
            SH_TRY(meta.remove({MetaKey::SnapshotNext, MetaKey::SnapshotEpoch, MetaKey::SnapshotCursor,
                MetaKey::SnapshotTotal, MetaKey::SnapshotRows}));
            SH_TRY(Outbox::retireAcknowledgedEffects(*m_db, *pullGen));
        }
    } else {
        SH_TRY(meta.set(MetaKey::Cursor, out.cursor));
        if (!out.more)
            SH_TRY(Outbox::retireAcknowledgedEffects(*m_db, *pullGen));
    }
    SH_TRY(m_tx->commit());
    m_tx.reset();
    return out;
}

} // namespace stockhand::store
