// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostMetrics.h"

#include "server/core/Game.h"
#include "server/core/GameHost.h"
#include "server/core/GameRegistry.h"

#include <QMap>

namespace steward {

void HostMetrics::viewsPushed(const QString &kind, double ms)
{
    m_pushes[kind].add(ms);
}

void HostMetrics::commandAnswered(double ms)
{
    ++m_commands;
    m_latencySumMs += ms;
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        if (ms <= Buckets[i])
            ++m_bucketCounts[i];
    }
}

QByteArray HostMetrics::text(const GameHost &host, const Gauges &gauges) const
{
    // Every kind is listed, at 0 when none of its games runs, so a graph has its series from the start.
    QMap<QString, int> active;
    QMap<QString, int> hosted;
    for (const QString &kind : host.kinds().ids()) {
        active.insert(kind, 0);
        hosted.insert(kind, 0);
    }
    for (const QString &id : host.gameIds()) {
        const QString kind = host.kindOf(id);
        ++hosted[kind];
        if (const Game *g = host.game(id); g && g->summary().value(QLatin1String("status")).toString() == QLatin1String("running"))
            ++active[kind];
    }
    QByteArray out;
    out.reserve(2048);
    const auto line = [&out](const char *s) { out += s; out += '\n'; };
    const auto number = [](double v) { return QByteArray::number(v, 'g', 12); };
    line("# HELP game_active_count Games running now, per kind.");
    line("# TYPE game_active_count gauge");
    for (auto it = active.cbegin(); it != active.cend(); ++it)
        out += "game_active_count{kind=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value()) + '\n';
    line("# HELP player_connected_count Players signed in on a WebSocket.");
    line("# TYPE player_connected_count gauge");
    out += "player_connected_count " + QByteArray::number(gauges.playersConnected) + '\n';
    line("# HELP message_processed_total WebSocket messages taken from clients.");
    line("# TYPE message_processed_total counter");
    out += "message_processed_total " + QByteArray::number(m_messages) + '\n';
    line("# HELP command_latency_ms A game command from the gateway to its answer, after the commit, in milliseconds.");
    line("# TYPE command_latency_ms histogram");
    for (std::size_t i = 0; i < Buckets.size(); ++i)
        out += "command_latency_ms_bucket{le=\"" + number(Buckets[i]) + "\"} " + QByteArray::number(m_bucketCounts[i]) + '\n';
    out += "command_latency_ms_bucket{le=\"+Inf\"} " + QByteArray::number(m_commands) + '\n';
    out += "command_latency_ms_sum " + number(m_latencySumMs) + '\n';
    out += "command_latency_ms_count " + QByteArray::number(m_commands) + '\n';
    line("# HELP steward_games Games the host holds, per kind, running or not.");
    line("# TYPE steward_games gauge");
    for (auto it = hosted.cbegin(); it != hosted.cend(); ++it)
        out += "steward_games{kind=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value()) + '\n';
    // One histogram a kind, in the kinds' order.
    const auto histograms = [&out, &number](const char *name, const auto &byKind) {
        QStringList kinds = byKind.keys();
        kinds.sort();
        for (const QString &kindId : std::as_const(kinds)) {
            const MsHistogram &h = byKind[kindId];
            const QByteArray kind = "kind=\"" + kindId.toUtf8() + '"';
            for (std::size_t i = 0; i < MsHistogram::Buckets.size(); ++i)
                out += QByteArray(name) + "_bucket{" + kind + ",le=\"" + number(MsHistogram::Buckets[i]) + "\"} "
                    + QByteArray::number(h.atOrBelow[i]) + '\n';
            out += QByteArray(name) + "_bucket{" + kind + ",le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
            out += QByteArray(name) + "_sum{" + kind + "} " + number(h.sumMs) + '\n';
            out += QByteArray(name) + "_count{" + kind + "} " + QByteArray::number(h.count) + '\n';
        }
    };
    line("# HELP steward_tick_ms Time one tick of a real-time game took on the host, per kind, in milliseconds.");
    line("# TYPE steward_tick_ms histogram");
    histograms("steward_tick_ms", host.tickStats());
    line("# HELP steward_push_ms Time one change of a game took to reach its watchers' connections (views built or "
         "told, compared, encoded and queued), per kind, in milliseconds.");
    line("# TYPE steward_push_ms histogram");
    histograms("steward_push_ms", m_pushes);
    QMap<QString, TickStats> ticks;
    for (auto it = host.tickStats().cbegin(); it != host.tickStats().cend(); ++it)
        ticks.insert(it.key(), it.value());
    line("# HELP steward_ticks_late_total Ticks a real-time game ran late, catching up in a later timer turn, per kind.");
    line("# TYPE steward_ticks_late_total counter");
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it)
        out += "steward_ticks_late_total{kind=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it->late) + '\n';
    line("# HELP steward_websocket_sessions WebSocket connections, signed in or not.");
    line("# TYPE steward_websocket_sessions gauge");
    out += "steward_websocket_sessions " + QByteArray::number(gauges.sessions) + '\n';
    line("# HELP steward_uptime_seconds Seconds since the host started.");
    line("# TYPE steward_uptime_seconds gauge");
    out += "steward_uptime_seconds " + QByteArray::number(m_started.elapsed() / 1000) + '\n';
    return out;
}

} // namespace steward
