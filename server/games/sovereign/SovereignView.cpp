// SPDX-License-Identifier: GPL-3.0-or-later
// What players see of a match (docs/games/territory.md, "What players see"): one view for all,
// built whole for a watcher's first push, and after that told as what changed since the version
// the watcher last saw. Both come from the same rows, so a view merged from changes is the
// view built whole (tst_sovereigngame).
#include "SovereignGame.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::sovereign {

namespace {

// The entries of one keyed field that changed after `since`, null for one that went.
template <typename Key, typename Value, typename KeyText>
void patchInto(QJsonObject &patched, const QString &field, const ChangeStamps<Key, Value> &stamps, quint64 since,
               KeyText &&keyText)
{
    QJsonObject entries;
    stamps.changedSince(since, [&](const Key &key, const Value *value) {
        QJsonValue json(QJsonValue::Null);
        if (value) {
            if constexpr (std::is_same_v<Value, qint64>)
                json = *value;
            else
                json = value->toJson();
        }
        entries.insert(keyText(key), json);
    });
    if (!entries.isEmpty())
        patched.insert(field, entries);
}
} // namespace

QString SovereignGame::phaseName(Phase p)
{
    switch (p) {
    case Phase::Lobby: return u"lobby"_s;
    case Phase::Running: return u"running"_s;
    case Phase::Over: return u"over"_s;
    }
    return {};
}

QString botName(BotStrength b)
{
    switch (b) {
    case BotStrength::Easy: return u"easy"_s;
    case BotStrength::Hard: return u"hard"_s;
    case BotStrength::None: break;
    }
    return {};
}

QJsonValue ShownRegion::toJson() const
{
    return QJsonArray{owner, troops};
}

QJsonValue ShownMarch::toJson() const
{
    return QJsonArray{owner, from, to, troops, arrives, attack};
}

QJsonValue ShownPlayer::toJson() const
{
    QJsonArray allyList;
    for (int a : allies)
        allyList.append(a);
    return QJsonObject{{u"id"_s, id},           {u"name"_s, name},       {u"colour"_s, colour},
                       {u"bot"_s, botName(bot)}, {u"alive"_s, alive},     {u"start"_s, start},
                       {u"hexes"_s, hexes},      {u"regions"_s, regions}, {u"troops"_s, troops},
                       {u"allies"_s, allyList}};
}

QStringList SovereignGame::keyedViewFields() const
{
    return {u"regions"_s, u"marches"_s, u"players"_s, u"requests"_s};
}

template <typename Visit>
void SovereignGame::forEachRegionShown(Visit &&visit) const
{
    for (const Region &r : m_map.regions()) {
        if (r.terrain == rules::Terrain::Water)
            continue;
        const Holding &h = m_holdings[std::size_t(r.id)];
        visit(r.id, ShownRegion{h.owner, h.troops});
    }
}

template <typename Visit>
void SovereignGame::forEachMarchShown(Visit &&visit) const
{
    for (const March &m : m_marches)
        visit(m.id, ShownMarch{m.owner, m.from, m.to, m.troops, m.arrivesAt - m_startTick, m.attack});
}

template <typename Visit>
void SovereignGame::forEachPlayerShown(Visit &&visit) const
{
    std::vector<int> hexes(m_players.size(), 0), held(m_players.size(), 0), troops(m_players.size(), 0);
    for (const Region &r : m_map.regions()) {
        const Holding &h = m_holdings[std::size_t(r.id)];
        if (h.owner >= 0) {
            hexes[std::size_t(h.owner)] += r.hexes;
            ++held[std::size_t(h.owner)];
            troops[std::size_t(h.owner)] += h.troops;
        }
    }
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        const Player &p = m_players[i];
        QList<int> allies(p.allies.cbegin(), p.allies.cend());
        std::sort(allies.begin(), allies.end());
        visit(int(i), ShownPlayer{p.id, p.name, p.colour, p.bot, p.alive, p.start, hexes[i], held[i], troops[i],
                                  std::move(allies)});
    }
}

template <typename Visit>
void SovereignGame::forEachRequestShown(Visit &&visit) const
{
    for (const auto &[pair, lapses] : m_requests)
        visit(u"%1>%2"_s.arg(pair.first).arg(pair.second), lapses - m_startTick);
}

// The top-level fields but the map, which never changes once the match is made.
template <typename Visit>
void SovereignGame::forEachFieldShown(Visit &&visit) const
{
    visit(u"kind"_s, QJsonValue(u"sovereign"_s));
    visit(u"phase"_s, QJsonValue(phaseName(m_phase)));
    visit(u"paused"_s, QJsonValue(m_paused));
    visit(u"tickMs"_s, QJsonValue(m_config.tickMs));
    visit(u"tick"_s, QJsonValue(matchTick()));
    visit(u"endsAtTick"_s, QJsonValue(ticks(qint64(m_config.minutes) * 60'000)));
    visit(u"slots"_s, QJsonValue(m_config.playerSlots));
    if (m_phase == Phase::Over)
        visit(u"result"_s, QJsonValue(standingsJson()));
}

void SovereignGame::observeView() const
{
    m_shownFields.observe(m_version, [this](auto &&visit) { forEachFieldShown(visit); });
    m_shownRegions.observe(m_version, [this](auto &&visit) { forEachRegionShown(visit); });
    m_shownMarches.observe(m_version, [this](auto &&visit) { forEachMarchShown(visit); });
    m_shownPlayers.observe(m_version, [this](auto &&visit) { forEachPlayerShown(visit); });
    m_shownRequests.observe(m_version, [this](auto &&visit) { forEachRequestShown(visit); });
}

QJsonObject SovereignGame::viewFor(const Actor &) const
{
    if (m_mapJson.isEmpty())
        m_mapJson = m_map.toJson();
    // Changes are told from the first view on.
    observeView();
    QJsonObject view{{u"map"_s, m_mapJson}};
    forEachFieldShown([&view](const QString &field, const QJsonValue &value) { view.insert(field, value); });
    QJsonObject regions, marches, players, requests;
    forEachRegionShown([&regions](int id, const ShownRegion &r) { regions.insert(QString::number(id), r.toJson()); });
    forEachMarchShown([&marches](qint64 id, const ShownMarch &m) { marches.insert(QString::number(id), m.toJson()); });
    forEachPlayerShown([&players](int n, const ShownPlayer &p) { players.insert(QString::number(n), p.toJson()); });
    forEachRequestShown([&requests](const QString &key, qint64 lapses) { requests.insert(key, lapses); });
    view.insert(u"regions"_s, regions);
    view.insert(u"marches"_s, marches);
    view.insert(u"players"_s, players);
    view.insert(u"requests"_s, requests);
    return view;
}

std::optional<ViewChange> SovereignGame::viewChangeSince(const Actor &, quint64 sinceVersion) const
{
    observeView();
    if (!m_shownFields.knowsSince(sinceVersion) || !m_shownRegions.knowsSince(sinceVersion)
        || !m_shownMarches.knowsSince(sinceVersion) || !m_shownPlayers.knowsSince(sinceVersion)
        || !m_shownRequests.knowsSince(sinceVersion))
        return std::nullopt;
    ViewChange change;
    m_shownFields.changedSince(sinceVersion, [&change](const QString &field, const QJsonValue *value) {
        if (value)
            change.fields.insert(field, *value);
        else
            change.removed.append(field);
    });
    const auto number = [](auto n) { return QString::number(n); };
    patchInto(change.patched, u"regions"_s, m_shownRegions, sinceVersion, number);
    patchInto(change.patched, u"marches"_s, m_shownMarches, sinceVersion, number);
    patchInto(change.patched, u"players"_s, m_shownPlayers, sinceVersion, number);
    patchInto(change.patched, u"requests"_s, m_shownRequests, sinceVersion, [](const QString &key) { return key; });
    return change;
}

} // namespace steward::sovereign
