// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Game.h"
#include "server/core/GameKind.h"

// The bench's own game kind, hosted only by steward-bench-host: a real-time game that does
// nothing but change a block of `bytes` characters on every tick, so that the fan-out of a
// 20 Hz game to its watchers can be measured apart from any game's rules. Every watcher sees the
// same view. Each view carries the wall-clock time its tick ran (ranAtUs), which a real kind
// would never hold (a replay could not reproduce it): here it is the probe the bench reads.
namespace steward::bench {

inline constexpr QStringView PulseKindId = u"pulse";

class PulseGame final : public Game
{
public:
    PulseGame(int tickMs, int bytes) : m_tickMs(tickMs), m_bytes(bytes) {}

    Result<Decision> decide(const Command &cmd, const Actor &who, qint64 nowMs) const override;
    void apply(const Event &event, qint64 atMs) override;
    QJsonObject viewFor(const Actor &who) const override;
    quint64 viewVersion(const Actor &) const override { return m_version; }
    QString sharedViewKey(const Actor &) const override { return QStringLiteral("all"); }
    std::optional<qint64> nextDeadline() const override { return std::nullopt; }
    QList<Event> onDeadline(qint64) const override { return {}; }
    Status deletable() const override { return Done{}; }
    QJsonObject config() const override;
    QJsonObject summary() const override;
    QJsonObject history() const override { return {}; }
    QList<QStringList> historyTable() const override { return {}; }
    int tickIntervalMs() const override { return m_tickMs; }
    // Like any real-time kind that accepts one commit window as its recovery point.
    bool viewsWaitForDisk() const override { return false; }
    void tick(qint64 tickNo) override;

private:
    int m_tickMs;
    int m_bytes;
    qint64 m_tick = 0;
    qint64 m_ranAtUs = 0;
    QString m_payload;
    qint64 m_players = 0;
    quint64 m_version = 0;
};

class PulseKind final : public GameKind
{
public:
    QString id() const override { return PulseKindId.toString(); }
    Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const override;
    Result<Command> parse(const QString &type, const QJsonObject &data) const override;
};

} // namespace steward::bench
