#include "pageapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockhand::sync {

namespace {

std::string_view lineView(const QByteArray &page, qsizetype from, qsizetype to)
{
    return std::string_view(page.constData() + from, size_t(to - from));
}

} // namespace

std::optional<FeedPage> readPageEnd(QByteArray page)
{
    qsizetype end = page.size();
    while (end > 0 && page[end - 1] == '\n')
        --end;
    const qsizetype start = page.lastIndexOf('\n', end - 1) + 1;
    const QJsonObject o = QJsonDocument::fromJson(page.mid(start, end - start)).object();
    if (end <= 0 || o.value(QStringLiteral("type")).toString() != u"end")
        return std::nullopt;
    FeedPage p;
    p.end.next = o.value(QStringLiteral("next")).toString();
    p.end.cursor = o.value(QStringLiteral("cursor")).toInteger();
    p.end.more = o.value(QStringLiteral("more")).toBool();
    p.bodyEnd = start;
    p.bytes = std::move(page);
    return p;
}

Result<std::unique_ptr<PageApplier>> PageApplier::open(const QString &storePath)
{
    auto writer = store::FeedWriter::open(storePath);
    if (!writer)
        return writer.error();
    return std::unique_ptr<PageApplier>(new PageApplier(std::move(writer).value()));
}

Result<PageOutcome> PageApplier::applySnapshotPage(const QByteArray &page, bool first)
{
    return applyBytes(page, true, first);
}

Result<PageOutcome> PageApplier::applyChangesPage(const QByteArray &page)
{
    return applyBytes(page, false, false);
}

Result<PageOutcome> PageApplier::applyBytes(const QByteArray &bytes, bool snapshot, bool first)
{
    const std::optional<FeedPage> page = readPageEnd(bytes);
    if (!page)
        return makeError(
            "feed.truncated", QStringLiteral("The page ended before its end line; nothing of it was kept."));
    return apply(*page, snapshot, first);
}

Result<PageOutcome> PageApplier::apply(const FeedPage &page, bool snapshot, bool first)
{
    auto r = applyLines(page, snapshot, first);
    if (!r)
        m_writer->abortPage(); // nothing of a failed page is kept
    return r;
}

Result<PageOutcome> PageApplier::applyLines(const FeedPage &page, bool snapshot, bool first)
{
    const QByteArray &bytes = page.bytes;
    bool sawHeader = false;
    qsizetype pos = 0;
    while (pos < page.bodyEnd) {
        qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0 || nl > page.bodyEnd)
            nl = page.bodyEnd;
        const std::string_view line = lineView(bytes, pos, nl);
        pos = nl + 1;
        if (line.empty())
            continue;
        if (line.front() == '[') {
            if (!sawHeader)
                return makeError("feed.bad-page", QStringLiteral("A row before the page header."));
            if (!m_parser.parse(line))
                return makeError("feed.bad-row", QStringLiteral("A row is malformed: %1").arg(m_parser.error()));
            SH_TRY(m_writer->row(m_parser.values()));
            continue;
        }
        QJsonParseError perr;
        const QJsonObject o
            = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size())), &perr).object();
        if (perr.error != QJsonParseError::NoError)
            return makeError("feed.bad-page", QStringLiteral("A control line is not JSON: %1").arg(perr.errorString()));
        const QString type = o.value(QStringLiteral("type")).toString();
        if (!sawHeader) {
            if (type != (snapshot ? u"snapshot" : u"changes"))
                return makeError("feed.bad-page",
                    QStringLiteral("The page does not start with a %1 header.")
                        .arg(snapshot ? QStringLiteral("snapshot") : QStringLiteral("changes")));
            sawHeader = true;
            store::FeedPageHeader h;
            h.snapshot = snapshot;
            h.first = first;
            h.epoch = o.value(QStringLiteral("epoch")).toString();
            h.cursor = o.value(QStringLiteral("cursor")).toInteger();
            h.totalRows = o.value(QStringLiteral("total_rows")).toInteger();
            SH_TRY(m_writer->beginPage(h));
        } else if (type == u"table") {
            QStringList columns;
            for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
                columns << c.toString();
            SH_TRY(m_writer->table(
                o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("key")).toString(), columns));
        } else if (type == u"delete") {
            const QJsonValue key = o.value(QStringLiteral("key"));
            SH_TRY(m_writer->remove(o.value(QStringLiteral("table")).toString(),
                key.isString() ? std::nullopt : std::optional<qint64>(key.toInteger()), key.toString()));
        } else if (type == u"end") {
            return makeError("feed.bad-page", QStringLiteral("Data after the end of the page."));
        } else {
            return makeError("feed.bad-page", QStringLiteral("Unknown line type \"%1\".").arg(type));
        }
    }
    if (!sawHeader)
        return makeError("feed.bad-page", QStringLiteral("The page has no header."));
    return m_writer->commitPage(page.end);
}

} // namespace stockhand::sync
