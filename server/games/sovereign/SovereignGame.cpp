// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignGame.h"

#include "SovereignBots.h"
#include "SovereignErrors.h"
#include "SovereignResultCalls.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::sovereign {

using rules::Terrain;

namespace {
// Territory held is sampled for the timeline every five seconds of the match.
constexpr int TimelineEveryMs = 5000;

QJsonArray rowsJson(const std::vector<std::vector<int>> &rows)
{
    QJsonArray out;
    for (const std::vector<int> &row : rows) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        out.append(r);
    }
    return out;
}

std::vector<std::vector<int>> rowsFromJson(const QJsonValue &rows)
{
    std::vector<std::vector<int>> out;
    for (const QJsonValue &v : rows.toArray()) {
        std::vector<int> row;
        for (const QJsonValue &x : v.toArray())
            row.push_back(x.toInt());
        out.push_back(std::move(row));
    }
    return out;
}

std::pair<int, int> pairOf(int a, int b)
{
    return {std::min(a, b), std::max(a, b)};
}
} // namespace

SovereignGame::SovereignGame(SovereignConfig config, quint64 seed)
    : m_config(std::move(config)), m_seed(seed),
      m_map(SovereignMap::generate(*SovereignMap::size(m_config.mapSize), m_config.mapSeed >= 0 ? quint64(m_config.mapSeed) : seed)),
      m_random(randomSeed(seed))
{
    m_holdings.resize(m_map.regions().size());
    for (const Region &r : m_map.regions()) {
        if (r.terrain != Terrain::Water)
            m_holdings[std::size_t(r.id)].troops = rules::garrisonPerHex(r.terrain) * r.hexes;
    }
    m_inputHash = QCryptographicHash::hash(QByteArray::number(seed), QCryptographicHash::Sha256);
}

quint64 SovereignGame::randomSeed(quint64 gameSeed)
{
    // Apart from the map's stream, which may come from its own seed (mapSeed).
    return gameSeed ^ 0x5EEDF00DULL;
}

int SovereignGame::playerOf(const QString &playerId) const
{
    if (playerId.isEmpty())
        return -1;
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        if (m_players[i].id == playerId)
            return int(i);
    }
    return -1;
}

bool SovereignGame::allied(int a, int b) const
{
    return a >= 0 && a < int(m_players.size()) && m_players[std::size_t(a)].allies.contains(b);
}

// ---------------------------------------------------------------------------------------
// Commands

Result<Decision> SovereignGame::decide(const Command &cmd, const Actor &who, qint64) const
{
    const QString &type = cmd.type;
    if (type == CoreCommands::Join) {
        if (who.role != ActorRole::System)
            return Error{ErrorCode::Forbidden, u"Players join through the join endpoint."_s};
        if (m_phase != Phase::Lobby)
            return Error{ErrorCode::GameAlreadyStarted, u"This match has already started."_s};
        if (int(m_players.size()) >= m_config.playerSlots)
            return Error{errors::MatchFull, u"All %1 places in this match are taken."_s.arg(m_config.playerSlots)};
        QJsonObject data = cmd.data;
        int colour = 0;
        while (std::any_of(m_players.cbegin(), m_players.cend(), [colour](const Player &p) { return p.colour == colour; }))
            ++colour;
        data.insert(u"colour"_s, colour);
        return Decision{{Event{CoreEvents::PlayerJoined.toString(), data}}, {{u"colour"_s, colour}}};
    }
    if (type == SovereignCommands::Start || type == SovereignCommands::End) {
        if (!who.isFacilitator())
            return Error{ErrorCode::Forbidden, u"Only the host can start or end a match."_s};
        if (type == SovereignCommands::Start) {
            if (m_phase != Phase::Lobby)
                return Error{ErrorCode::GameAlreadyStarted, u"This match has already started."_s};
            const int total = m_config.fillWithBots ? m_config.playerSlots : int(m_players.size());
            if (m_players.empty() || total < 2)
                return Error{errors::NotEnoughPlayers, u"A match needs at least one player and two in all, bots included."_s};
            return Decision{{Event{SovereignEvents::Started.toString(), {}}}, {{u"status"_s, u"running"_s}}};
        }
        if (m_phase == Phase::Over)
            return Error{errors::MatchOver, u"This match is over."_s};
        return Decision{{endEvent(u"host"_s)}, {{u"status"_s, u"over"_s}}};
    }
    if (who.role != ActorRole::Player)
        return Error{ErrorCode::Forbidden, u"Only a player in this match can do that."_s};
    const int player = playerOf(who.id);
    if (player < 0)
        return Error{ErrorCode::Forbidden, u"You have no place in this match."_s};
    if (type == SovereignCommands::Pick)
        return decidePick(cmd.data, player);
    if (m_phase == Phase::Lobby)
        return Error{errors::MatchNotStarted, u"The match has not started yet."_s};
    if (m_phase == Phase::Over || !m_endReason.isEmpty())
        return Error{errors::MatchOver, u"This match is over."_s};
    if (!m_players[std::size_t(player)].alive)
        return Error{errors::PlayerEliminated, u"You hold no land any more."_s};
    if (type == SovereignCommands::Attack || type == SovereignCommands::Move)
        return decideSend(cmd.data, player, type == SovereignCommands::Attack);
    if (type == SovereignCommands::Ally || type == SovereignCommands::Unally)
        return decideAlly(cmd.data, player, type == SovereignCommands::Ally);
    return Error{ErrorCode::UnknownType, u"Sovereign Lines has no command '%1'."_s.arg(type.left(32))};
}

Result<Decision> SovereignGame::decidePick(const QJsonObject &d, int player) const
{
    if (m_phase != Phase::Lobby)
        return Error{ErrorCode::GameAlreadyStarted, u"Starts and colours are picked before the match starts."_s};
    QJsonObject data{{u"player"_s, player}};
    if (d.contains(u"region")) {
        const int region = d.value(u"region").toInt();
        if (!m_map.isLand(region))
            return Error{errors::UnknownRegion, u"Region %1 is not land on this map."_s.arg(region)};
        for (std::size_t i = 0; i < m_players.size(); ++i) {
            const int other = m_players[i].start;
            if (int(i) == player || other < 0)
                continue;
            if (other == region)
                return Error{errors::RegionTaken, u"%1 starts there."_s.arg(m_players[i].name)};
            if (m_map.borders(other, region))
                return Error{errors::StartTooClose, u"That region borders %1's start."_s.arg(m_players[i].name)};
        }
        data.insert(u"region"_s, region);
    }
    if (d.contains(u"colour")) {
        const int colour = d.value(u"colour").toInt();
        if (colour < 0 || colour >= m_config.playerSlots)
            return Error{ErrorCode::BadRequest, u"Colour must be from 0 to %1."_s.arg(m_config.playerSlots - 1)};
        for (std::size_t i = 0; i < m_players.size(); ++i) {
            if (int(i) != player && m_players[i].colour == colour)
                return Error{errors::ColourTaken, u"%1 has that colour."_s.arg(m_players[i].name)};
        }
        data.insert(u"colour"_s, colour);
    }
    return Decision{{Event{SovereignEvents::Picked.toString(), data}}, {}};
}

Result<int> SovereignGame::checkSend(int player, int from, int to, int share, bool attack) const
{
    if (!m_map.isLand(from) || !m_map.isLand(to))
        return Error{errors::UnknownRegion, u"Both regions must be land on this map."_s};
    const Holding &source = m_holdings[std::size_t(from)];
    if (source.owner != player)
        return Error{errors::NotOwner, u"Region %1 is not yours."_s.arg(from)};
    if (!m_map.borders(from, to))
        return Error{errors::NotNeighbour, u"Region %1 does not border region %2."_s.arg(to).arg(from)};
    const int owner = m_holdings[std::size_t(to)].owner;
    if (attack && owner == player)
        return Error{errors::TargetIsOwn, u"Region %1 is yours already: move troops there instead."_s.arg(to)};
    if (attack && owner >= 0 && allied(player, owner))
        return Error{errors::TargetIsAlly, u"Region %1 belongs to your ally %2."_s.arg(to).arg(m_players[std::size_t(owner)].name)};
    if (!attack && owner != player && !(owner >= 0 && allied(player, owner)))
        return Error{errors::TargetNotFriendly, u"Troops move only into your own or an ally's land: attack instead."_s};
    const int troops = rules::troopsForShare(source.troops, share);
    if (troops < 1)
        return Error{errors::NotEnoughTroops, u"Region %1 has %2 troops: one always stays behind."_s.arg(from).arg(source.troops)};
    return troops;
}

Result<Decision> SovereignGame::decideSend(const QJsonObject &d, int player, bool attack) const
{
    const int from = d.value(u"from").toInt(), to = d.value(u"to").toInt();
    const auto troops = checkSend(player, from, to, d.value(u"share").toInt(), attack);
    if (!troops)
        return troops.error();
    const qint64 arrives = matchTick() + ticks(rules::travelMs(m_map.region(to).terrain));
    return Decision{{Event{SovereignEvents::Sent.toString(), {{u"player"_s, player}, {u"from"_s, from}, {u"to"_s, to},
                                                            {u"troops"_s, troops.value()}, {u"attack"_s, attack}}}},
                    {{u"troops"_s, troops.value()}, {u"arrivesAtTick"_s, arrives}}};
}

Result<Decision> SovereignGame::decideAlly(const QJsonObject &d, int player, bool ally) const
{
    const int other = d.value(u"player").toInt();
    if (other < 0 || other >= int(m_players.size()) || other == player)
        return Error{errors::UnknownPlayer, u"There is no other player number %1."_s.arg(other)};
    if (!m_players[std::size_t(other)].alive)
        return Error{errors::PlayerEliminated, u"%1 is out of the match."_s.arg(m_players[std::size_t(other)].name)};
    const QJsonObject pair{{u"a"_s, player}, {u"b"_s, other}};
    if (!ally) {
        if (!allied(player, other))
            return Error{errors::NotAllied, u"You are not allied with %1."_s.arg(m_players[std::size_t(other)].name)};
        return Decision{{Event{SovereignEvents::AllyBroken.toString(), pair}}, {{u"allied"_s, false}}};
    }
    if (allied(player, other))
        return Error{errors::AlreadyAllied, u"You are allied with %1 already."_s.arg(m_players[std::size_t(other)].name)};
    if (const auto c = m_cooldowns.find(pairOf(player, other)); c != m_cooldowns.end() && c->second > m_tick)
        return Error{errors::AllyCooldown, u"You broke an alliance with %1 a moment ago: wait %2 s."_s
                                               .arg(m_players[std::size_t(other)].name)
                                               .arg((c->second - m_tick) * m_config.tickMs / 1000 + 1)};
    // Their request stands: this accepts it. Otherwise this is a request of one's own.
    if (m_requests.contains({other, player}))
        return Decision{{Event{SovereignEvents::Allied.toString(), pair}}, {{u"allied"_s, true}}};
    return Decision{{Event{SovereignEvents::AllyAsked.toString(), {{u"from"_s, player}, {u"to"_s, other}}}},
                    {{u"allied"_s, false}, {u"asked"_s, true}}};
}

Result<QList<Event>> SovereignGame::pauseEvents(bool, qint64) const
{
    if (m_phase == Phase::Lobby)
        return Error{ErrorCode::GameNotStarted, u"The match has not started yet."_s};
    if (m_phase == Phase::Over)
        return Error{ErrorCode::GameFinished, u"This match is over."_s};
    return QList<Event>{};
}

Result<QList<Event>> SovereignGame::leaveEvents(const Actor &, qint64) const
{
    return QList<Event>{}; // apply() hands the place to a bot once the match runs
}

QList<ChainIntent> SovereignGame::chainIntents(const StoredEvent &e) const
{
    if (e.event.type != SovereignEvents::Ended)
        return {};
    const QByteArray id = chainIntentId(e.gameId, e.seq, 0);
    QList<int> order;
    for (int i : standings())
        order.append(i);
    return {ChainIntent{id, u"sovereign.result"_s, results::Contract.toString(),
                        results::recordMatch(e.gameId, m_inputHash, stateHash(), order, int(m_players.size()), matchTick(), id)}};
}

std::optional<qint64> SovereignGame::nextDeadline() const
{
    // A tick ended the match: its end is recorded at once.
    if (m_phase == Phase::Running && !m_endReason.isEmpty())
        return 0;
    return std::nullopt;
}

QList<Event> SovereignGame::onDeadline(qint64) const
{
    if (m_phase != Phase::Running || m_endReason.isEmpty())
        return {};
    return {endEvent(m_endReason)};
}

Event SovereignGame::endEvent(const QString &reason) const
{
    // What the chain records: the standings and the hash of every input before the end.
    QJsonArray order;
    for (int i : standings())
        order.append(i);
    return Event{SovereignEvents::Ended.toString(), {{u"reason"_s, reason}, {u"standings"_s, order},
                                                     {u"inputHash"_s, QString::fromLatin1(m_inputHash.toHex())}}};
}

// ---------------------------------------------------------------------------------------
// Events and ticks

void SovereignGame::record(const Event &event)
{
    // The input log's hash: each event, at the tick it came, chained onto the last.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_inputHash);
    h.addData(event.type.toUtf8());
    h.addData(QByteArray::number(m_tick));
    h.addData(QJsonDocument(event.data).toJson(QJsonDocument::Compact));
    m_inputHash = h.result();
}

void SovereignGame::apply(const Event &event, qint64)
{
    record(event);
    ++m_version;
    const QJsonObject &d = event.data;
    const QString &type = event.type;
    if (type == CoreEvents::PlayerJoined) {
        Player p;
        p.id = d.value(u"playerId").toString();
        p.name = d.value(u"name").toString();
        p.colour = d.value(u"colour").toInt();
        m_players.push_back(std::move(p));
    } else if (type == CoreEvents::PlayerLeft) {
        const int player = playerOf(d.value(u"playerId").toString());
        if (player < 0)
            return;
        if (m_phase == Phase::Lobby) {
            m_players.erase(m_players.begin() + player);
        } else {
            // A bot plays an abandoned place to the end.
            Player &p = m_players[std::size_t(player)];
            p.bot = m_config.botStrength == u"hard" ? BotStrength::Hard : BotStrength::Easy;
            p.id.clear();
        }
    } else if (type == CoreEvents::Paused || type == CoreEvents::Resumed) {
        m_paused = type == CoreEvents::Paused; // the host runs no ticks meanwhile; pages say so
    } else if (type == SovereignEvents::Picked) {
        Player &p = m_players[std::size_t(d.value(u"player").toInt())];
        if (d.contains(u"region"))
            p.start = d.value(u"region").toInt();
        if (d.contains(u"colour"))
            p.colour = d.value(u"colour").toInt();
    } else if (type == SovereignEvents::Started) {
        m_phase = Phase::Running;
        m_startTick = m_tick;
        int botNumber = 0;
        while (m_config.fillWithBots && int(m_players.size()) < m_config.playerSlots) {
            Player bot;
            ++botNumber;
            bot.bot = m_config.botStrength == u"easy"   ? BotStrength::Easy
                      : m_config.botStrength == u"hard" ? BotStrength::Hard
                      : (botNumber % 2 ? BotStrength::Easy : BotStrength::Hard);
            bot.name = u"Bot %1"_s.arg(botNumber);
            while (std::any_of(m_players.cbegin(), m_players.cend(), [&bot](const Player &p) { return p.colour == bot.colour; }))
                ++bot.colour;
            m_players.push_back(std::move(bot));
        }
        assignStarts();
        sampleTimeline();
    } else if (type == SovereignEvents::Sent) {
        send(d.value(u"player").toInt(), d.value(u"from").toInt(), d.value(u"to").toInt(), d.value(u"troops").toInt(),
             d.value(u"attack").toBool());
    } else if (type == SovereignEvents::AllyAsked) {
        m_requests[{d.value(u"from").toInt(), d.value(u"to").toInt()}] = m_tick + ticks(rules::AllyRequestMs);
    } else if (type == SovereignEvents::Allied) {
        const int a = d.value(u"a").toInt(), b = d.value(u"b").toInt();
        m_players[std::size_t(a)].allies.insert(b);
        m_players[std::size_t(b)].allies.insert(a);
        m_requests.erase({a, b});
        m_requests.erase({b, a});
    } else if (type == SovereignEvents::AllyBroken) {
        const int a = d.value(u"a").toInt(), b = d.value(u"b").toInt();
        breakAlliance(a, b);
        m_cooldowns[pairOf(a, b)] = m_tick + ticks(rules::AllyCooldownMs);
    } else if (type == SovereignEvents::Ended) {
        m_phase = Phase::Over;
        m_endReason = d.value(u"reason").toString();
        m_finalStandings = standings();
    }
}

void SovereignGame::assignStarts()
{
    std::vector<char> taken(m_map.regions().size(), 0);
    for (const Player &p : m_players) {
        if (p.start >= 0)
            taken[std::size_t(p.start)] = 1;
    }
    for (Player &p : m_players) {
        if (p.start >= 0)
            continue;
        // Land no one starts on or next to; if the map is that crowded, any free land.
        std::vector<int> apart, free;
        for (const Region &r : m_map.regions()) {
            if (r.terrain == Terrain::Water || taken[std::size_t(r.id)])
                continue;
            free.push_back(r.id);
            if (std::none_of(r.neighbours.cbegin(), r.neighbours.cend(), [&taken](int n) { return taken[std::size_t(n)]; }))
                apart.push_back(r.id);
        }
        const std::vector<int> &from = apart.empty() ? free : apart;
        if (from.empty())
            break; // slots are limited by the map's size, so this does not happen
        p.start = from[std::size_t(m_random.below(int(from.size())))];
        taken[std::size_t(p.start)] = 1;
    }
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        if (m_players[i].start < 0)
            continue;
        Holding &h = m_holdings[std::size_t(m_players[i].start)];
        h.owner = int(i);
        h.troops = rules::StartTroops;
        h.micro = 0;
    }
}

void SovereignGame::send(int player, int from, int to, int troops, bool attack)
{
    m_holdings[std::size_t(from)].troops -= troops;
    m_marches.push_back(March{m_nextMarch++, player, from, to, troops,
                              m_tick + ticks(rules::travelMs(m_map.region(to).terrain)), attack});
}

void SovereignGame::arrive(const March &m)
{
    Holding &h = m_holdings[std::size_t(m.to)];
    // What the march meets is decided when it arrives: a region lost or gained on the way
    // turns a move into a fight or an attack into a reinforcement.
    if (h.owner == m.owner || (h.owner >= 0 && allied(h.owner, m.owner))) {
        h.troops += m.troops;
        return;
    }
    const int luck = m_random.between(rules::LuckMinPerMille, rules::LuckMaxPerMille);
    const rules::Fight f = rules::fight(m.troops, h.troops, m_map.region(m.to).terrain, luck);
    if (f.captured) {
        h.owner = m.owner;
        h.micro = 0;
    }
    h.troops = f.survivors;
}

void SovereignGame::grow()
{
    for (const Region &r : m_map.regions()) {
        Holding &h = m_holdings[std::size_t(r.id)];
        if (h.owner < 0)
            continue;
        const int cap = rules::CapPerHex * r.hexes;
        if (h.troops >= cap) {
            h.micro = 0;
            continue;
        }
        h.micro += qint64(rules::growthMilliPerHexPerSecond(r.terrain)) * r.hexes * m_config.tickMs;
        h.troops = int(std::min<qint64>(cap, h.troops + h.micro / rules::MicroPerTroop));
        h.micro %= rules::MicroPerTroop;
    }
}

void SovereignGame::breakAlliance(int a, int b)
{
    m_players[std::size_t(a)].allies.remove(b);
    m_players[std::size_t(b)].allies.remove(a);
}

void SovereignGame::settleEliminations()
{
    std::vector<char> holds(m_players.size(), 0);
    for (const Holding &h : m_holdings) {
        if (h.owner >= 0)
            holds[std::size_t(h.owner)] = 1;
    }
    for (const March &m : m_marches)
        holds[std::size_t(m.owner)] = 1;
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        Player &p = m_players[i];
        if (!p.alive || holds[i])
            continue;
        p.alive = false;
        p.outAtTick = matchTick();
        for (int ally : QList<int>(p.allies.cbegin(), p.allies.cend()))
            breakAlliance(int(i), ally);
        std::erase_if(m_requests, [i](const auto &r) { return r.first.first == int(i) || r.first.second == int(i); });
    }
}

void SovereignGame::checkEnd()
{
    int alive = 0;
    for (const Player &p : m_players)
        alive += p.alive;
    std::vector<int> regions(m_players.size(), 0);
    for (const Holding &h : m_holdings) {
        if (h.owner >= 0)
            ++regions[std::size_t(h.owner)];
    }
    const bool conquest = std::any_of(regions.cbegin(), regions.cend(), [this](int n) {
        return n * 100 >= rules::ConquestPercent * m_map.landRegionCount();
    });
    if (alive <= 1 || conquest)
        m_endReason = u"conquest"_s;
    else if (matchTick() >= ticks(qint64(m_config.minutes) * 60'000))
        m_endReason = u"time"_s;
}

void SovereignGame::tick(qint64 tickNo)
{
    // A finished match stands still, its count of ticks too, so its state hash stays the one recorded.
    if (m_phase == Phase::Over)
        return;
    m_tick = tickNo;
    if (m_phase != Phase::Running || !m_endReason.isEmpty())
        return;
    ++m_version;
    // Marches land in the order they were sent.
    std::vector<March> landing;
    std::erase_if(m_marches, [this, &landing](const March &m) {
        if (m.arrivesAt > m_tick)
            return false;
        landing.push_back(m);
        return true;
    });
    for (const March &m : landing)
        arrive(m);
    grow();
    std::erase_if(m_requests, [this](const auto &r) { return r.second <= m_tick; });
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        if (m_players[i].bot != BotStrength::None && m_players[i].alive)
            SovereignBots::maybeAct(*this, int(i));
    }
    settleEliminations();
    if (matchTick() % ticks(TimelineEveryMs) == 0)
        sampleTimeline();
    checkEnd();
}

void SovereignGame::sampleTimeline()
{
    std::vector<int> held, troops;
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        held.push_back(landHexes(int(i)));
        troops.push_back(troopsOf(int(i)));
    }
    m_timeline.push_back(std::move(held));
    m_troopsTimeline.push_back(std::move(troops));
    // A checkpoint for a replay to reach: the state now, chained onto the checkpoint before. The
    // timelines are left out: they follow from the state, and grow with the match (a huge
    // match's whole snapshot at 20 minutes takes 15 ms or more to write and hash; this, about 1).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!m_checkpoints.empty())
        hash.addData(m_checkpoints.back().second);
    hash.addData(QJsonDocument(coreSnapshot()).toJson(QJsonDocument::Compact));
    m_checkpoints.emplace_back(matchTick(), hash.result());
}

QJsonArray SovereignGame::checkpointsJson() const
{
    QJsonArray out;
    for (const auto &[tick, hash] : m_checkpoints)
        out.append(QJsonArray{tick, QString::fromLatin1(hash.toHex())});
    return out;
}

// ---------------------------------------------------------------------------------------
// What players see

int SovereignGame::landHexes(int player) const
{
    int hexes = 0;
    for (const Region &r : m_map.regions()) {
        if (m_holdings[std::size_t(r.id)].owner == player)
            hexes += r.hexes;
    }
    return hexes;
}

int SovereignGame::troopsOf(int player) const
{
    int troops = 0;
    for (const Holding &h : m_holdings) {
        if (h.owner == player)
            troops += h.troops;
    }
    for (const March &m : m_marches) {
        if (m.owner == player)
            troops += m.troops;
    }
    return troops;
}

std::vector<int> SovereignGame::standings() const
{
    if (!m_finalStandings.empty())
        return m_finalStandings;
    std::vector<int> order(m_players.size());
    std::vector<int> hexes(m_players.size()), troops(m_players.size());
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        order[i] = int(i);
        hexes[i] = landHexes(int(i));
        troops[i] = troopsOf(int(i));
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Player &pa = m_players[std::size_t(a)], &pb = m_players[std::size_t(b)];
        if (hexes[std::size_t(a)] != hexes[std::size_t(b)])
            return hexes[std::size_t(a)] > hexes[std::size_t(b)];
        if (troops[std::size_t(a)] != troops[std::size_t(b)])
            return troops[std::size_t(a)] > troops[std::size_t(b)];
        if (pa.alive != pb.alive)
            return pa.alive;
        return pa.outAtTick > pb.outAtTick;
    });
    return order;
}

QJsonObject SovereignGame::standingsJson() const
{
    QJsonArray rows;
    for (int i : standings()) {
        const Player &p = m_players[std::size_t(i)];
        rows.append(QJsonObject{{u"player"_s, i}, {u"name"_s, p.name}, {u"hexes"_s, landHexes(i)},
                                {u"troops"_s, troopsOf(i)}, {u"alive"_s, p.alive}});
    }
    return {{u"reason"_s, m_endReason}, {u"standings"_s, rows}};
}

QJsonObject SovereignGame::summary() const
{
    int humans = 0;
    for (const Player &p : m_players)
        humans += p.bot == BotStrength::None;
    const QString status = m_paused && m_phase == Phase::Running ? u"paused"_s : phaseName(m_phase);
    return {{u"status"_s, status}, {u"players"_s, humans}, {u"slots"_s, m_config.playerSlots},
            {u"minute"_s, matchTick() * m_config.tickMs / 60'000}};
}

QJsonObject SovereignGame::openSeats() const
{
    return {{u"slots"_s, m_config.playerSlots}, {u"taken"_s, qint64(m_players.size())}};
}

Status SovereignGame::deletable() const
{
    if (m_phase == Phase::Running)
        return Error{ErrorCode::GameRunning, u"End the match before deleting it."_s};
    return Done{};
}

QJsonObject SovereignGame::history() const
{
    QJsonArray names;
    for (const Player &p : m_players)
        names.append(p.name);
    QJsonObject h{{u"players"_s, names}, {u"everyMs"_s, TimelineEveryMs}, {u"hexesHeld"_s, rowsJson(m_timeline)},
                  {u"troopsHeld"_s, rowsJson(m_troopsTimeline)}};
    if (m_phase == Phase::Over)
        h.insert(u"result"_s, standingsJson());
    return h;
}

QList<QStringList> SovereignGame::historyTable() const
{
    // Land hexes per player, then troops per player, one row every five seconds.
    QStringList header{u"second"_s};
    for (const Player &p : m_players)
        header << p.name;
    for (const Player &p : m_players)
        header << p.name + u" troops"_s;
    QList<QStringList> rows{header};
    const auto cell = [](const std::vector<std::vector<int>> &series, std::size_t s, std::size_t i) {
        return QString::number(s < series.size() && i < series[s].size() ? series[s][i] : 0);
    };
    for (std::size_t s = 0; s < m_timeline.size(); ++s) {
        QStringList row{QString::number(qint64(s) * TimelineEveryMs / 1000)};
        for (std::size_t i = 0; i < m_players.size(); ++i)
            row << cell(m_timeline, s, i);
        for (std::size_t i = 0; i < m_players.size(); ++i)
            row << cell(m_troopsTimeline, s, i);
        rows << row;
    }
    return rows;
}

// ---------------------------------------------------------------------------------------
// Snapshots

QJsonObject SovereignGame::snapshot() const
{
    QJsonObject s = coreSnapshot();
    s.insert(u"timeline"_s, rowsJson(m_timeline));
    s.insert(u"troopsTimeline"_s, rowsJson(m_troopsTimeline));
    s.insert(u"checkpoints"_s, checkpointsJson());
    return s;
}

QJsonObject SovereignGame::coreSnapshot() const
{
    QJsonArray players;
    for (const Player &p : m_players) {
        QList<int> allies(p.allies.cbegin(), p.allies.cend());
        std::sort(allies.begin(), allies.end());
        QJsonArray allyList;
        for (int a : allies)
            allyList.append(a);
        players.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"colour"_s, p.colour},
                                   {u"bot"_s, int(p.bot)}, {u"start"_s, p.start}, {u"alive"_s, p.alive},
                                   {u"outAtTick"_s, p.outAtTick}, {u"allies"_s, allyList}});
    }
    QJsonArray holdings;
    for (const Holding &h : m_holdings)
        holdings.append(QJsonArray{h.owner, h.troops, h.micro});
    QJsonArray marches;
    for (const March &m : m_marches)
        marches.append(QJsonArray{m.id, m.owner, m.from, m.to, m.troops, m.arrivesAt, m.attack});
    const auto pairs = [](const std::map<std::pair<int, int>, qint64> &from) {
        QJsonArray out;
        for (const auto &[pair, until] : from)
            out.append(QJsonArray{pair.first, pair.second, until});
        return out;
    };
    QJsonArray finalStandings;
    for (int i : m_finalStandings)
        finalStandings.append(i);
    return {{u"format"_s, 1},
            {u"phase"_s, int(m_phase)},
            {u"paused"_s, m_paused},
            {u"tick"_s, m_tick},
            {u"startTick"_s, m_startTick},
            {u"random"_s, QString::number(m_random.state())},
            {u"players"_s, players},
            {u"holdings"_s, holdings},
            {u"marches"_s, marches},
            {u"nextMarch"_s, m_nextMarch},
            {u"requests"_s, pairs(m_requests)},
            {u"cooldowns"_s, pairs(m_cooldowns)},
            {u"endReason"_s, m_endReason},
            {u"finalStandings"_s, finalStandings},
            {u"inputHash"_s, QString::fromLatin1(m_inputHash.toHex())}};
}

Status SovereignGame::restore(const QJsonObject &s)
{
    if (s.value(u"format").toInt() != 1)
        return Error{ErrorCode::Internal, u"Unknown Sovereign Lines snapshot format."_s};
    const QJsonArray holdings = s.value(u"holdings").toArray();
    if (holdings.size() != qsizetype(m_holdings.size()))
        return Error{ErrorCode::Internal, u"The snapshot is of another map."_s};
    m_phase = Phase(s.value(u"phase").toInt());
    m_paused = s.value(u"paused").toBool();
    m_tick = s.value(u"tick").toInteger();
    m_startTick = s.value(u"startTick").toInteger();
    m_random.setState(s.value(u"random").toString().toULongLong());
    m_players.clear();
    for (const QJsonValue &v : s.value(u"players").toArray()) {
        const QJsonObject o = v.toObject();
        Player p;
        p.id = o.value(u"id").toString();
        p.name = o.value(u"name").toString();
        p.colour = o.value(u"colour").toInt();
        p.bot = BotStrength(o.value(u"bot").toInt());
        p.start = o.value(u"start").toInt();
        p.alive = o.value(u"alive").toBool();
        p.outAtTick = o.value(u"outAtTick").toInteger();
        for (const QJsonValue &a : o.value(u"allies").toArray())
            p.allies.insert(a.toInt());
        m_players.push_back(std::move(p));
    }
    for (qsizetype i = 0; i < holdings.size(); ++i) {
        const QJsonArray h = holdings.at(i).toArray();
        m_holdings[std::size_t(i)] = Holding{h.at(0).toInt(), h.at(1).toInt(), h.at(2).toInteger()};
    }
    m_marches.clear();
    for (const QJsonValue &v : s.value(u"marches").toArray()) {
        const QJsonArray m = v.toArray();
        m_marches.push_back(March{m.at(0).toInteger(), m.at(1).toInt(), m.at(2).toInt(), m.at(3).toInt(), m.at(4).toInt(),
                                  m.at(5).toInteger(), m.at(6).toBool()});
    }
    m_nextMarch = s.value(u"nextMarch").toInteger();
    const auto readPairs = [](const QJsonValue &from, std::map<std::pair<int, int>, qint64> &into) {
        into.clear();
        for (const QJsonValue &v : from.toArray()) {
            const QJsonArray p = v.toArray();
            into[{p.at(0).toInt(), p.at(1).toInt()}] = p.at(2).toInteger();
        }
    };
    readPairs(s.value(u"requests"), m_requests);
    readPairs(s.value(u"cooldowns"), m_cooldowns);
    m_timeline = rowsFromJson(s.value(u"timeline"));
    m_troopsTimeline = rowsFromJson(s.value(u"troopsTimeline"));
    m_checkpoints.clear();
    for (const QJsonValue &v : s.value(u"checkpoints").toArray()) {
        const QJsonArray c = v.toArray();
        m_checkpoints.emplace_back(c.at(0).toInteger(), QByteArray::fromHex(c.at(1).toString().toLatin1()));
    }
    m_endReason = s.value(u"endReason").toString();
    m_finalStandings.clear();
    for (const QJsonValue &v : s.value(u"finalStandings").toArray())
        m_finalStandings.push_back(v.toInt());
    m_inputHash = QByteArray::fromHex(s.value(u"inputHash").toString().toLatin1());
    ++m_version;
    return Done{};
}

QByteArray SovereignGame::stateHash() const
{
    return QCryptographicHash::hash(QJsonDocument(snapshot()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

} // namespace steward::sovereign
