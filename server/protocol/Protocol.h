// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire contract in one place: every JSON shape the host sends is built here, next to
// docs/protocol.md, which shows an example of each.

#include "server/core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace steward::protocol {

inline constexpr qsizetype MaxMessageBytes = 16 * 1024;  // one WebSocket message
inline constexpr qsizetype MaxRequestBytes = 64 * 1024;  // one REST body

// A parsed WebSocket frame: {"type":..,"id":..,"data":{..}}.
struct Envelope
{
    QString type;
    QJsonValue id; // echoed as "re"; a number or a short string, or absent
    QJsonObject data;
};

Result<Envelope> parseEnvelope(const QByteArray &frame);
// The envelope of a message already decoded (from JSON or MessagePack).
Result<Envelope> envelopeFrom(const QJsonObject &message);
// A REST body: a JSON object within MaxRequestBytes.
Result<QJsonObject> parseBody(const QByteArray &body);

QByteArray ok(const QJsonValue &re, const QJsonObject &data);
QByteArray error(const QJsonValue &re, const Error &e);
QByteArray push(const QString &type, const QJsonObject &data); // unsolicited: state, notice
// `out` with a player's seat (the kind's description, Actor::seat) shown beside its own fields;
// a seat field never replaces one of them. Where the seat names itself ("seat"), "role" repeats
// it for clients that read a join's answer by that name.
QJsonObject withSeat(QJsonObject out, const QJsonObject &seat, bool roleAlias = false);
// A client's whole view of a game. `gameId`, when given, is also said beside the view, for a
// session that follows several games; empty, the frame is as it was before channels.
QByteArray state(const QJsonObject &view, const QString &gameId = {});
// The fields of a client's view that changed since the last push, the lists that only grew
// (with just their new entries), and the fields now absent; `gameId` as for state().
QByteArray stateDelta(const QJsonObject &changed, const QJsonObject &appended, const QJsonArray &removed,
                      const QJsonObject &patched = {}, const QString &gameId = {});
QJsonObject errorBody(const Error &e);

// What a client does with a "state.delta" frame: changed fields replace, grown lists get their
// new entries, removed fields go. (Used by every C++ client: tests, the bench, a remote console.)
void applyStateDelta(QJsonObject &view, const QJsonObject &frame);                         // REST: {"error":{"code","message"}}

} // namespace steward::protocol
