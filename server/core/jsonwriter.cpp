#include "jsonwriter.h"

#include "rowwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stockhand::server {

namespace {

void appendString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    RowWriter(out).string(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

void appendJson(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d > -9e15 && d < 9e15)
            RowWriter(out).number(qint64(d));
        else
            out += QByteArray::number(d, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &e : v.toArray()) {
            if (!first)
                out += ',';
            first = false;
            appendJson(out, e);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out += '{';
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it != o.constBegin())
                out += ',';
            appendString(out, it.key());
            out += ':';
            appendJson(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

QByteArray toJsonText(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(128);
    appendJson(out, value);
    return out;
}

} // namespace stockhand::server
