// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Game.h"
#include "server/core/GameKind.h"

#include <QHash>

// The smallest game kind there is, kept with the tests to show that a kind plugs into the host
// through GameKind and Game alone: its players add to a shared counter, and every `periodMs`
// after the first addition the counter is banked and starts again from zero (a timed event).
// With `tickMs`, it is also a real-time game: every tick adds the current count to a score, so
// the score depends on when each addition fell between ticks. It keeps snapshots, runs on a
// scaled clock if asked, and reads its first event version through an upcaster.
// Nothing outside this folder names it.
namespace counter {

using namespace Qt::StringLiterals;

inline constexpr QStringView KindId = u"counter";

class CounterGame final : public steward::Game
{
public:
    CounterGame(qint64 periodMs, int tickMs) : m_periodMs(periodMs), m_tickMs(tickMs) {}

    steward::Result<steward::Decision> decide(const steward::Command &cmd, const steward::Actor &who,
                                              qint64 nowMs) const override;
    void apply(const steward::Event &event, qint64 atMs) override;
    QJsonObject viewFor(const steward::Actor &who) const override;
    quint64 viewVersion(const steward::Actor &) const override { return m_version; }
    // Everyone sees the same counter: a change is built and encoded once for all watchers.
    QString sharedViewKey(const steward::Actor &) const override { return u"all"_s; }
    std::optional<qint64> nextDeadline() const override;
    QList<steward::Event> onDeadline(qint64 nowMs) const override;
    steward::Status deletable() const override { return steward::Done{}; }
    QJsonObject config() const override;
    QJsonObject summary() const override;
    QJsonObject history() const override;
    QList<QStringList> historyTable() const override;
    QStringList keyedViewFields() const override { return {QStringLiteral("byPlayer")}; }
    int tickIntervalMs() const override { return m_tickMs; }
    // A ticking counter accepts one commit window as its recovery point: its views do not wait.
    bool viewsWaitForDisk() const override { return m_tickMs == 0; }
    void tick(qint64 tickNo) override;
    QJsonObject snapshot() const override;
    steward::Status restore(const QJsonObject &state) override;

private:
    qint64 m_periodMs;
    int m_tickMs;
    qint64 m_ticks = 0;
    qint64 m_score = 0;
    qint64 m_count = 0;
    qint64 m_bankDueAt = 0; // 0: nothing added since the last bank
    QList<qint64> m_banked;
    QHash<QString, QString> m_names; // player id -> name
    QHash<QString, qint64> m_byPlayer; // player id -> what they added (a keyed view field)
    quint64 m_version = 0;
};

class CounterKind final : public steward::GameKind
{
public:
    QString id() const override { return KindId.toString(); }
    steward::Result<std::unique_ptr<steward::Game>> create(const QJsonObject &config, quint64 seed) const override;
    steward::Result<steward::Command> parse(const QString &type, const QJsonObject &data) const override;
    steward::Event upcast(steward::Event stored) const override;
    bool scalesTime() const override { return true; }
    // Five additions at once, then one every two seconds.
    QList<steward::RateBudget> rateBudgets() const override { return {{u"counter.add"_s, 30, 5}}; }
};

} // namespace counter
