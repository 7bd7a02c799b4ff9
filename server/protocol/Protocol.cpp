// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"

#include "server/core/JsonShape.h"
#include "server/core/JsonText.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace steward::protocol {

namespace {
// A null `re` (the client sent no id) is left out of the answer.
QJsonValue orLeftOut(const QJsonValue &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}
QByteArray compact(const QJsonObject &o)
{
    return json::compactText(o);
}
} // namespace

Result<Envelope> parseEnvelope(const QByteArray &frame)
{
    if (frame.size() > MaxMessageBytes)
        return Error{ErrorCode::PayloadTooLarge, u"A message may hold at most %1 bytes."_s.arg(MaxMessageBytes)};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::BadJson, u"A message must be a JSON object."_s};
    return envelopeFrom(doc.object());
}

Result<Envelope> envelopeFrom(const QJsonObject &o)
{
    Envelope env;
    const QJsonValue type = o.value(u"type");
    if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 64)
        return Error{ErrorCode::BadRequest, u"A message needs a 'type' string."_s};
    env.type = type.toString();
    const QJsonValue id = o.value(u"id");
    if (id.isDouble() || (id.isString() && id.toString().size() <= 64))
        env.id = id;
    const QJsonValue data = o.value(u"data");
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return Error{ErrorCode::BadRequest, u"'data' must be an object."_s};
    env.data = data.toObject();
    return env;
}

Result<QJsonObject> parseBody(const QByteArray &body)
{
    if (body.size() > MaxRequestBytes)
        return Error{ErrorCode::PayloadTooLarge, u"A request body may hold at most %1 bytes."_s.arg(MaxRequestBytes)};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::BadJson, u"The request body must be a JSON object."_s};
    return doc.object();
}

QByteArray ok(const QJsonValue &re, const QJsonObject &data)
{
    static const JsonShape shape{u"type"_s, u"data"_s, u"re"_s};
    static const QString type = u"ok"_s;
    return compact(shape.make({type, data, orLeftOut(re)}));
}

QByteArray error(const QJsonValue &re, const Error &e)
{
    QJsonObject o{{u"type"_s, u"error"_s}, {u"code"_s, e.codeName()}, {u"message"_s, e.message}};
    if (!re.isUndefined() && !re.isNull())
        o.insert(u"re"_s, re);
    return compact(o);
}

QJsonObject withSeat(QJsonObject out, const QJsonObject &seat, bool roleAlias)
{
    for (auto it = seat.begin(); it != seat.end(); ++it) {
        if (!out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    if (roleAlias && seat.contains(u"seat") && !out.contains(u"role"))
        out.insert(QStringLiteral("role"), seat.value(u"seat"));
    return out;
}

QByteArray push(const QString &type, const QJsonObject &data)
{
    static const JsonShape shape{u"type"_s, u"data"_s};
    return compact(shape.make({type, data}));
}

QByteArray state(const QJsonObject &view, const QString &gameId)
{
    static const QString type = u"state"_s;
    if (gameId.isEmpty())
        return push(type, view);
    static const JsonShape shape{u"type"_s, u"gameId"_s, u"data"_s};
    return compact(shape.make({type, gameId, view}));
}

QByteArray stateDelta(const QJsonObject &changed, const QJsonObject &appended, const QJsonArray &removed,
                      const QJsonObject &patched, const QString &gameId)
{
    static const JsonShape shape{u"type"_s, u"gameId"_s, u"data"_s, u"append"_s, u"removed"_s, u"patch"_s};
    static const QString type = u"state.delta"_s;
    const QJsonValue none(QJsonValue::Undefined);
    return compact(shape.make({type, gameId.isEmpty() ? none : QJsonValue(gameId), changed,
                               appended.isEmpty() ? none : QJsonValue(appended),
                               removed.isEmpty() ? none : QJsonValue(removed),
                               patched.isEmpty() ? none : QJsonValue(patched)}));
}

QJsonObject errorBody(const Error &e)
{
    return QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, e.codeName()}, {u"message"_s, e.message}}}};
}

void applyStateDelta(QJsonObject &view, const QJsonObject &frame)
{
    const QJsonObject changed = frame.value(u"data").toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        view.insert(it.key(), it.value());
    const QJsonObject appended = frame.value(u"append").toObject();
    for (auto it = appended.begin(); it != appended.end(); ++it) {
        QJsonArray list = view.value(it.key()).toArray();
        const QJsonArray tail = it.value().toArray();
        for (const QJsonValue &v : tail)
            list.append(v);
        view.insert(it.key(), list);
    }
    const QJsonArray removed = frame.value(u"removed").toArray();
    for (const QJsonValue &key : removed)
        view.remove(key.toString());
    // Keyed fields: the entries that changed, null for one that is gone.
    const QJsonObject patched = frame.value(u"patch").toObject();
    for (auto field = patched.begin(); field != patched.end(); ++field) {
        QJsonObject entries = view.value(field.key()).toObject();
        const QJsonObject patch = field.value().toObject();
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.value().isNull())
                entries.remove(it.key());
            else
                entries.insert(it.key(), it.value());
        }
        view.insert(field.key(), entries);
    }
}

} // namespace steward::protocol
