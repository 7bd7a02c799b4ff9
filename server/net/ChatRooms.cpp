// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRooms.h"

#include "server/protocol/Protocol.h"
#include "Session.h"
#include "server/core/GameHost.h"

using namespace Qt::StringLiterals;

namespace steward {

namespace {
// Past this many senders the ones whose budget is full again are forgotten: a bucket that is
// full is no different from a new one.
constexpr size_t BudgetsBeforePruning = 1024;

bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c < 0xa0);
}
} // namespace

void ChatRooms::follow(Session *session, const QString &gameId)
{
    QList<Session *> &room = m_rooms[gameId];
    if (!room.contains(session))
        room.append(session);
}

void ChatRooms::forget(Session *session, const QString &gameId)
{
    auto it = m_rooms.find(gameId);
    if (it == m_rooms.end())
        return;
    it->removeOne(session);
    if (it->isEmpty())
        m_rooms.erase(it);
}

void ChatRooms::close(const QString &gameId)
{
    m_rooms.remove(gameId);
}

QString ChatRooms::senderKey(const Actor &from) const
{
    return roleName(from.role) + u':' + from.id;
}

Result<QJsonObject> ChatRooms::compose(const Actor &from, const QString &gameId, const QString &text)
{
    const QString said = text.trimmed();
    const QList<uint> codePoints = QStringView(said).toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > MaxChars)
        return Error{ErrorCode::BadRequest, u"A chat message holds 1 to %1 characters."_s.arg(MaxChars)};
    for (uint c : codePoints) {
        if (isControl(char32_t(c)))
            return Error{ErrorCode::BadRequest, u"A chat message may not hold control characters."_s};
    }

    const qint64 now = m_host.clock().nowMs();
    const QString key = senderKey(from);
    auto budget = m_budgets.find(key);
    if (budget == m_budgets.end()) {
        if (m_budgets.size() >= BudgetsBeforePruning)
            std::erase_if(m_budgets, [now](const auto &entry) { return entry.second.fullness(now) >= 1; });
        budget = m_budgets.try_emplace(key, BurstMessages, MessagesPerSecond).first;
    }
    if (!budget->second.take(now))
        return Error{ErrorCode::RateLimited, u"Too many chat messages; wait a moment."_s};

    QJsonObject sender;
    if (from.role == ActorRole::Player) {
        const PlayerRecord *p = m_host.player(from.id);
        sender = {{u"role"_s, u"player"_s}, {u"playerId"_s, from.id}, {u"name"_s, p ? p->name : QString()}};
    } else {
        sender = {{u"role"_s, u"facilitator"_s}, {u"name"_s, u"Facilitator"_s}};
    }
    return QJsonObject{{u"gameId"_s, gameId}, {u"from"_s, sender}, {u"text"_s, said}, {u"at"_s, now}};
}

void ChatRooms::post(const QJsonObject &message)
{
    const QByteArray frame = protocol::push(u"chat.message"_s, message);
    const QList<Session *> room = m_rooms.value(message.value(u"gameId").toString());
    for (Session *s : room)
        s->send(frame);
}

} // namespace steward
