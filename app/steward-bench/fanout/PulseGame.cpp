// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulseGame.h"

#include "server/core/JsonFields.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace steward::bench {

Result<std::unique_ptr<Game>> PulseKind::create(const QJsonObject &config, quint64) const
{
    if (auto s = json::onlyKeys(config, {u"tickMs"_s, u"bytes"_s}, ErrorCode::InvalidConfig); !s)
        return s.error();
    const auto tick = json::intField(config, u"tickMs", 50, 10, 1'000, ErrorCode::InvalidConfig);
    if (!tick)
        return tick.error();
    const auto bytes = json::intField(config, u"bytes", 1'024, 16, 65'536, ErrorCode::InvalidConfig);
    if (!bytes)
        return bytes.error();
    return std::unique_ptr<Game>(std::make_unique<PulseGame>(tick.value(), bytes.value()));
}

Result<Command> PulseKind::parse(const QString &type, const QJsonObject &) const
{
    return Error{ErrorCode::UnknownType, u"A pulse game takes no command '%1'; it is only watched."_s.arg(type.left(32))};
}

Result<Decision> PulseGame::decide(const Command &cmd, const Actor &who, qint64) const
{
    if (cmd.type == CoreCommands::Join && who.role == ActorRole::System)
        return Decision{{Event{CoreEvents::PlayerJoined.toString(), cmd.data}}, {}};
    return Error{ErrorCode::UnknownType, u"A pulse game takes no command '%1'."_s.arg(cmd.type.left(32))};
}

void PulseGame::apply(const Event &event, qint64)
{
    if (event.type == CoreEvents::PlayerJoined)
        ++m_players; // not in the view: a join does not change what the watchers see
}

void PulseGame::tick(qint64 tickNo)
{
    m_tick = tickNo;
    m_ranAtUs = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::now().time_since_epoch()).count();
    // A new block of letters every tick: the whole of it changes, as a map's busy cells would.
    m_payload.resize(m_bytes);
    QChar *out = m_payload.data();
    for (int i = 0; i < m_bytes; ++i)
        out[i] = QLatin1Char(char('a' + (tickNo + i) % 26));
    ++m_version;
}

QJsonObject PulseGame::viewFor(const Actor &) const
{
    return {{u"kind"_s, PulseKindId.toString()}, {u"tick"_s, m_tick}, {u"ranAtUs"_s, m_ranAtUs},
            {u"payload"_s, m_payload}};
}

QJsonObject PulseGame::config() const
{
    return {{u"tickMs"_s, m_tickMs}, {u"bytes"_s, m_bytes}};
}

QJsonObject PulseGame::summary() const
{
    return {{u"status"_s, u"running"_s}, {u"players"_s, m_players}, {u"tick"_s, m_tick}};
}

} // namespace steward::bench
