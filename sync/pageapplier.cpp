#include "pageapplier.h"

#include "store/devicestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace stockhand::sync {

namespace {

Error feedError(const char *code, const QString &message)
{
    return makeError(code, message);
}

std::string_view lineView(const QByteArray &page, qsizetype from, qsizetype to)
{
    return std::string_view(page.constData() + from, size_t(to - from));
}

} // namespace

const QStringList &replicatedTables()
{
    static const QStringList tables = {QStringLiteral("warehouse"), QStringLiteral("location"),
        QStringLiteral("product"), QStringLiteral("product_barcode"), QStringLiteral("lot"), QStringLiteral("package"),
        QStringLiteral("quant"), QStringLiteral("partner"), QStringLiteral("transfer"), QStringLiteral("transfer_line"),
        QStringLiteral("count_task"), QStringLiteral("count_line"), QStringLiteral("reason_code"),
        QStringLiteral("adjustment"), QStringLiteral("app_user")};
    return tables;
}

Result<std::unique_ptr<PageApplier>> PageApplier::open(const QString &storePath)
{
    db::OpenOptions o;
    o.create = false;
    // The replica can always be fetched again, and a page's rows commit together with the position to
    // resume from: synchronous=NORMAL is safe here (the outbox, written on the main connection, is FULL).
    o.durability = db::Durability::Normal;
    auto db = db::openAndMigrate(storePath, o, store::deviceSchema());
    if (!db)
        return db.error();
    // The replica mirrors the server, which enforces references; pages may bring a child before its
    // parent, so this connection does not check them.
    SH_TRY((*db)->exec("PRAGMA foreign_keys=OFF"));
    std::unique_ptr<PageApplier> a(new PageApplier(std::move(db).value()));
    SH_TRY(a->loadTables());
    return a;
}

Status PageApplier::loadTables()
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

Result<QString> PageApplier::meta(const char *key)
{
    return store::readMeta(*m_db, QLatin1String(key));
}

Status PageApplier::setMeta(const char *key, const QString &value)
{
    return store::writeMeta(*m_db, QLatin1String(key), value);
}

Result<PageApplier::Target> PageApplier::target(const QJsonObject &line, bool snapshot, std::string &sql)
{
    const QString name = line.value(QStringLiteral("table")).toString();
    auto it = m_tables.constFind(name);
    if (it == m_tables.constEnd())
        return feedError(
            "feed.unknown-table", QStringLiteral("The feed names a table this device does not keep: %1").arg(name));
    Target t;
    t.table = &it.value();
    t.keyColumn = line.value(QStringLiteral("key")).toString();
    if (t.keyColumn != t.table->primaryKey)
        return feedError("feed.bad-key",
            QStringLiteral("Table %1 is keyed by %2, not %3.").arg(name, t.table->primaryKey, t.keyColumn));
    const QJsonArray cols = line.value(QStringLiteral("columns")).toArray();
    QStringList used;
    bool hasKey = false;
    for (const QJsonValue &c : cols) {
        const QString col = c.toString();
        if (t.table->columns.contains(col) && !used.contains(col)) {
            used << col;
            t.map.push_back(int(used.size()));
            t.blob.push_back(t.table->blobColumns.contains(col));
            hasKey = hasKey || col == t.keyColumn;
        } else {
            t.map.push_back(0); // a column of a newer server: ignored
            t.blob.push_back(false);
        }
    }
    if (!hasKey)
        return feedError("feed.bad-key", QStringLiteral("Table %1 arrives without its key column.").arg(name));
    // Built as QString: GCC 12 at -O3 reports a false -Wrestrict on chains of std::string operator+.
    QString text = QStringLiteral("INSERT INTO ") + name + u'(' + used.join(u',') + QStringLiteral(") VALUES (");
    for (qsizetype i = 0; i < used.size(); ++i)
        text += (i ? QStringLiteral(",?") : QStringLiteral("?")) + QString::number(i + 1);
    text += u')';
    if (!snapshot) {
        QStringList sets;
        for (const QString &col : used) {
            if (col != t.keyColumn)
                sets << col + QStringLiteral("=excluded.") + col;
        }
        if (sets.isEmpty())
            sets << t.keyColumn + QStringLiteral("=excluded.") + t.keyColumn;
        text += QStringLiteral(" ON CONFLICT(") + t.keyColumn + QStringLiteral(") DO UPDATE SET ") + sets.join(u',');
    }
    sql = text.toStdString();
    return t;
}

Status PageApplier::bindRow(db::Statement &st, const Target &t, const std::vector<RowValue> &values)
{
    if (values.size() != t.map.size())
        return feedError("feed.bad-row",
            QStringLiteral("A %1 row has %2 values for %3 columns.")
                .arg(t.table->name)
                .arg(values.size())
                .arg(t.map.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        const int b = t.map[i];
        if (!b)
            continue;
        const RowValue &v = values[i];
        switch (v.type) {
        case RowValue::Type::Null:
            st.bindNull(b);
            break;
        case RowValue::Type::Integer:
            st.bind(b, v.integer);
            break;
        case RowValue::Type::Real:
            st.bind(b, v.real);
            break;
        case RowValue::Type::Text:
            if (t.blob[i]) {
                auto decoded
                    = QByteArray::fromBase64Encoding(QByteArray::fromRawData(v.text.data(), qsizetype(v.text.size())),
                        QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return feedError("feed.bad-row", QStringLiteral("A %1 value is not base64.").arg(t.table->name));
                st.bindBlob(b, *decoded);
            } else {
                st.bindStatic(b, v.text);
            }
            break;
        }
    }
    return st.run();
}

Result<PageOutcome> PageApplier::applySnapshotPage(const QByteArray &page, bool first)
{
    return apply(page, true, first);
}

Result<PageOutcome> PageApplier::applyChangesPage(const QByteArray &page)
{
    return apply(page, false, false);
}

Result<PageOutcome> PageApplier::apply(const QByteArray &page, bool snapshot, bool first)
{
    PageOutcome out;
    db::Transaction tx(*m_db);
    SH_TRY(tx.begun());
    std::optional<db::Statement> insert;
    Target current;
    bool sawHeader = false, sawEnd = false;
    qsizetype pos = 0;
    while (pos < page.size()) {
        qsizetype nl = page.indexOf('\n', pos);
        if (nl < 0)
            nl = page.size();
        const std::string_view line = lineView(page, pos, nl);
        pos = nl + 1;
        if (line.empty())
            continue;
        if (sawEnd)
            return feedError("feed.bad-page", QStringLiteral("Data after the end of the page."));
        if (line.front() == '[') {
            if (!insert)
                return feedError("feed.bad-page", QStringLiteral("A row before any table line."));
            if (!m_parser.parse(line))
                return feedError("feed.bad-row",
                    QStringLiteral("A %1 row is malformed: %2").arg(current.table->name, m_parser.error()));
            SH_TRY(bindRow(*insert, current, m_parser.values()));
            ++out.rows;
            continue;
        }
        QJsonParseError perr;
        const QJsonObject o
            = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size())), &perr).object();
        if (perr.error != QJsonParseError::NoError)
            return feedError("feed.bad-page", QStringLiteral("A control line is not JSON: %1").arg(perr.errorString()));
        const QString type = o.value(QStringLiteral("type")).toString();
        if (!sawHeader) {
            if (type != (snapshot ? u"snapshot" : u"changes"))
                return feedError("feed.bad-page",
                    QStringLiteral("The page does not start with a %1 header.")
                        .arg(snapshot ? QStringLiteral("snapshot") : QStringLiteral("changes")));
            sawHeader = true;
            out.epoch = o.value(QStringLiteral("epoch")).toString();
            if (snapshot && first) {
                for (const QString &t : replicatedTables())
                    SH_TRY(m_db->exec(QString(QStringLiteral("DELETE FROM ") + t).toStdString()));
                SH_TRY(setMeta("snapshot_epoch", out.epoch));
                SH_TRY(setMeta("snapshot_cursor", QString::number(o.value(QStringLiteral("cursor")).toInteger())));
                SH_TRY(setMeta("snapshot_total", QString::number(o.value(QStringLiteral("total_rows")).toInteger())));
                SH_TRY(setMeta("snapshot_rows", QStringLiteral("0")));
            } else if (snapshot) {
                auto e = meta("snapshot_epoch");
                if (!e)
                    return e.error();
                if (*e != out.epoch)
                    return feedError(
                        "feed.epoch-changed", QStringLiteral("The server changed epoch during the snapshot."));
            } else {
                auto e = meta("epoch");
                if (!e)
                    return e.error();
                if (*e != out.epoch)
                    return feedError("feed.epoch-changed",
                        QStringLiteral("The server's epoch is not the one this device synced with."));
            }
        } else if (type == u"table") {
            insert.reset();
            std::string sql;
            auto t = target(o, snapshot, sql);
            if (!t)
                return t.error();
            current = t.value();
            auto st = m_db->prepare(sql);
            if (!st)
                return st.error();
            insert.emplace(std::move(st).value());
        } else if (type == u"delete") {
            const auto it = m_tables.constFind(o.value(QStringLiteral("table")).toString());
            if (it == m_tables.constEnd())
                return feedError("feed.unknown-table", QStringLiteral("A delete names an unknown table."));
            insert.reset();
            auto st = m_db->prepare(
                "DELETE FROM " + it->name.toStdString() + " WHERE " + it->primaryKey.toStdString() + " = ?1");
            if (!st)
                return st.error();
            const QJsonValue key = o.value(QStringLiteral("key"));
            if (key.isString())
                st->bind(1, key.toString());
            else
                st->bind(1, qint64(key.toInteger()));
            SH_TRY(st->run());
            ++out.rows;
        } else if (type == u"end") {
            sawEnd = true;
            out.next = o.value(QStringLiteral("next")).toString();
            out.cursor = o.value(QStringLiteral("cursor")).toInteger();
            out.more = o.value(QStringLiteral("more")).toBool();
        } else {
            return feedError("feed.bad-page", QStringLiteral("Unknown line type \"%1\".").arg(type));
        }
    }
    insert.reset();
    if (!sawHeader || !sawEnd)
        return feedError(
            "feed.truncated", QStringLiteral("The page ended before its end line; nothing of it was kept."));

    auto pullGen = meta("pull_gen");
    if (!pullGen)
        return pullGen.error();
    auto clearAckedEffects = [&]() {
        // Operations acknowledged before this pull began are in the server state we now hold.
        auto st = m_db->prepare("UPDATE outbox SET effect_active = 0 WHERE effect_active = 1 "
                                "AND state IN ('applied', 'duplicate') AND acked_pull < ?1");
        if (!st)
            return Status(st.error());
        return st->bind(1, pullGen->toLongLong()).run();
    };
    if (snapshot) {
        auto done = meta("snapshot_rows");
        auto total = meta("snapshot_total");
        if (!done || !total)
            return makeError("store.meta", QStringLiteral("The snapshot's progress could not be read."));
        out.snapshotDone = done->toLongLong() + out.rows;
        out.snapshotTotal = total->toLongLong();
        SH_TRY(setMeta("snapshot_rows", QString::number(out.snapshotDone)));
        SH_TRY(setMeta("snapshot_next", out.next));
        if (out.next.isEmpty()) { // complete: the device now follows the feed from the snapshot's cursor
            auto cursor = meta("snapshot_cursor");
            if (!cursor)
                return cursor.error();
            out.cursor = cursor->toLongLong();
            SH_TRY(setMeta("epoch", out.epoch));
            SH_TRY(setMeta("cursor", *cursor));
            SH_TRY(m_db->exec("DELETE FROM meta WHERE key LIKE 'snapshot\\_%' ESCAPE '\\'"));
            SH_TRY(clearAckedEffects());
        }
    } else {
        SH_TRY(setMeta("cursor", QString::number(out.cursor)));
        if (!out.more)
            SH_TRY(clearAckedEffects());
    }
    SH_TRY(tx.commit());
    return out;
}

} // namespace stockhand::sync
