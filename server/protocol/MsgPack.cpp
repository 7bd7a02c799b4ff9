// SPDX-License-Identifier: GPL-3.0-or-later
#include "MsgPack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <msgpack.hpp>

using namespace Qt::StringLiterals;

namespace steward::protocol {

namespace {
// msgpack's packer writes to anything with write(const char *, size_t).
struct ByteSink
{
    QByteArray &out;
    void write(const char *data, size_t size) { out.append(data, qsizetype(size)); }
};

void packValue(msgpack::packer<ByteSink> &p, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        p.pack_nil();
        break;
    case QJsonValue::Bool:
        v.toBool() ? p.pack_true() : p.pack_false();
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (double(i) == d)
            p.pack_int64(i);
        else
            p.pack_double(d);
        break;
    }
    case QJsonValue::String: {
        const QByteArray s = v.toString().toUtf8();
        p.pack_str(uint32_t(s.size()));
        p.pack_str_body(s.constData(), uint32_t(s.size()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        p.pack_array(uint32_t(a.size()));
        for (const QJsonValue &e : a)
            packValue(p, e);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        p.pack_map(uint32_t(o.size()));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QByteArray k = it.key().toUtf8();
            p.pack_str(uint32_t(k.size()));
            p.pack_str_body(k.constData(), uint32_t(k.size()));
            packValue(p, it.value());
        }
        break;
    }
    }
}

constexpr int MaxDepth = 32;

Result<QJsonValue> toJson(const msgpack::object &o, int depth)
{
    if (depth > MaxDepth)
        return Error{ErrorCode::BadRequest, u"The message is nested too deeply."_s};
    switch (o.type) {
    case msgpack::type::NIL:
        return QJsonValue(QJsonValue::Null);
    case msgpack::type::BOOLEAN:
        return QJsonValue(o.via.boolean);
    case msgpack::type::POSITIVE_INTEGER:
        if (o.via.u64 > quint64(std::numeric_limits<qint64>::max()))
            return Error{ErrorCode::BadRequest, u"A number is too large."_s};
        return QJsonValue(qint64(o.via.u64));
    case msgpack::type::NEGATIVE_INTEGER:
        return QJsonValue(qint64(o.via.i64));
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        if (!std::isfinite(o.via.f64))
            return Error{ErrorCode::BadRequest, u"A number is not finite."_s};
        return QJsonValue(o.via.f64);
    case msgpack::type::STR:
        return QJsonValue(QString::fromUtf8(o.via.str.ptr, qsizetype(o.via.str.size)));
    case msgpack::type::ARRAY: {
        QJsonArray a;
        for (uint32_t i = 0; i < o.via.array.size; ++i) {
            auto e = toJson(o.via.array.ptr[i], depth + 1);
            if (!e)
                return e.error();
            a.append(e.value());
        }
        return QJsonValue(a);
    }
    case msgpack::type::MAP: {
        QJsonObject m;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack::object_kv &kv = o.via.map.ptr[i];
            if (kv.key.type != msgpack::type::STR)
                return Error{ErrorCode::BadRequest, u"Map keys must be strings."_s};
            auto e = toJson(kv.val, depth + 1);
            if (!e)
                return e.error();
            m.insert(QString::fromUtf8(kv.key.via.str.ptr, qsizetype(kv.key.via.str.size)), e.value());
        }
        return QJsonValue(m);
    }
    case msgpack::type::BIN:
    case msgpack::type::EXT:
        break;
    }
    return Error{ErrorCode::BadRequest, u"Binary and extension values are not part of a message."_s};
}
} // namespace

QByteArray toMsgPack(const QJsonObject &message)
{
    QByteArray out;
    ByteSink sink{out};
    msgpack::packer<ByteSink> p(sink);
    packValue(p, QJsonValue(message));
    return out;
}

QByteArray jsonToMsgPack(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? toMsgPack(doc.object()) : QByteArray();
}

Result<QJsonObject> fromMsgPack(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error{ErrorCode::PayloadTooLarge, u"A message may hold at most %1 bytes."_s.arg(maxBytes)};
    // Every count is bounded by the frame's own size, so a header claiming four billion
    // entries allocates nothing.
    const size_t n = size_t(bytes.size());
    const msgpack::unpack_limit limits(n, n, n, 0, 0, MaxDepth);
    try {
        std::size_t used = 0;
        msgpack::object_handle handle = msgpack::unpack(bytes.data(), n, used, nullptr, nullptr, limits);
        if (used != n)
            return Error{ErrorCode::BadRequest, u"A frame holds one message, and nothing after it."_s};
        if (handle.get().type != msgpack::type::MAP)
            return Error{ErrorCode::BadRequest, u"A message is a MessagePack map."_s};
        auto value = toJson(handle.get(), 0);
        if (!value)
            return value.error();
        return value->toObject();
    } catch (const std::exception &e) {
        return Error{ErrorCode::BadRequest, u"This is not MessagePack: %1"_s.arg(QString::fromUtf8(e.what()).left(80))};
    }
}

Result<Envelope> parseBinaryEnvelope(QByteArrayView frame)
{
    auto message = fromMsgPack(frame);
    if (!message)
        return message.error();
    return envelopeFrom(message.value());
}

} // namespace steward::protocol
