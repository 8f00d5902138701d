// Reading and writing operation payloads: the one strict parser every kind uses. Its errors are the
// codes the server answers a rejected operation with (docs/sync-protocol.md): op.missing-field,
// op.wrong-type, op.invalid-quantity, each naming the field.
#pragma once

#include "domain/quantity.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace stockhand::ops {

class PayloadReader
{
public:
    explicit PayloadReader(const QJsonObject &payload)
        : m_payload(payload)
    { }

    bool has(const char *field) const; // present and not null
    Result<qint64> requireId(const char *field) const; // a positive integer
    Result<qint64> optionalId(const char *field) const; // 0 when absent or null
    Result<Milli> requireQty(const char *field, bool allowZero) const; // "12.5" or 12; never negative
    Result<QString> requireString(const char *field) const; // non-empty after trimming
    QString optionalString(const char *field) const; // trimmed; empty when absent
    Result<QDateTime> optionalTime(const char *field) const; // ISO 8601; invalid when absent
    Result<QDate> optionalDate(const char *field) const; // YYYY-MM-DD; invalid when absent

private:
    const QJsonObject &m_payload;
};

// Writes fields the way every payload writes them: ids only when set, quantities as exact decimal
// strings ("12.5"), strings only when not empty.
class PayloadWriter
{
public:
    PayloadWriter &id(const char *field, qint64 id); // omitted when 0
    PayloadWriter &qty(const char *field, Milli qty); // always written
    PayloadWriter &text(const char *field, const QString &text); // omitted when empty
    PayloadWriter &time(const char *field, const QDateTime &t); // omitted when invalid; UTC, milliseconds
    PayloadWriter &date(const char *field, const QDate &d); // omitted when invalid
    QJsonObject take() { return std::move(m_payload); }

private:
    QJsonObject m_payload;
};

// A lot, named by its id in the books ("lot_id") or by the name printed on the goods ("lot": the server
// creates an unknown one and tells a supervisor). Both empty = no lot.
struct LotRef
{
    qint64 id = 0;
    QString name;

    bool isEmpty() const { return !id && name.isEmpty(); }
    static Result<LotRef> read(const PayloadReader &r);
    void write(PayloadWriter &w) const;
    bool operator==(const LotRef &) const = default;
};

} // namespace stockhand::ops
