// SPDX-License-Identifier: GPL-3.0-or-later
#include "CounterGame.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace steward;

namespace counter {

namespace {
constexpr QStringView Add = u"counter.add";       // {by: 1..10}
constexpr QStringView Added = u"counter.added";   // v2 {by, playerId}; v1 was {n}
constexpr int AddedVersion = 2;
constexpr QStringView Banked = u"counter.banked"; // {value}
} // namespace

Result<std::unique_ptr<Game>> CounterKind::create(const QJsonObject &config, quint64) const
{
    const qint64 period = config.value(u"periodMs").toInteger(60'000);
    if (period < 1'000 || period > 86'400'000)
        return Error{ErrorCode::InvalidConfig, u"periodMs must be between 1,000 and 86,400,000."_s};
    const qint64 tick = config.value(u"tickMs").toInteger(0);
    if (tick < 0 || tick > 1'000)
        return Error{ErrorCode::InvalidConfig, u"tickMs must be between 0 and 1,000."_s};
    return std::unique_ptr<Game>(std::make_unique<CounterGame>(period, int(tick)));
}

Event CounterKind::upcast(Event stored) const
{
    // Version 1 of counter.added called its amount "n".
    if (stored.type == Added && stored.version == 1) {
        stored.data = {{u"by"_s, stored.data.value(u"n").toInteger()}, {u"playerId"_s, QString()}};
        stored.version = AddedVersion;
    }
    return stored;
}

Result<Command> CounterKind::parse(const QString &type, const QJsonObject &data) const
{
    if (type == Add) {
        const QJsonValue by = data.value(u"by");
        if (!by.isDouble() || by.toDouble() != double(by.toInteger()) || by.toInteger() < 1 || by.toInteger() > 10)
            return Error{ErrorCode::BadRequest, u"'by' must be a whole number from 1 to 10."_s};
        return Command{type, {{u"by"_s, by.toInteger()}}};
    }
    return Error{ErrorCode::UnknownType, u"A counter has no command '%1'."_s.arg(type.left(32))};
}

Result<Decision> CounterGame::decide(const Command &cmd, const Actor &who, qint64) const
{
    if (cmd.type == CoreCommands::Join) {
        if (who.role != ActorRole::System)
            return Error{ErrorCode::Forbidden, u"Players join through the join endpoint."_s};
        return Decision{{Event{CoreEvents::PlayerJoined.toString(), cmd.data}}, {}};
    }
    if (cmd.type == Add) {
        if (who.role != ActorRole::Player)
            return Error{ErrorCode::Forbidden, u"Only a player adds."_s};
        const qint64 by = cmd.data.value(u"by").toInteger();
        return Decision{{Event{Added.toString(), {{u"by"_s, by}, {u"playerId"_s, who.id}}, AddedVersion}},
                        {{u"count"_s, m_count + by}}};
    }
    return Error{ErrorCode::UnknownType, u"A counter has no command '%1'."_s.arg(cmd.type.left(32))};
}

void CounterGame::apply(const Event &event, qint64 atMs)
{
    ++m_version;
    if (event.type == CoreEvents::PlayerJoined) {
        m_names.insert(event.data.value(u"playerId").toString(), event.data.value(u"name").toString());
    } else if (event.type == Added) {
        if (m_bankDueAt == 0)
            m_bankDueAt = atMs + m_periodMs; // the first addition since the last bank starts the timer
        m_count += event.data.value(u"by").toInteger();
        if (const QString player = event.data.value(u"playerId").toString(); !player.isEmpty())
            m_byPlayer[player] += event.data.value(u"by").toInteger();
    } else if (event.type == Banked) {
        m_banked.append(event.data.value(u"value").toInteger());
        m_count = 0;
        m_bankDueAt = 0;
    }
}

void CounterGame::tick(qint64 tickNo)
{
    m_ticks = tickNo;
    m_score += m_count;
    ++m_version;
}

QJsonObject CounterGame::snapshot() const
{
    QJsonArray banked;
    for (qint64 b : m_banked)
        banked.append(b);
    QJsonObject names;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        names.insert(it.key(), it.value());
    QJsonObject byPlayer;
    for (auto it = m_byPlayer.cbegin(); it != m_byPlayer.cend(); ++it)
        byPlayer.insert(it.key(), it.value());
    return {{u"format"_s, 1}, {u"byPlayer"_s, byPlayer}, {u"count"_s, m_count}, {u"bankDueAt"_s, m_bankDueAt}, {u"banked"_s, banked},
            {u"names"_s, names}, {u"ticks"_s, m_ticks}, {u"score"_s, m_score}};
}

Status CounterGame::restore(const QJsonObject &state)
{
    if (state.value(u"format").toInt() != 1)
        return Error{ErrorCode::Internal, u"Unknown counter snapshot format."_s};
    m_count = state.value(u"count").toInteger();
    m_bankDueAt = state.value(u"bankDueAt").toInteger();
    m_banked.clear();
    for (const QJsonValue &b : state.value(u"banked").toArray())
        m_banked.append(b.toInteger());
    m_names.clear();
    const QJsonObject names = state.value(u"names").toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        m_names.insert(it.key(), it.value().toString());
    m_byPlayer.clear();
    const QJsonObject byPlayer = state.value(u"byPlayer").toObject();
    for (auto it = byPlayer.begin(); it != byPlayer.end(); ++it)
        m_byPlayer.insert(it.key(), it.value().toInteger());
    m_ticks = state.value(u"ticks").toInteger();
    m_score = state.value(u"score").toInteger();
    ++m_version;
    return Done{};
}

std::optional<qint64> CounterGame::nextDeadline() const
{
    return m_bankDueAt > 0 ? std::optional<qint64>(m_bankDueAt) : std::nullopt;
}

QList<Event> CounterGame::onDeadline(qint64 nowMs) const
{
    if (m_bankDueAt == 0 || nowMs < m_bankDueAt)
        return {};
    return {Event{Banked.toString(), {{u"value"_s, m_count}}}};
}

QJsonObject CounterGame::viewFor(const Actor &) const
{
    QJsonArray banked;
    for (qint64 b : m_banked)
        banked.append(b);
    QStringList names = m_names.values();
    names.sort();
    QJsonObject byPlayer;
    for (auto it = m_byPlayer.cbegin(); it != m_byPlayer.cend(); ++it)
        byPlayer.insert(it.key(), it.value());
    return {{u"kind"_s, KindId.toString()}, {u"count"_s, m_count}, {u"banked"_s, banked},
            {u"players"_s, QJsonArray::fromStringList(names)}, {u"ticks"_s, m_ticks}, {u"score"_s, m_score},
            {u"byPlayer"_s, byPlayer}};
}

QJsonObject CounterGame::config() const
{
    return {{u"periodMs"_s, m_periodMs}, {u"tickMs"_s, m_tickMs}};
}

QJsonObject CounterGame::summary() const
{
    return {{u"status"_s, u"running"_s}, {u"players"_s, qint64(m_names.size())}, {u"count"_s, m_count}};
}

QJsonObject CounterGame::history() const
{
    return viewFor(Actor::system());
}

QList<QStringList> CounterGame::historyTable() const
{
    QList<QStringList> rows{{u"bank"_s, u"value"_s}};
    for (qsizetype i = 0; i < m_banked.size(); ++i)
        rows.append({QString::number(i + 1), QString::number(m_banked.at(i))});
    return rows;
}

} // namespace counter
